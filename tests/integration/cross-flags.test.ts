import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { listClaimsPage } from "@/lib/claims/keyset";
import { decideFlag } from "@/lib/claims/mutations";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { streamClaimRows } from "@/lib/export/stream";
import { backfillGroups } from "@/lib/groups/backfill";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
import { mergeGroups, moveOutOfGroup } from "@/lib/groups/decisions";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

// One (invented) event reported by four outlets: 24 vs 40 at the same time disagree; 3, 11, 24 over a day rise.
const report = (outlet: string, publishedAt: string, text: string) => ({ outlet, title: outlet, publishedAt, text });
const wireA = report(
  "Wire A",
  "2026-03-01T09:00:00Z",
  "At least 3 people were killed in an explosion at a market in Takengon on Sunday, police said. A clinic treated 50 injured people.",
);
const wireB = report(
  "Wire B",
  "2026-03-01T12:00:00Z",
  "At least 11 people were killed in the market explosion in Takengon, the Red Cross said on Sunday.",
);
const wireC = report(
  "Wire C",
  "2026-03-01T18:00:00Z",
  "Police said 24 people were killed in the market explosion in Takengon on Sunday.",
);
const wireD = report(
  "Wire D",
  "2026-03-01T18:00:00Z",
  "The Red Cross said 40 people were killed in the market explosion in Takengon on Sunday.",
);

