import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { PUT as putStatus } from "@/app/api/claims/[id]/status/route";
import { GET as getClaims } from "@/app/api/claims/route";
import { DELETE as deleteToken } from "@/app/api/tokens/[id]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/tokens/route";
import { createApiToken } from "@/lib/auth/tokens-store";
import { setUserRole } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { proxy } from "@/proxy";
import { signedInUser, type TestUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

const DAY_MS = 86_400_000;

function bearer(token: string, extra: Record<string, string> = {}): Headers {
  return new Headers({ authorization: `Bearer ${token}`, ...extra });
}

function claimsWith(headers: Headers): Promise<Response> {
  return getClaims(new Request("http://localhost/api/claims", { headers }));
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe.each(databaseLegs())("personal API tokens on %s", (leg) => {
  let t: TestDatabase;
  let admin: TestUser;
  let editor: TestUser;
  let researcher: TestUser;
  let claimId: string;
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // route handlers and the auth instance use the process-wide client
    admin = await signedInUser(db(), "admin");
    editor = await signedInUser(db(), "editor");
    researcher = await signedInUser(db(), "researcher");
    const id = newId();
    const { text, extraction } = makeExtraction(id, [
      { sentence: "Over 800 fighters crossed.", source: "Monitors", quantity: { text: "800 fighters", value: 800 } },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    claimId = (await t.client.claim.findFirstOrThrow({ select: { id: true } })).id;
  }, 120_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  async function createVia(user: TestUser, body: unknown): Promise<Response> {
    const headers = new Headers(user.headers);
    headers.set("content-type", "application/json");
    return postToken(
      new Request("http://localhost/api/tokens", { method: "POST", headers, body: JSON.stringify(body) }),
    );
  }

  async function putStatusWith(headers: Headers, status: string): Promise<Response> {
    const current = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
    headers.set("content-type", "application/json");
    return putStatus(
      new Request(`http://localhost/api/claims/${claimId}/status`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ status, version: current.version }),
      }),
      { params: Promise.resolve({ id: claimId }) },
    );
  }

  function revoke(headers: Headers, id: string): Promise<Response> {
    return deleteToken(new Request(`http://localhost/api/tokens/${id}`, { method: "DELETE", headers }), {
      params: Promise.resolve({ id }),
    });
  }

  it("creates a token in a browser session (201, secret once), and the token reads GET /api/claims", async () => {
    const res = await createVia(researcher, { name: "notebook", expiresInDays: 30 });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; token: string; prefix: string; status: string };
    expect(created.token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.status).toBe("active");

    const read = await claimsWith(bearer(created.token));
    expect(read.status).toBe(200);
    expect(JSON.stringify(await read.json())).toContain(claimId); // the claims the session would see
    const row = await t.client.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastUsedAt).not.toBeNull();

    const listed = await listTokens(new Request("http://localhost/api/tokens", { headers: researcher.headers }));
    const body = JSON.stringify(await listed.json());
    expect(body).toContain(created.id);
    expect(body).not.toContain(created.token);
    expect(body).not.toContain(row.tokenHash);
  });

  it("keeps no plaintext: the raw ApiToken and AuditEvent rows hold neither the secret nor its random part", async () => {
    const res = await createVia(editor, { name: "raw check" });
    const { token } = (await res.json()) as { token: string };
    const secretPart = token.slice("ct_".length + 8); // beyond the stored display prefix
    const tokens = await t.client.$queryRawUnsafe<unknown[]>('SELECT * FROM "ApiToken"');
    const audit = await t.client.$queryRawUnsafe<unknown[]>('SELECT * FROM "AuditEvent"');
    const raw = JSON.stringify([tokens, audit]);
    expect(tokens.length).toBeGreaterThan(0);
    expect(raw).not.toContain(token);
    expect(raw).not.toContain(secretPart);
    expect(raw).toContain('"api-token.create"');
  });

  it("refuses unknown, revoked and expired tokens with 401 and says which", async () => {
    const unknown = await claimsWith(bearer(`ct_${"A".repeat(43)}`));
    expect(unknown.status).toBe(401);
    expect(await errorOf(unknown)).toMatchObject({
      code: "unauthenticated",
      message: expect.stringMatching(/unknown/),
    });

    const created = (await (await createVia(researcher, { name: "to revoke" })).json()) as {
      id: string;
      token: string;
    };
    expect((await claimsWith(bearer(created.token))).status).toBe(200);
    const revoked = await revoke(researcher.headers, created.id);
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { token: { status: string } }).token.status).toBe("revoked");
    const after = await claimsWith(bearer(created.token));
    expect(after.status).toBe(401);
    expect(await errorOf(after)).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/revoked/) });

    const old = await createApiToken(
      researcher.id,
      { name: "old", expiresInDays: 1 },
      new Date(Date.now() - 2 * DAY_MS),
    );
    const expired = await claimsWith(bearer(old.token));
    expect(expired.status).toBe(401);
    expect(await errorOf(expired)).toMatchObject({
      code: "unauthenticated",
      message: expect.stringMatching(/expired/),
    });

    // A bad token is not rescued by a valid session cookie sent alongside it.
    const both = await claimsWith(bearer(created.token, { cookie: researcher.headers.get("cookie") ?? "" }));
    expect(both.status).toBe(401);
  });

  it("answers a refused token with its reason at the proxy too (the sign-in wall in front of every route)", async () => {
    const created = (await (await createVia(researcher, { name: "proxy" })).json()) as { id: string; token: string };
    const ok = await proxy(new NextRequest("http://localhost/api/claims", { headers: bearer(created.token) }));
    expect(ok.status).toBe(200); // NextResponse.next()
    await revoke(researcher.headers, created.id);
    const res = await proxy(new NextRequest("http://localhost/api/claims", { headers: bearer(created.token) }));
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/revoked/) });
  });

  it("acts with the user's current role: an editor's token writes, then 403 once demoted, 401 once banned", async () => {
    const user = await signedInUser(db(), "editor");
    const { token } = (await (await createVia(user, { name: "editor script" })).json()) as { token: string };
    expect((await putStatusWith(bearer(token), "corroborated")).status).toBe(200);
    await setUserRole({ userId: user.id, role: "researcher" }, admin.id);
    const demoted = await putStatusWith(bearer(token), "disputed");
    expect(demoted.status).toBe(403);
    expect((await errorOf(demoted)).code).toBe("forbidden");
    expect((await claimsWith(bearer(token))).status).toBe(200); // still a researcher: reads work
    await t.client.user.update({ where: { id: user.id }, data: { banned: true } });
    expect((await claimsWith(bearer(token))).status).toBe(401);
  });

  it("lets owners and admins revoke, not other users (403, token still works)", async () => {
    const created = (await (await createVia(editor, { name: "editor's" })).json()) as { id: string; token: string };
    const refused = await revoke(researcher.headers, created.id);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("forbidden");
    expect((await claimsWith(bearer(created.token))).status).toBe(200);
    expect((await revoke(researcher.headers, "no-such-token")).status).toBe(404);
    expect((await revoke(admin.headers, created.id)).status).toBe(200);
    expect((await claimsWith(bearer(created.token))).status).toBe(401);
    const audit = await t.client.auditEvent.findFirstOrThrow({
      where: { action: "api-token.revoke", actorId: admin.id },
    });
    expect(audit.entityId).toBe(editor.id);
  });

  it("refuses to create a token with a token (403) and validates the body (422)", async () => {
    const { token } = (await (await createVia(researcher, { name: "script" })).json()) as { token: string };
    const before = await t.client.apiToken.count();
    const res = await postToken(
      new Request("http://localhost/api/tokens", {
        method: "POST",
        headers: bearer(token, { "content-type": "application/json" }),
        body: JSON.stringify({ name: "minted by a script" }),
      }),
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("forbidden");
    expect(await t.client.apiToken.count()).toBe(before);

    expect((await createVia(researcher, { name: "" })).status).toBe(422);
    expect((await createVia(researcher, { name: "x", expiresInDays: 0 })).status).toBe(422);
    const anonymous = await postToken(new Request("http://localhost/api/tokens", { method: "POST", body: "{}" }));
    expect(anonymous.status).toBe(401);
  });
});
