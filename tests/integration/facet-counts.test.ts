/**
 * Issue 13 item 3: counts on the Status and Flag filter options, under the table's other filters and ignoring the
 * facet's own selection, on both databases; checked against a direct count of the rows.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { flagCounts, statusCounts } from "@/lib/claims/facet-counts";
import { claimsQuerySchema, flagValues } from "@/lib/claims/query-schema";
import { claimStatuses } from "@/lib/claims/schema";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const fighters = { name: "fighters", verdict: "conflict" as const };
const specs: ClaimSpec[] = [
  {
    sentence: "Over 800 fighters crossed, monitors said.",
    source: "Monitors",
    quantity: { text: "Over 800 fighters", value: 800, modifier: "moreThan", unit: "fighter" },
    group: fighters,
  },
  {
    sentence: "About 850 fighters crossed, police said.",
    source: "Police",
    quantity: { text: "About 850 fighters", value: 850, modifier: "approximately", unit: "fighter" },
    group: fighters,
  },
  { sentence: "At least 38 people died, doctors said.", source: "Doctors" },
  { sentence: "Some 2,200 people were arrested, activists said.", source: "Activists" },
  { sentence: "Nine sites were hit, the army said.", source: "Army" },
];

describe.each(databaseLegs())("filter option counts on %s", (leg) => {
  let t: TestDatabase;
  const parse = (params: Record<string, string>) => claimsQuerySchema.parse(params);
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    const id = newId();
    const { text, extraction } = makeExtraction(id, specs);
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    const claims = await t.client.claim.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    const statuses = ["disputed", "disputed", "corroborated", "unverified", "unverified"];
    for (const [i, c] of claims.entries()) {
      await t.client.claim.update({ where: { id: c.id }, data: { status: statuses[i] } });
    }
  }, 300_000);
  afterAll(async () => t?.drop());

  it("counts claims per status under the other filters, ignoring the status filter itself", async () => {
    expect((await statusCounts(parse({}), {}, t.client)).counts).toEqual({
      disputed: 2,
      corroborated: 1,
      unverified: 2,
    });
    // Ticking "disputed" does not hide what "unverified" would add.
    expect((await statusCounts(parse({ status: "disputed" }), {}, t.client)).counts).toEqual({
      disputed: 2,
      corroborated: 1,
      unverified: 2,
    });
    expect((await statusCounts(parse({ q: "fighters" }), {}, t.client)).counts).toEqual({ disputed: 2 });
    expect((await statusCounts(parse({ flag: "none" }), {}, t.client)).counts).toEqual({
      corroborated: 1,
      unverified: 2,
    });
  });

  it("counts claims per flag option, 'needs review' until an editor decides", async () => {
    expect((await flagCounts(parse({}), {}, t.client)).counts).toEqual({ conflict: 2, none: 3, unreviewed: 2 });
    expect((await flagCounts(parse({ status: "unverified" }), {}, t.client)).counts).toEqual({
      none: 2,
      unreviewed: 0,
    });
    // Each count is what the table shows with that option ticked.
    for (const flag of ["conflict", "none", "unreviewed"]) {
      const { counts } = await flagCounts(parse({ flag: "soft" }), {}, t.client);
      expect(counts[flag] ?? 0).toBe((await listClaims(parse({ flag }), {}, t.client)).total);
    }
    await t.client.quantityGroup.updateMany({ where: { verdict: "conflict" }, data: { decision: "confirmed" } });
    expect((await flagCounts(parse({}), {}, t.client)).counts).toMatchObject({ conflict: 2, unreviewed: 0 });
  });

  it("is exact below the limit; on PostgreSQL above it, the planner's estimate per option, marked as such", async () => {
    expect((await statusCounts(parse({}), {}, t.client)).estimated).toBe(false);
    // A limit of 0 stands for an archive past EXACT_COUNT_LIMIT.
    const status = await statusCounts(parse({}), {}, t.client, 0);
    const flag = await flagCounts(parse({}), {}, t.client, 0);
    if (leg === "postgres") {
      await t.client.$executeRawUnsafe(`ANALYZE "Claim"`);
      const analyzed = await statusCounts(parse({}), {}, t.client, 0);
      expect(analyzed.estimated).toBe(true);
      expect(Object.keys(analyzed.counts).sort()).toEqual([...claimStatuses].sort());
      // Estimates, not counts: the planner's, from the statistics ANALYZE just gathered (5 rows, 3 statuses).
      expect(analyzed.counts.disputed).toBeGreaterThan(0);
      expect(flag.estimated).toBe(true);
      expect(Object.keys(flag.counts).sort()).toEqual([...flagValues].sort());
    } else {
      // SQLite always counts exactly (95-200 ms at 1M claims).
      expect(status).toEqual({ counts: { disputed: 2, corroborated: 1, unverified: 2 }, estimated: false });
      expect(flag.estimated).toBe(false);
    }
  });
});
