/**
 * The pager's total at archive scale: on PostgreSQL a large result is counted by the planner's estimate (an exact
 * count cost 100-700 ms at 1M claims) and the page says "about"; a page that reaches the end gives the exact total
 * whatever the estimate said; SQLite always counts exactly. The value sort finds its valued/unvalued boundary from
 * the page itself, so paging across it visits every claim once, in order.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { countClaimsForPage } from "@/lib/claims/sql/count";
import { claimsWhereSql, pageFilter } from "@/lib/claims/sql/filter";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

// 17 claims with a figure (values 1..17) and 8 without: 25 in all, over three pages of 10.
const specs: ClaimSpec[] = [
  ...Array.from({ length: 17 }, (_, i) => ({
    sentence: `Officials counted ${i + 1} boats on day ${i + 1}.`,
    source: "Officials",
    quantity: { text: `${i + 1} boats`, value: i + 1, unit: "boat" },
  })),
  ...Array.from({ length: 8 }, (_, i) => ({
    sentence: `The harbour stayed calm on night ${i + 1}.`,
    source: "Police",
  })),
];

const parse = (q: Record<string, string>) => claimsQuerySchema.parse(q);

describe.each(databaseLegs())("claims table totals on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    const id = newId();
    const { text, extraction } = makeExtraction(id, specs);
    await insertExtractedDocument({ id, text, sha256: contentHash(text), title: "Harbour log" }, extraction, t.client);
    if (leg === "postgres") await t.client.$executeRawUnsafe('ANALYZE "Claim"');
  }, 300_000);
  afterAll(async () => t?.drop());

  it("estimates a large count on PostgreSQL only, and counts a small one exactly", async () => {
    const where = claimsWhereSql(pageFilter(parse({}), {}), leg === "postgres");
    const big = await countClaimsForPage(where, 5, t.client);
    if (leg === "postgres") {
      expect(big.estimated).toBe(true);
      expect(big.total).toBeGreaterThan(5);
    } else expect(big).toEqual({ total: 25, estimated: false });
    expect(await countClaimsForPage(where, undefined, t.client)).toEqual({ total: 25, estimated: false });
  });

  it("pages by value across the valued/unvalued boundary, every claim once, the total exact on each page", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const seen: Array<number | null> = [];
      const ids = new Set<string>();
      for (let page = 1; page <= 3; page++) {
        const result = await listClaims(
          parse({ sort: "value", dir, pageSize: "10", page: String(page) }),
          {},
          t.client,
        );
        expect(result.total).toBe(25);
        expect(result.estimated).toBeUndefined();
        for (const r of result.rows) ids.add(r.id);
        seen.push(...result.rows.map((r) => r.quantity?.value ?? null));
      }
      const valued = Array.from({ length: 17 }, (_, i) => i + 1);
      expect(seen).toEqual([...(dir === "asc" ? valued : valued.reverse()), ...Array(8).fill(null)]);
      expect(ids.size).toBe(25);
    }
  });

  it("a page past the end is empty and keeps the count", async () => {
    const result = await listClaims(parse({ sort: "value", pageSize: "10", page: "4" }), {}, t.client);
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(25);
  });
});