describe.each(databaseLegs())("cross-document flags in the claims table on %s", (leg) => {
  let t: TestDatabase;
  const doc: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase(leg);
  }, 120_000);
  afterAll(async () => t?.drop());

  const parse = (q: Record<string, string>) => claimsQuerySchema.parse(q);
  async function tollClaim(outlet: string, value: number): Promise<string> {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId: doc[outlet], value } });
    return q.claimId;
  }
  async function filtered(flag: string): Promise<string[]> {
    const page = await listClaims(parse({ flag, pageSize: "200" }), {}, t.client);
    const api = await listClaimsPage({ ...parse({ flag }), limit: 200 }, t.client);
    expect(api.items.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    // The export reads the same filter through its own SQL (lib/export/stream-sql.ts).
    const exported: string[] = [];
    for await (const row of streamClaimRows(parse({ flag }), { target: resolveDatabase(t.url) })) exported.push(row.id);
    expect(exported).toEqual(page.rows.map((r) => r.id));
    return page.rows.map((r) => r.id).sort();
  }
  async function ranks(ids: string[]) {
    const rows = await t.client.claim.findMany({
      where: { id: { in: ids } },
      select: { id: true, crossFlagRank: true },
    });
    return Object.fromEntries(rows.map((r) => [r.id, r.crossFlagRank]));
  }

  it("two outlets with different tolls at the same time: both claims carry the cross conflict and only they match", async () => {
    for (const r of [wireC, wireD]) doc[r.outlet] = (await ingestDocument(r, t.client)).documentId;
    const ids = [await tollClaim("Wire C", 24), await tollClaim("Wire D", 40)].sort();
    expect(await filtered("cross-conflict")).toEqual(ids);
    const page = await listClaims(parse({ flag: "cross-conflict" }), {}, t.client);
    expect(page.rows.map((r) => [r.crossFlag?.verdict, r.crossFlag?.documents])).toEqual([
      ["conflict", 2],
      ["conflict", 2],
    ]);
    expect(page.rows[0].crossFlag?.explanation).toMatch(/24 .* vs 40 /);
    // The in-document meanings are unchanged: neither article disagrees with itself.
    expect(await filtered("conflict")).toEqual([]);
    expect(await filtered("none,cross-conflict")).toEqual(await filtered("none"));
  });

  it("dismissing the group drops both claims out; clearing the decision brings them back", async () => {
    const c = await tollClaim("Wire C", 24);
    const groupId = (await t.client.claim.findUniqueOrThrow({ where: { id: c } })).crossGroupId as string;
    await decideFlag({ groupId, decision: "dismissed", actorId: null }, t.client);
    expect(await filtered("cross-conflict")).toEqual([]);
    expect(Object.values(await ranks([c, await tollClaim("Wire D", 40)]))).toEqual([0, 0]);
    await decideFlag({ groupId, decision: "confirmed", actorId: null }, t.client);
    expect(await filtered("cross-conflict")).toHaveLength(2);
  });

  it("earlier, lower tolls join the group; moving the outlier out leaves a rising toll: developing", async () => {
    for (const r of [wireA, wireB]) doc[r.outlet] = (await ingestDocument(r, t.client)).documentId;
    const rising = [await tollClaim("Wire A", 3), await tollClaim("Wire B", 11), await tollClaim("Wire C", 24)];
    const d = await tollClaim("Wire D", 40);
    expect(await filtered("cross-conflict")).toEqual([...rising, d].sort());
    const group = (await t.client.claim.findUniqueOrThrow({ where: { id: d } })).crossGroupId as string;
    const q = await t.client.quantity.findFirstOrThrow({ where: { claimId: d } });
    expect(
      await moveOutOfGroup({ groupId: group, quantityId: q.id, reason: "test", actorId: null }, t.client),
    ).toMatchObject({ ok: true });
    expect(await filtered("developing")).toEqual([...rising].sort());
    expect(await filtered("cross-conflict")).toEqual([]);
    expect((await ranks([d]))[d]).toBe(0);
    const clinic = await tollClaim("Wire A", 50);
    expect((await ranks([clinic]))[clinic]).toBe(0);
  });

  it("the flag sort is total: the cursor pages in ones give the table's order, every claim once", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const table = (await listClaims(parse({ sort: "flag", dir, pageSize: "200" }), {}, t.client)).rows.map(
        (r) => r.id,
      );
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listClaimsPage({ ...parse({ sort: "flag", dir }), limit: 1, cursor }, t.client);
        paged.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(table);
      const exported: string[] = [];
      for await (const row of streamClaimRows(parse({ sort: "flag", dir }), { target: resolveDatabase(t.url) })) {
        exported.push(row.id);
      }
      expect(exported).toEqual(table);
      expect(new Set(paged).size).toBe(table.length);
    }
    const desc = (await listClaims(parse({ sort: "flag", dir: "desc" }), {}, t.client)).rows;
    expect(desc[0].crossFlag?.verdict).toBe("developing");
  });

  /** The stored flags equal a recomputation over every claim: nothing was left stale. */
  async function expectConsistent() {
    const read = () =>
      t.client.claim.findMany({
        select: { id: true, crossFlagRank: true, crossGroupId: true },
        orderBy: { id: "asc" },
      });
    const stored = await read();
    await refreshAllCrossFlags(t.client);
    expect(stored).toEqual(await read());
  }

  it("re-extraction and a merge leave no claim's flag stale", async () => {
    await expectConsistent();
    await reextractDocument(doc["Wire A"], t.client);
    await expectConsistent();
    await reextractDocument(doc["Wire D"], t.client);
    await expectConsistent();
    const b = await tollClaim("Wire B", 11);
    const d = await tollClaim("Wire D", 40);
    const into = (await t.client.claim.findUniqueOrThrow({ where: { id: b } })).crossGroupId as string;
    const q = await t.client.quantity.findFirstOrThrow({ where: { claimId: d } });
    const from = await t.client.quantityGroupMember.findFirstOrThrow({
      where: { quantityId: q.id, group: { documentId: null } },
    });
    const merged = await mergeGroups({ intoId: into, fromId: from.groupId, reason: "test", actorId: null }, t.client);
    expect(merged).toMatchObject({ ok: true });
    await expectConsistent();
    // 11 (12:00) and 40 (18:00) now share a group with 24 at 18:00: 24 vs 40 at the same time is a conflict.
    expect((await t.client.claim.findUniqueOrThrow({ where: { id: d } })).crossFlagRank).toBe(3);
    // Re-extracting C and D takes their figures out of the manual group: B is left alone there and must not keep it.
    await reextractDocument(doc["Wire C"], t.client);
    await reextractDocument(doc["Wire D"], t.client);
    await expectConsistent();
  });

  it("a whole-database backfill recomputes the same flags", async () => {
    const before = await t.client.claim.findMany({ select: { id: true, crossFlagRank: true }, orderBy: { id: "asc" } });
    await t.client.claim.updateMany({ data: { crossFlagRank: 0, crossGroupId: null } });
    await backfillGroups(undefined, t.client);
    const after = await t.client.claim.findMany({ select: { id: true, crossFlagRank: true }, orderBy: { id: "asc" } });
    // The manual groups (moved out) stay; the automatic ones are rebuilt and judged again.
    expect(after.filter((r) => r.crossFlagRank > 0).length).toBeGreaterThan(0);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
  });
});
