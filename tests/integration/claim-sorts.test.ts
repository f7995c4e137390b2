/**
 * Issue 13 item 3, "sorts that mean what they show", on both databases: Claim sorts by the label the column shows
 * (not the sentence under it), Status in workflow order (the generated Claim."statusRank" column agrees with
 * statusWorkflow), in the table, the REST cursor pages and the export alike.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { listClaimsPage } from "@/lib/claims/keyset";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { claimStatuses, statusWorkflow } from "@/lib/claims/schema";
import { newId } from "@/lib/db/ids";
import { resolveDatabase } from "@/lib/db/url";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { streamClaimRows } from "@/lib/export/stream";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

// The sentences sort the other way round from their labels.
const specs = [
  { sentence: "Alpha monitors said 10 people fled.", label: "Zulu: 10 people fled" },
  { sentence: "Bravo monitors said 20 people fled.", label: "yankee: 20 people fled" },
  { sentence: "Charlie monitors said 30 people fled.", label: "X-ray: 30 people fled" },
  { sentence: "Delta monitors said 40 people fled.", label: "whiskey: 40 people fled" },
  { sentence: "Echo monitors said 50 people fled.", label: "Victor: 50 people fled" },
  { sentence: "Foxtrot monitors said 60 people fled.", label: "uniform: 60 people fled" },
];

const units = ["Taka", "missile", "person"];

describe.each(databaseLegs())("claim sorts on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    const id = newId();
    const { text, extraction } = makeExtraction(
      id,
      specs.map((s, i) => ({
        ...s,
        source: "Monitors",
        // Units interleave by value: 10 Taka, 20 missiles, 30 people, 40 Taka, 50 missiles, 60 people.
        quantity: { text: `${(i + 1) * 10} people`, value: (i + 1) * 10, unit: units[i % 3] },
      })),
    );
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    // One status each, assigned so that alphabetical and workflow order differ.
    const claims = await t.client.claim.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    for (const [i, c] of claims.entries()) {
      await t.client.claim.update({ where: { id: c.id }, data: { status: claimStatuses[i] } });
    }
  }, 300_000);
  afterAll(async () => t?.drop());

  const parse = (params: Record<string, string>) => claimsQuerySchema.parse(params);

  it("sorts Claim by the label shown, case-insensitively, both ways", async () => {
    const asc = (await listClaims(parse({ sort: "claim" }), {}, t.client)).rows.map((r) => r.label);
    expect(asc).toEqual([...specs.map((s) => s.label)].reverse());
    const desc = (await listClaims(parse({ sort: "claim", dir: "desc" }), {}, t.client)).rows.map((r) => r.label);
    expect(desc).toEqual(specs.map((s) => s.label));
  });

  it("sorts Status in workflow order, the same in the table, the REST pages and the export", async () => {
    const table = (await listClaims(parse({ sort: "status" }), {}, t.client)).rows.map((r) => r.status);
    expect(table).toEqual([...statusWorkflow]);
    const desc = (await listClaims(parse({ sort: "status", dir: "desc" }), {}, t.client)).rows.map((r) => r.status);
    expect(desc).toEqual([...statusWorkflow].reverse());
    // Cursor pages of two: the keyset continues on the workflow rank.
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listClaimsPage(
        { ...parse({ sort: "status" }), limit: 2, ...(cursor ? { cursor } : {}) },
        t.client,
      );
      walked.push(...page.items.map((r) => r.status));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual([...statusWorkflow]);
    const exported: string[] = [];
    for await (const row of streamClaimRows(parse({ sort: "status" }), { target: resolveDatabase(t.url) }))
      exported.push(row.status);
    expect(exported).toEqual([...statusWorkflow]);
  });

  it("sorts Value by unit first, then value, both ways, nulls last; the REST pages follow", async () => {
    const pairs = (rows: Array<{ quantity: { unit: string | null; value: number } | null }>) =>
      rows.map((r) => (r.quantity ? `${r.quantity.unit} ${r.quantity.value}` : null));
    const asc = pairs((await listClaims(parse({ sort: "value" }), {}, t.client)).rows);
    expect(asc).toEqual(["missile 20", "missile 50", "person 30", "person 60", "Taka 10", "Taka 40"]);
    const desc = pairs((await listClaims(parse({ sort: "value", dir: "desc" }), {}, t.client)).rows);
    expect(desc).toEqual(["Taka 40", "Taka 10", "person 60", "person 30", "missile 50", "missile 20"]);
    const walked: Array<string | null> = [];
    let cursor: string | undefined;
    do {
      const page = await listClaimsPage(
        { ...parse({ sort: "value", dir: "desc" }), limit: 4, ...(cursor ? { cursor } : {}) },
        t.client,
      );
      walked.push(...pairs(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(desc);
  });

  it("keeps the database's rank in step with statusWorkflow, for every status a write can set", async () => {
    const rows = await t.client.$queryRawUnsafe<Array<{ status: string; statusRank: number | bigint }>>(
      `SELECT "status", "statusRank" FROM "Claim"`,
    );
    expect(rows.map((r) => [r.status, Number(r.statusRank)]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual(
      statusWorkflow.map((s, i) => [s, i]),
    );
    expect([...statusWorkflow].sort()).toEqual([...claimStatuses].sort());
  });
});
