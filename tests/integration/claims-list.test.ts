import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema, PAGE_SIZES } from "@/lib/claims/query-schema";
import { newId } from "@/lib/db/ids";
import { getDocument, listDocuments } from "@/lib/documents/data";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { listSources } from "@/lib/sources/data";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const fighters = { name: "fighters crossing", verdict: "conflict" as const };
const docA: ClaimSpec[] = [
  {
    sentence: "Over 800 fighters crossed, sources said.",
    source: "Independent sources",
    kind: "anonymous",
    quantity: { text: "Over 800 fighters", value: 800, modifier: "moreThan", unit: "fighter" },
    group: fighters,
  },
  { sentence: "The regime is signalling intent.", source: "Lisa Daftari" },
  {
    sentence: "At least 38 people died.",
    source: "Human rights organizations",
    kind: "organization",
    quantity: { text: "At least 38 people", value: 38, modifier: "atLeast", unit: "person" },
  },
  {
    sentence: "Approximately 850 fighters crossed.",
    source: "Independent sources",
    kind: "anonymous",
    quantity: { text: "Approximately 850 fighters", value: 850, modifier: "approximately", unit: "fighter" },
    group: fighters,
  },
  {
    sentence: "Some 1,200,000 people voted.",
    source: "Electoral board",
    kind: "official",
    quantity: { text: "1,200,000 people", value: 1_200_000, unit: "person" },
  },
];
const docB: ClaimSpec[] = [
  {
    sentence: "About 800 fighters crossed, Iran International said.",
    source: "Iran International",
    kind: "outlet",
    quantity: { text: "About 800 fighters", value: 800, modifier: "approximately", unit: "fighter" },
  },
  {
    sentence: "Zero arrests were reported.",
    source: "Police",
    kind: "official",
    quantity: { text: "Zero arrests", value: 0, unit: "arrest" },
  },
  { sentence: "Experts warned of escalation.", source: "Experts", kind: "anonymous" },
  {
    sentence: "Nine sites were hit.",
    source: "lisa  daftari",
    quantity: { text: "Nine sites", value: 9, unit: "site" },
  },
];

const parse = (q: Record<string, string>) => claimsQuerySchema.parse(q);

describe.each(databaseLegs())("claims table reads on %s", (leg) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const [title, specs] of [
      ["Alpha report", docA],
      ["Beta report", docB],
    ] as const) {
      const id = newId();
      const { text, extraction } = makeExtraction(id, specs);
      await insertExtractedDocument({ id, text, sha256: contentHash(text), title }, extraction, t.client);
      ids[title] = id;
    }
  }, 300_000);
  afterAll(async () => t?.drop());

  const values = async (q: Record<string, string>) =>
    (await listClaims(parse(q), {}, t.client)).rows.map((r) => r.quantity?.value ?? null);

  it.each([
    // Unit first (arrest, fighter, person, site), then value: figures of different things are not interleaved.
    ["asc", [0, 800, 800, 850, 38, 1_200_000, 9, null, null]],
    ["desc", [9, 1_200_000, 38, 850, 800, 800, 0, null, null]],
  ])("sorts by value %s, unit first, numerically within a unit, nulls last", async (dir, expected) => {
    expect(await values({ sort: "value", dir })).toEqual(expected);
  });

  it("breaks ties by id, so equal values keep one order across requests and pages", async () => {
    const all = (await listClaims(parse({ sort: "value", dir: "asc" }), {}, t.client)).rows;
    const eights = all.filter((r) => r.quantity?.value === 800).map((r) => r.id);
    expect(eights).toEqual([...eights].sort());
  });

  it.each(["claim", "value", "source", "status", "flag", "document", "position"])(
    "pages through sort %s visiting every claim exactly once",
    async (sort) => {
      const seen: string[] = [];
      for (let page = 1; page <= 2; page++) {
        const result = await listClaims(parse({ sort, dir: "desc", pageSize: "10", page: String(page) }), {}, t.client);
        expect(result.total).toBe(9);
        seen.push(...result.rows.map((r) => r.id));
      }
      expect(new Set(seen).size).toBe(9);
    },
  );

  it.each([
    [
      { sort: "source" },
      [
        "Electoral board",
        "Experts",
        "Human rights organizations",
        "Independent sources",
        "Independent sources",
        "Iran International",
        "Lisa Daftari",
        "Lisa Daftari",
        "Police",
      ],
    ],
  ])("sorts by source name", async (q, expected) => {
    const rows = (await listClaims(parse(q), {}, t.client)).rows;
    expect(rows.map((r) => r.source.name)).toEqual(expected);
  });

  it.each([
    ["flag=conflict", { flag: "conflict" }, 2],
    ["flag=none", { flag: "none" }, 7],
    ["free text, any case", { q: "FIGHTERS" }, 3],
    ["free text on the source name", { q: "daftari" }, 2],
    ["status", { status: "unverified" }, 9],
    ["status none matching", { status: "refuted" }, 0],
  ])("filters by %s", async (_name, q, count) => {
    const page = await listClaims(parse(q), {}, t.client);
    expect(page.total).toBe(count);
    expect(page.rows).toHaveLength(count);
  });

  it("pages of 10 to 500 rows (issue 13): every offered size is honoured, others fall back to 50", async () => {
    for (const size of PAGE_SIZES) expect(parse({ pageSize: String(size) }).pageSize).toBe(size);
    for (const bad of ["9", "501", "-5", "abc"]) expect(parse({ pageSize: bad }).pageSize).toBe(50);
    const all = await listClaims(parse({ pageSize: "500" }), {}, t.client);
    expect(all.rows.length).toBe(all.total);
    const two = await listClaims(parse({ pageSize: "10", page: "1" }), {}, t.client);
    expect(two.rows.map((r) => r.id)).toEqual(all.rows.slice(0, 10).map((r) => r.id));
  });

  it("filters by document and by source id", async () => {
    expect((await listClaims(parse({ document: ids["Beta report"] }), {}, t.client)).total).toBe(4);
    expect((await listClaims(parse({}), { documentId: ids["Alpha report"] }, t.client)).total).toBe(5);
    const daftari = (await listSources(t.client)).find((s) => s.name === "Lisa Daftari");
    expect(daftari?.claimCount).toBe(2);
    expect((await listClaims(parse({ source: daftari?.id ?? "" }), {}, t.client)).total).toBe(2);
  });

  it("flags a conflicting row with the other figures and their sources", async () => {
    const rows = (await listClaims(parse({ flag: "conflict", sort: "value" }), {}, t.client)).rows;
    expect(rows.map((r) => r.flag?.verdict)).toEqual(["conflict", "conflict"]);
    expect(rows[1].flag?.others).toEqual([
      { claimId: rows[0].id, display: "> 800 fighters", sourceName: "Independent sources" },
    ]);
  });

  it("lists documents with claim and flag counts, and a document with its highlight spans", async () => {
    const docs = await listDocuments(t.client);
    expect(docs.map((d) => [d.title, d.claimCount, d.flagCount])).toEqual([
      ["Beta report", 4, 0],
      ["Alpha report", 5, 2],
    ]);
    const doc = await getDocument(ids["Alpha report"], t.client);
    expect(doc?.claims.map((c) => doc.text.slice(c.start, c.end))).toEqual(docA.map((s) => s.sentence));
    expect(doc?.claims.map((c) => c.flag)).toEqual(["conflict", null, null, "conflict", null]);
    expect(await getDocument("missing", t.client)).toBeNull();
  });
});
