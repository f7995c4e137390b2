/**
 * The proxy (proxy.ts) on real requests, SQLite and PostgreSQL: cross-site writes riding on a session cookie are
 * refused with 403 in the envelope (issue 14, finding 5: multipart POST /api/documents and a text/plain
 * POST /api/comments/{id}/resolve from http://evil.example used to pass), same-site and token requests pass, and
 * every answer carries the security headers (finding 8).
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { signedInUser, type TestUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000 });

const APP = "http://127.0.0.1:3000";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  return new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });
}

/** NextResponse.next() marks "go on to the route"; anything else is the proxy's own answer. */
function passedOn(response: Response): boolean {
  return response.headers.get("x-middleware-next") === "1";
}

describe.each(databaseLegs())("proxy security on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  const previous = { url: process.env.DATABASE_URL, auth: process.env.BETTER_AUTH_URL };
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    delete process.env.BETTER_AUTH_URL;
    editor = await signedInUser(t.client, "editor");
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previous.url;
    if (previous.auth !== undefined) process.env.BETTER_AUTH_URL = previous.auth;
    await t.drop();
  });

  const cookie = () => editor.headers.get("cookie") ?? "";

  it.each([
    ["multipart POST /api/documents", "/api/documents", "multipart/form-data; boundary=x"],
    ["text/plain POST /api/comments/{id}/resolve", "/api/comments/c1/resolve", "text/plain"],
    ["a server action POSTed to a page", "/claims", "text/plain;charset=UTF-8"],
  ])("refuses %s from another site with 403 in the envelope", async (_name, path, type) => {
    const res = await proxy(
      request(path, {
        method: "POST",
        headers: { cookie: cookie(), origin: "http://evil.example", "content-type": type },
        body: "x",
      }),
    );
    expect(passedOn(res)).toBe(false);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: "forbidden", message: expect.stringContaining("another site") },
    });
  });

  it("answers a known /api path called with a method it does not define with 405 in the envelope and Allow (finding 9)", async () => {
    const cases: Array<[string, string, string]> = [
      ["DELETE", "/api/claims", "GET"],
      ["GET", "/api/claims/c1/status", "PUT"],
      ["PUT", "/api/documents", "GET, POST"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await proxy(
        request(path, { method, headers: { cookie: cookie(), origin: APP, host: "127.0.0.1:3000" } }),
      );
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    // Defined methods, unknown paths (the catch-all's 404) and better-auth's own routes pass on.
    for (const [method, path] of [
      ["PUT", "/api/claims/c1/status"],
      ["GET", "/api/claims"],
      ["DELETE", "/api/nothing/here"],
      ["GET", "/api/auth/get-session"],
    ]) {
      const res = await proxy(
        request(path, { method, headers: { cookie: cookie(), origin: APP, host: "127.0.0.1:3000" } }),
      );
      expect(res.status, `${method} ${path}`).not.toBe(405);
    }
  });

  it("refuses a cross-site write that only Sec-Fetch-Site reveals, and an opaque (null) origin", async () => {
    const cases: Array<Record<string, string>> = [{ "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of cases) {
      const res = await proxy(request("/api/documents", { method: "POST", headers: { cookie: cookie(), ...headers } }));
      expect(res.status).toBe(403);
    }
  });

  it("lets the app's own pages write, on any host or port it is served at", async () => {
    for (const origin of [APP, "http://localhost:3000"]) {
      const host = new URL(origin).host;
      const res = await proxy(
        request("/api/documents", {
          method: "POST",
          headers: { cookie: cookie(), origin, host, "content-type": "application/json" },
        }),
      );
      expect(passedOn(res), origin).toBe(true);
    }
  });

  it("does not check token-authenticated calls or reads", async () => {
    const token = await proxy(
      request("/api/documents", {
        method: "POST",
        headers: { authorization: "Bearer ct_x", origin: "http://evil.example" },
      }),
    );
    expect(token.status).not.toBe(403);
    const read = await proxy(request("/api/claims", { headers: { cookie: cookie(), origin: "http://evil.example" } }));
    expect(passedOn(read)).toBe(true);
  });

  it("puts the security headers on pages, API answers and refusals; no-store on the API; HSTS only over https", async () => {
    const page = await proxy(request("/claims", { headers: { cookie: cookie() } }));
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(page.headers.get("strict-transport-security")).toBeNull();
    // Next reads the policy (and its nonce) from the forwarded request headers to put the nonce on its scripts.
    expect(page.headers.get("x-middleware-request-x-nonce")).toBeTruthy();

    const api = await proxy(request("/api/claims", { headers: { cookie: cookie() } }));
    expect(api.headers.get("cache-control")).toBe("no-store");
    const denied = await proxy(request("/api/claims"));
    expect(denied.status).toBe(401);
    expect(denied.headers.get("cache-control")).toBe("no-store");
    expect(denied.headers.get("x-frame-options")).toBe("DENY");

    const secure = await proxy(new NextRequest("https://claims.example.org/claims", { headers: { cookie: cookie() } }));
    expect(secure.headers.get("strict-transport-security")).toContain("max-age=");
  });
});
