/**
 * Issue 13 item 3: counts on the Status and Flag filter options, under the table's other filters and ignoring the
 * facet's own selection, on both databases; checked against a direct count of the rows.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { flagCounts, statusCounts } from "@/lib/claims/facet-counts";
import { claimsQuerySchema } from "@/lib/claims/schema";
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
    await insertExtractedDocument(t.client, { id, text, sha256: contentHash(text) }, extraction);
    const claims = await t.client.claim.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    const statuses = ["disputed", "disputed", "corroborated", "unverified", "unverified"];
    for (const [i, c] of claims.entries()) {
      await t.client.claim.update({ where: { id: c.id }, data: { status: statuses[i] } });
    }
  }, 300_000);
  afterAll(async () => t?.drop());

  it("counts claims per status under the other filters, ignoring the status filter itself", async () => {
    expect(await statusCounts(parse({}), {}, t.client)).toEqual({ disputed: 2, corroborated: 1, unverified: 2 });
    // Ticking "disputed" does not hide what "unverified" would add.
    expect(await statusCounts(parse({ status: "disputed" }), {}, t.client)).toEqual({
      disputed: 2,
      corroborated: 1,
      unverified: 2,
    });
    expect(await statusCounts(parse({ q: "fighters" }), {}, t.client)).toEqual({ disputed: 2 });
    expect(await statusCounts(parse({ flag: "none" }), {}, t.client)).toEqual({ corroborated: 1, unverified: 2 });
  });

  it("counts claims per flag option, 'needs review' until an editor decides", async () => {
    expect(await flagCounts(parse({}), {}, t.client)).toEqual({ conflict: 2, none: 3, unreviewed: 2 });
    expect(await flagCounts(parse({ status: "unverified" }), {}, t.client)).toEqual({ none: 2, unreviewed: 0 });
    // Each count is what the table shows with that option ticked.
    for (const flag of ["conflict", "none", "unreviewed"]) {
      const counts = await flagCounts(parse({ flag: "soft" }), {}, t.client);
      expect(counts[flag] ?? 0).toBe((await listClaims(parse({ flag }), {}, t.client)).total);
    }
    await t.client.quantityGroup.updateMany({ where: { verdict: "conflict" }, data: { decision: "confirmed" } });
    expect(await flagCounts(parse({}), {}, t.client)).toMatchObject({ conflict: 2, unreviewed: 0 });
  });
});
