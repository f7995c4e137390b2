/**
 * The sign-in limits live in the database: two better-auth instances over one database (two server processes) and a
 * fresh one (a restart) see the same counts; each address has its own bucket (behind TRUSTED_PROXY, the rightmost
 * untrusted X-Forwarded-For entry); the per-account back-off holds across addresses. Runs on SQLite and PostgreSQL.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCOUNT_BACKOFF, accountKey } from "@/lib/auth/account-limit";
import { type Auth, authFor, SIGN_IN_LIMIT } from "@/lib/auth/auth";
import { consumeRateLimit } from "@/lib/auth/rate-limit-store";
import { createUserWithPassword } from "@/lib/auth/users";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { TEST_PASSWORD } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 150_000 }); // every sign-in runs scrypt; 20-35 s a case at load 6-8

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

function signIn(auth: Auth, email: string, password: string, forwardedFor?: string): Promise<Response> {
  const headers = new Headers({ "content-type": "application/json", origin: "http://localhost" });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers,
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** A better-auth instance on its own database client, built under the given TRUSTED_PROXY (a "server process"). */
function processFor(url: string, trustedProxy: string | undefined): { client: Db; auth: Auth } {
  const previous = process.env.TRUSTED_PROXY;
  if (trustedProxy === undefined) delete process.env.TRUSTED_PROXY;
  else process.env.TRUSTED_PROXY = trustedProxy;
  try {
    const client = createDb(resolveDatabase(url));
    return { client, auth: authFor(client) };
  } finally {
    if (previous === undefined) delete process.env.TRUSTED_PROXY;
    else process.env.TRUSTED_PROXY = previous;
  }
}

