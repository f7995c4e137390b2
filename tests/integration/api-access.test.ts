/**
 * Every registered endpoint (lib/api/registry.ts) behind the same gate and envelope: 401 without credentials, 403
 * for the role just below a write's minimum, 404 envelope for unknown ids; and the documents, claim and export
 * reads answer the shapes their schemas declare.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Endpoint, route } from "@/lib/api/endpoint";
import { endpoints } from "@/lib/api/registry";
import { ROLES, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { signedInUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const MISSING = "no-such-id";

function call(endpoint: Endpoint, cookie: string, query = "", body?: unknown): Promise<Response> {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const url = `http://localhost${endpoint.path.replace(/\{\w+\}/g, MISSING)}${query}`;
  const headers = new Headers(cookie ? { cookie } : {});
  if (body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(url, {
    method: endpoint.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return route(endpoint)(request, { params: Promise.resolve(Object.fromEntries(names.map((n) => [n, MISSING]))) });
}

const name = (e: Endpoint) => `${e.method} ${e.path}`;
const byName = (n: string) => {
  const found = endpoints.find((e) => name(e) === n);
  if (!found) throw new Error(`no endpoint ${n}`);
  return found;
};

describe.each(databaseLegs())("API access on %s", (leg) => {
  let t: TestDatabase;
  const previousUrl = process.env.DATABASE_URL;
  const cookies = {} as Record<Role, string>;
  let claimId = "";

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    for (const role of ROLES) cookies[role] = (await signedInUser(db(), role)).headers.get("cookie") ?? "";
    const { text, extraction } = makeExtraction("doc-a", [
      {
        sentence: "Officials said 800 fighters crossed.",
        source: "Officials",
        quantity: { text: "800 fighters", value: 800 },
      },
      { sentence: "Monitors, quoted, said 850 crossed.", source: "Monitors", quantity: { text: "850", value: 850 } },
    ]);
    await insertExtractedDocument(
      { id: "doc-a", text, sha256: contentHash(text), title: "Border" },
      extraction,
      t.client,
    );
    claimId = (await t.client.claim.findFirstOrThrow({ orderBy: { position: "asc" } })).id;
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it.each(endpoints.map((e) => [name(e), e] as const))("%s: 401 envelope without credentials", async (_n, e) => {
    const res = await call(e, "");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  });

  const writes = endpoints.filter((e) => e.method !== "GET" && e.role !== "researcher");
  it.each(writes.map((e) => [name(e), e] as const))("%s: 403 envelope one role below", async (_n, e) => {
    const below = ROLES[ROLES.indexOf(e.role) - 1];
    const res = await call(e, cookies[below], "", {});
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  });

  const byId = endpoints.filter((e) => e.method === "GET" && e.path.endsWith("{id}"));
  it.each(byId.map((e) => [name(e), e] as const))("%s: 404 envelope for an unknown id", async (_n, e) => {
    const res = await call(e, cookies.admin);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it("PUT /api/claims/{id}/status: 404 for an unknown claim, 409 for a stale version", async () => {
    const missing = await call(byName("PUT /api/claims/{id}/status"), cookies.editor, "", {
      status: "disputed",
      version: 1,
    });
    expect(missing.status).toBe(404);
    const put = (version: number) =>
      route(byName("PUT /api/claims/{id}/status"))(
        new Request(`http://localhost/api/claims/${claimId}/status`, {
          method: "PUT",
          headers: { cookie: cookies.editor, "content-type": "application/json" },
          body: JSON.stringify({ status: "disputed", version }),
        }),
        { params: Promise.resolve({ id: claimId }) },
      );
    expect(await (await put(1)).json()).toEqual({ ok: true, version: 2 });
    const stale = await put(1);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("conflict");
  });

  it("GET /api/documents, /api/documents/{id}, /api/claims/{id} and /api/claims answer their declared shapes", async () => {
    const list = await (await call(byName("GET /api/documents"), cookies.researcher, "?q=bord")).json();
    expect(list).toEqual({
      items: [expect.objectContaining({ id: "doc-a", title: "Border", claimCount: 2 })],
      nextCursor: null,
    });
    byName("GET /api/documents").response?.parse(list);
    const get = (e: Endpoint, id: string) =>
      route(e)(
        new Request(`http://localhost${e.path.replace("{id}", id)}`, { headers: { cookie: cookies.researcher } }),
        {
          params: Promise.resolve({ id }),
        },
      );
    const doc = await (await get(byName("GET /api/documents/{id}"), "doc-a")).json();
    expect(doc.text).toContain("800 fighters");
    byName("GET /api/documents/{id}").response?.parse(doc);
    const claim = await (await get(byName("GET /api/claims/{id}"), claimId)).json();
    expect(claim).toMatchObject({ id: claimId, commentCount: 0, document: { id: "doc-a" } });
    expect(claim.quantities[0]).toMatchObject({ value: 800, modifier: "exact" });
    byName("GET /api/claims/{id}").response?.parse(claim);
    const claims = await (await call(byName("GET /api/claims"), cookies.researcher, "?sort=value&limit=1")).json();
    expect(claims.items).toHaveLength(1);
    expect(claims.nextCursor).toEqual(expect.any(String));
    byName("GET /api/claims").response?.parse(claims);
  });

  it("GET /api/export streams the filtered rows with the format's media type; an unknown format is 422", async () => {
    const csv = await call(byName("GET /api/export"), cookies.researcher, "?format=csv&sort=value&dir=desc");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("850");
    const jsonl = await call(byName("GET /api/export"), cookies.researcher, "?format=jsonl&q=officials");
    expect(jsonl.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect((await jsonl.text()).trim().split("\n")).toHaveLength(1);
    const bad = await call(byName("GET /api/export"), cookies.researcher, "?format=xml");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.message).toMatch(/^format/);
  });
});
