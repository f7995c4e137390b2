/**
 * Signed-in users for integration tests: real accounts (better-auth's scrypt hash) and real sessions obtained by
 * POSTing to the app's /api/auth handler, so tests exercise the same cookies and rate limiter as the browser.
 */
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import type { Role } from "@/lib/auth/roles";
import { createUserWithPassword } from "@/lib/auth/users";
import type { Db } from "@/lib/db/client";

export const TEST_PASSWORD = "correct horse battery staple";

// Test requests stand for browsers behind a reverse proxy on 127.0.0.1, each with its own X-Forwarded-For address, so
// each test user has its own sign-in bucket (lib/auth/client-address.ts reads the header only with TRUSTED_PROXY).
process.env.TRUSTED_PROXY ??= "127.0.0.1";

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  /** Request headers carrying the session cookie. */
  headers: Headers;
}

let counter = 0;

/**
 * A sign-in request as a browser on `ip` sends it.
 *
 * @example
 * const res = await signInRequest("a@b.c", "pw", "10.0.0.1");
 */
export async function signInRequest(email: string, password: string, ip: string): Promise<Response> {
  return authPost(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

/**
 * Stores a user with the role (no password, not signed in): the actor of a write a test makes directly.
 *
 * @example
 * const actorId = await storedUser(t.client, "editor");
 */
export async function storedUser(database: Db, role: Role): Promise<string> {
  counter += 1;
  const id = `test-${role}-${counter}-${Date.now()}`;
  await database.user.create({ data: { id, email: `${id}@example.test`, name: `${role} ${counter}`, role } });
  return id;
}

/**
 * Creates a user with the role and signs them in (each from its own address, so the sign-in limit is not shared).
 *
 * @example
 * const editor = await signedInUser(t.client, "editor");
 */
export async function signedInUser(database: Db, role: Role): Promise<TestUser> {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@example.test`;
  const id = await createUserWithPassword(
    { email, name: `${role} ${counter}`, password: TEST_PASSWORD, role },
    null,
    undefined,
    database,
  );
  const res = await signInRequest(email, TEST_PASSWORD, `10.1.${counter}.1`);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { id, email, role, headers: new Headers({ cookie: cookies.join("; ") }) };
}
