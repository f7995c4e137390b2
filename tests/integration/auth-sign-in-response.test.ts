/**
 * The sign-in response keeps the session in its httpOnly cookie only (issue 14, finding 10): the JSON body used to
 * carry the session token too, readable by any script on the page. SQLite and PostgreSQL, through the app's own
 * /api/auth route handler.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
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
    await createUserWithPassword(
      { email, name: "T", password: TEST_PASSWORD, role: "editor" },
      null,
      undefined,
      t.client,
    );
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

  it("signs in on whatever host and port the app is addressed as, without BETTER_AUTH_URL (issue 14, finding 7)", async () => {
    const email = `token-${leg}@example.test`;
    const previousAuthUrl = process.env.BETTER_AUTH_URL;
    delete process.env.BETTER_AUTH_URL;
    try {
      // Next hands route handlers a URL whose host may differ from the Host the browser used (localhost vs 127.0.0.1).
      for (const [url, host] of [
        ["http://localhost:4123", "127.0.0.1:4123"],
        ["http://127.0.0.1:4124", "localhost:4124"],
      ]) {
        const res = await authPost(
          new Request(`${url}/api/auth/sign-in/email`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              host,
              origin: `http://${host}`,
              "x-forwarded-for": `10.9.1.${url.length}`,
            },
            body: JSON.stringify({ email, password: TEST_PASSWORD }),
          }),
        );
        expect(res.status, `${url} as ${host}`).toBe(200);
      }
    } finally {
      if (previousAuthUrl !== undefined) process.env.BETTER_AUTH_URL = previousAuthUrl;
    }
  });

  it("marks the session cookie Secure behind a trusted https proxy, and only then (issue 14, headers)", async () => {
    const email = `token-${leg}@example.test`;
    const previousProxy = process.env.TRUSTED_PROXY;
    const signIn = (ip: string) =>
      authPost(
        new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            host: "news.example",
            origin: "https://news.example",
            "x-forwarded-host": "news.example",
            "x-forwarded-proto": "https",
            "x-forwarded-for": ip,
          },
          body: JSON.stringify({ email, password: TEST_PASSWORD }),
        }),
      );
    try {
      process.env.TRUSTED_PROXY = "127.0.0.1";
      const behindProxy = await signIn("10.9.2.1");
      expect(behindProxy.status).toBe(200);
      const cookies = behindProxy.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const c of cookies) expect(c).toMatch(/;\s*Secure(;|$)/i);
      // The session still reads by the same cookie name.
      const access = await gate(new Headers({ cookie: cookies.map((c) => c.split(";")[0]).join("; ") }), "editor");
      expect(access.ok).toBe(true);

      // Without TRUSTED_PROXY, X-Forwarded-Proto is anyone's to send: plain http, no Secure flag.
      delete process.env.TRUSTED_PROXY;
      const direct = await signInRequest(email, TEST_PASSWORD, "10.9.2.2");
      expect(direct.status).toBe(200);
      for (const c of direct.headers.getSetCookie()) expect(c).not.toMatch(/;\s*Secure/i);
    } finally {
      if (previousProxy === undefined) delete process.env.TRUSTED_PROXY;
      else process.env.TRUSTED_PROXY = previousProxy;
    }
  });

  it("a wrong password still answers 401 with better-auth's error body", async () => {
    const res = await signInRequest(`token-${leg}@example.test`, "not the password at all", "10.9.0.2");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: expect.any(String) });
  });
});
