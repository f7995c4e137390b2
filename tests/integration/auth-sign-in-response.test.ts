/**
 * The sign-in response keeps the session in its httpOnly cookie only (issue 14, finding 10): the JSON body used to
 * carry the session token too, readable by any script on the page. SQLite and PostgreSQL, through the app's own
 * /api/auth route handler.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { gate } from "@/lib/auth/require";
import { createUserWithPassword } from "@/lib/auth/users";
import { signInRequest, TEST_PASSWORD } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000 });

describe.each(databaseLegs())("sign-in response on %s", (leg) => {
  let t: TestDatabase;
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handler uses the process-wide client, as in the app
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await t.drop();
  });

  it("answers 200 with the user but no token; the cookie alone signs the browser in", async () => {
    const email = `token-${leg}@example.test`;
    await createUserWithPassword(t.client, { email, name: "T", password: TEST_PASSWORD, role: "editor" }, null);
    const res = await signInRequest(email, TEST_PASSWORD, "10.9.0.1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("token");
    expect(body).toMatchObject({ user: { email } });
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => /HttpOnly/i.test(c))).toBe(true);
    const access = await gate(new Headers({ cookie: cookies.map((c) => c.split(";")[0]).join("; ") }), "editor");
    expect(access.ok).toBe(true);
  });

  it("a wrong password still answers 401 with better-auth's error body", async () => {
    const res = await signInRequest(`token-${leg}@example.test`, "not the password at all", "10.9.0.2");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: expect.any(String) });
  });
});