describe.each(databaseLegs())("shared sign-in limits on %s", (leg) => {
  let t: TestDatabase;
  const clients: Db[] = [];
  let counter = 0;
  const spawn = (trustedProxy: string | undefined) => {
    const p = processFor(t.url, trustedProxy);
    clients.push(p.client);
    return p.auth;
  };
  const newUser = async () => {
    counter += 1;
    const email = `limit-${counter}@example.test`;
    await createUserWithPassword(
      { email, name: `U ${counter}`, password: TEST_PASSWORD, role: "editor" },
      null,
      undefined,
      t.client,
    );
    return email;
  };
  beforeAll(async () => {
    t = await createTestDatabase(leg);
  }, 120_000);
  afterAll(async () => {
    for (const c of clients) await c.$disconnect();
    await t?.drop();
  });

  it("two processes share one address's limit: the 11th attempt in a minute is 429 on either, and after a restart", async () => {
    const [a, b] = [spawn("127.0.0.1"), spawn("127.0.0.1")];
    const email = await newUser();
    const statuses: number[] = [];
    // A different (unknown) account each time, so the per-account back-off stays out of the way.
    for (let i = 0; i < SIGN_IN_LIMIT.max; i += 1)
      statuses.push((await signIn(i % 2 ? b : a, `${i}.${email}`, "wrong password!", "10.20.0.1")).status);
    expect(statuses).toEqual(Array(SIGN_IN_LIMIT.max).fill(401));
    expect((await signIn(b, email, TEST_PASSWORD, "10.20.0.1")).status).toBe(429);
    expect((await signIn(a, email, TEST_PASSWORD, "10.20.0.1")).status).toBe(429);
    const restarted = spawn("127.0.0.1");
    const refused = await signIn(restarted, email, TEST_PASSWORD, "10.20.0.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // Another address is its own bucket.
    expect((await signIn(restarted, email, TEST_PASSWORD, "10.20.0.2")).status).toBe(200);
  });

  it("a real second process (tsx) and this one share the bucket, which is a row in the database", async () => {
    const email = await newUser();
    const { stdout } = await run(
      "npx",
      ["tsx", "tests/integration/support/sign-in-process.ts", t.url, email, "10.22.0.1", "5"],
      { cwd: root, env: { ...process.env, NODE_ENV: "test" } },
    );
    expect(JSON.parse(stdout.trim().split("\n").at(-1) ?? "[]")).toEqual(Array(5).fill(401));
    const here = spawn("127.0.0.1");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await signIn(here, `${i}.${email}`, "wrong password!", "10.22.0.1")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const row = await t.client.rateLimit.findUniqueOrThrow({ where: { key: "10.22.0.1|/sign-in/email" } });
    expect(row.count).toBe(SIGN_IN_LIMIT.max);
  }, 180_000); // starting tsx takes 20-30 s on this loaded machine

  it("simultaneous attempts from two processes: exactly the limit passes", async () => {
    const [a, b] = [spawn("127.0.0.1"), spawn("127.0.0.1")];
    const email = await newUser();
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) => signIn(i % 2 ? b : a, `${i}.${email}`, "wrong password!", "10.21.0.1")),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMIT.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16 - SIGN_IN_LIMIT.max);
  });

  it("the counter itself is atomic: 40 concurrent consumes over two clients allow exactly max", async () => {
    const [c1, c2] = [createDb(resolveDatabase(t.url)), createDb(resolveDatabase(t.url))];
    clients.push(c1, c2);
    const rule = { window: 60, max: 7 };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => consumeRateLimit("atomic-test", rule, undefined, i % 2 ? c1 : c2)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    expect((await t.client.rateLimit.findUniqueOrThrow({ where: { key: "atomic-test" } })).count).toBe(7);
    // The window starts again once it has passed since the last allowed request.
    const later = Date.now() + 61_000;
    expect((await consumeRateLimit("atomic-test", rule, later, c1)).allowed).toBe(true);
    expect((await t.client.rateLimit.findUniqueOrThrow({ where: { key: "atomic-test" } })).count).toBe(1);
  });

  it("counts per address by default (finding 6: one shared bucket let anyone lock everyone out); behind TRUSTED_PROXY, the rightmost untrusted address", async () => {
    const direct = spawn(undefined);
    const attacker = await newUser();
    // Ten failures from one address exhaust that address's minute ...
    for (let i = 0; i < SIGN_IN_LIMIT.max; i += 1) {
      expect((await signIn(direct, `${i}.${attacker}`, "wrong password!", "10.30.0.1")).status).toBe(401);
    }
    expect((await signIn(direct, attacker, TEST_PASSWORD, "10.30.0.1")).status).toBe(429);
    // ... and nobody else's: another client signs in at once.
    expect((await signIn(direct, attacker, TEST_PASSWORD, "10.30.0.2")).status).toBe(200);

    const proxied = spawn("127.0.0.1");
    const other = await newUser();
    // A spoofed leftmost entry does not change the bucket: the proxy appended the real client last.
    for (let i = 0; i < SIGN_IN_LIMIT.max; i += 1)
      expect((await signIn(proxied, `${i}.${other}`, "wrong password!", `6.6.6.${i + 1}, 10.31.0.1`)).status).toBe(401);
    expect((await signIn(proxied, other, TEST_PASSWORD, "7.7.7.7, 10.31.0.1")).status).toBe(429);
    expect((await signIn(proxied, other, TEST_PASSWORD, "10.31.0.2")).status).toBe(200);
  });

  it("backs off one account exponentially across addresses instead of locking it (finding 6)", async () => {
    const [a, b] = [spawn("127.0.0.1"), spawn("127.0.0.1")];
    const email = await newUser();
    const key = accountKey(email);
    const { free } = ACCOUNT_BACKOFF;
    for (let i = 0; i < free; i += 1)
      expect((await signIn(i % 2 ? b : a, email, "wrong password!", `10.40.${i}.1`)).status).toBe(401);
    // Timed from the last failure, not from when a loaded machine got round to the next request: each check of a
    // wait first dates the last failure "now" (a slow request must not outlast the 1 s it checks).
    const rewind = (ms: number) =>
      t.client.rateLimit.update({ where: { key }, data: { lastRequest: BigInt(Date.now() - ms) } });
    // The next attempt, from anywhere, waits 1 s.
    await rewind(0);
    const early = await signIn(b, email, TEST_PASSWORD, "10.40.100.1");
    expect(early.status).toBe(429);
    expect(Number(early.headers.get("x-retry-after"))).toBe(1);
    expect((await early.json()).message).toMatch(/this account/);
    // Once the wait is over an attempt goes through; each failure doubles the next wait.
    await rewind(1_100);
    expect((await signIn(a, email, "wrong password!", "10.40.101.1")).status).toBe(401);
    await rewind(0);
    expect(Number((await signIn(a, email, TEST_PASSWORD, "10.40.101.1")).headers.get("x-retry-after"))).toBe(2);
    // Forty failures later the wait is capped at 15 minutes, and the owner's right password then signs in: the old
    // rule refused it for 15 minutes after 20 guesses whatever came after.
    await t.client.rateLimit.update({ where: { key }, data: { count: 40 } });
    const capped = await signIn(b, email, TEST_PASSWORD, "10.40.102.1");
    expect(Number(capped.headers.get("x-retry-after"))).toBeLessThanOrEqual(ACCOUNT_BACKOFF.maxSeconds);
    await rewind(ACCOUNT_BACKOFF.maxSeconds * 1000 + 100);
    expect((await signIn(b, email, TEST_PASSWORD, "10.40.103.1")).status).toBe(200);
    expect(await t.client.rateLimit.findUnique({ where: { key } })).toBeNull();
    // Other accounts are unaffected from the same addresses.
    expect((await signIn(a, await newUser(), TEST_PASSWORD, "10.40.0.1")).status).toBe(200);
  });
});
