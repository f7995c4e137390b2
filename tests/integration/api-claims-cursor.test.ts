/**
 * GET /api/claims walks the claims table's order in cursor pages: for every sort column and direction, following
 * `nextCursor` with limit 7 over 120 claims (ties on every sort column, a quarter without a figure) yields exactly
 * listClaims' order — every id once — and cursors are checked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getClaims } from "@/app/api/claims/route";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema, sortableColumns } from "@/lib/claims/query-schema";
import { claimStatuses } from "@/lib/claims/schema";
import { db } from "@/lib/db/client";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { signedInUser } from "./support/auth";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const sources = ["Officials", "Monitors", "Reuters", "aid workers", "Officials"];

/** 30 claims for document `d`: repeated sentences, values and sources so every sort column has ties. */
function specs(d: number): ClaimSpec[] {
  return Array.from({ length: 30 }, (_, i) => {
    const value = (i * 7 + d) % 11; // 0-10, each value many times
    const sentence =
      i % 5 === 0 ? `Nothing was counted on day ${i % 3}.` : `Monitors counted ${value} boats on day ${i}.`;
    return {
      sentence,
      source: sources[(i + d) % sources.length],
      quantity: i % 5 === 0 ? undefined : { text: `${value} boats`, value, unit: "boat" },
      group: i % 5 === 1 ? { name: `g${d}-${i % 3}`, verdict: i % 2 ? "conflict" : "soft" } : undefined,
    };
  });
}

type Page = { items: Array<{ id: string }>; nextCursor: string | null };

describe.each(databaseLegs())("GET /api/claims cursor pages on %s", (leg) => {
  let t: TestDatabase;
  const previousUrl = process.env.DATABASE_URL;
  let cookie = "";
  const get = (query: string) =>
    getClaims(new Request(`http://localhost/api/claims?${query}`, { headers: { cookie } }));

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    for (let d = 0; d < 4; d++) {
      const id = `doc-${d}`;
      const { text, extraction } = makeExtraction(id, specs(d));
      // Two documents share a title: ties on the document sort too.
      const title = d < 2 ? "Border report" : `Report ${d}`;
      await insertExtractedDocument({ id, text, sha256: contentHash(text), title }, extraction, t.client);
    }
    const ids = (await t.client.claim.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    for (const [i, id] of ids.entries()) {
      await t.client.claim.update({ where: { id }, data: { status: claimStatuses[i % claimStatuses.length] } });
    }
    cookie = (await signedInUser(db(), "researcher")).headers.get("cookie") ?? "";
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  async function walk(params: Record<string, string>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const query = new URLSearchParams({ ...params, limit: "7", ...(cursor ? { cursor } : {}) });
      const res = await get(query.toString());
      expect(res.status, await res.clone().text()).toBe(200);
      const page = (await res.json()) as Page;
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error("more than 100 pages");
  }

  async function tableOrder(params: Record<string, string>): Promise<string[]> {
    const page = await listClaims(claimsQuerySchema.parse({ ...params, pageSize: "200" }));
    return page.rows.map((r) => r.id);
  }

  it("has 120 claims, a quarter without a figure", async () => {
    expect(await t.client.claim.count()).toBe(120);
    expect(await t.client.claim.count({ where: { sortValue: null } })).toBe(24);
  });

  const orders = sortableColumns.flatMap((sort) => (["asc", "desc"] as const).map((dir) => ({ sort, dir })));
  it.each(orders)("walks sort=$sort dir=$dir in the table's order, every claim once", async (order) => {
    const ids = await walk(order);
    expect(ids).toEqual(await tableOrder(order));
    expect(new Set(ids).size).toBe(120);
  });

  it.each<Record<string, string>>([
    { sort: "value", dir: "desc", status: "disputed,unverified,refuted" },
    { sort: "source", dir: "asc", q: "boats", flag: "conflict,none" },
    { sort: "document", dir: "desc", document: "doc-1,doc-3", source: "Officials" },
  ])("walks a filtered list the same way (%o)", async (params) => {
    const ids = await walk(params);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(await tableOrder(params));
  });

  it("refuses a cursor made for another sort or direction, and a forged one, with 422", async () => {
    const first = (await (await get("sort=value&dir=asc&limit=7")).json()) as Page;
    expect(first.nextCursor).toBeTruthy();
    const cursor = encodeURIComponent(first.nextCursor ?? "");
    for (const other of ["sort=source&dir=asc", "sort=value&dir=desc"]) {
      const res = await get(`${other}&cursor=${cursor}`);
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe("invalid_cursor");
    }
    const forged = Buffer.from(JSON.stringify({ o: "claims:value:asc", k: ["x", 1] })).toString("base64url");
    for (const bad of ["garbage", forged]) {
      const res = await get(`sort=value&dir=asc&cursor=${bad}`);
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({ error: { code: "invalid_cursor", message: expect.any(String) } });
    }
  });

  it.each(["limit=0", "limit=501", "limit=x", "sort=valu", "status=done", "dir=up"])(
    "refuses %s with the 422 envelope",
    async (query) => {
      const res = await get(query);
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe("invalid");
    },
  );
});
