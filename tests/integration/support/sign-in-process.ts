/**
 * A second server process for the shared-limit test: signs in `count` times with a wrong password against the
 * database at argv[2] through its own better-auth instance, then prints the HTTP statuses as JSON.
 *
 * @example
 * npx tsx tests/integration/support/sign-in-process.ts file:./tmp/x.db eve@example.test 10.0.0.1 5
 */
import { authFor } from "@/lib/auth/auth";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";

const [url, email, ip, count] = process.argv.slice(2);
process.env.TRUSTED_PROXY ??= "127.0.0.1";
const client = createDb(resolveDatabase(url));
const auth = authFor(client);
const statuses: number[] = [];
for (let i = 0; i < Number(count); i += 1) {
  const res = await auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password: "wrong password!" }),
    }),
  );
  statuses.push(res.status);
}
await client.$disconnect();
process.stdout.write(`${JSON.stringify(statuses)}\n`);
