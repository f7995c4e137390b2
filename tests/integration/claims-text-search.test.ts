import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { gate } from "@/lib/auth/require";
import { listClaims } from "@/lib/claims/data";
import { editClaim } from "@/lib/claims/edit";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { claimsWhereSql } from "@/lib/claims/sql/filter";
import { selectClaimsPage } from "@/lib/claims/sql/select";
import { textLikeCondition } from "@/lib/claims/text-search";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { resolveDatabase } from "@/lib/db/url";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { streamClaimRows } from "@/lib/export/stream";
import { Params } from "@/lib/export/stream-sql";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Re-extraction runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const specs: ClaimSpec[] = [
  { sentence: "Over 800 fighters crossed, sources said.", source: "Independent sources", kind: "anonymous" },
  { sentence: "Turnout rose 50% in the capital, officials said.", source: "Electoral board", kind: "official" },
  { sentence: "The file was named snake_case_report by the ministry.", source: "Ministry of Interior" },
  { sentence: "A path like C:\\temp was cited.", source: "IT desk" },
  { sentence: "The MINISTER said the Minister had said nothing.", source: "minister's office" },
  { sentence: "Die École wurde geschlossen, sagte die Stadt.", source: "Stadt Zürich", kind: "official" },
  { sentence: 'He said "quoted words" twice.', source: "Ana O'Neil" },
  { sentence: "Police made over 2,200 arrests, monitors said.", source: "Monitors" },
  { sentence: "Some 1500 people fled, the agency said.", source: "Relief agency" },
  // No attribution the extractor finds: re-extraction removes this claim.
  { sentence: "Zebras quintessentially vanished overnight.", source: "Zookeeper Quill" },
];

// 1, 2 and 3+ characters, mixed case, LIKE wildcards and escape, quotes, non-ASCII, no match.
const queries = [
  "s",
  "Z",
  "%",
  "_",
  "50",
  "0%",
  "e_c",
  "said",
  "SAID",
  "MiNiStEr",
  "50%",
  "snake_case",
  "50_",
  "ke_ca",
  "C:\\temp",
  "\\",
  '"quoted',
  "O'Neil",
  "école",
  "École",
  "zürich",
  "quintessential",
  "crossed, sources",
  "nothing-here-xyz",
  "2200",
  "2,200",
  "1500",
  "1,500",
  "220",
];

const parse = (q: Record<string, string>) => claimsQuerySchema.parse({ pageSize: "200", ...q });

describe.each(databaseLegs())("claims text filter (q) on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let documentId = "";
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    documentId = newId();
    const { text, extraction } = makeExtraction(documentId, specs);
    await insertExtractedDocument(
      { id: documentId, text, sha256: contentHash(text), title: "Mixed" },
      extraction,
      t.client,
    );
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  /** The old semantics: the plain LIKE/ILIKE scan, without any index. */
  async function likeIds(q: string): Promise<string[]> {
    const params = new Params(leg);
    const cond = textLikeCondition(q, leg)
      .map((p) => (typeof p === "string" ? p : params.add(p.value)))
      .join("");
    const rows = await t.client.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT c."id" FROM "Claim" c WHERE ${cond} ORDER BY c."id"`,
      ...params.values,
    );
    return rows.map((r) => r.id);
  }

  /** The table page (and REST keyset: same builder) and the export, which build the filter separately. */
  async function filteredIds(q: string): Promise<string[]> {
    const page = await listClaims(parse({ q }), {}, t.client);
    const exported: string[] = [];
    for await (const row of streamClaimRows(parse({ q }), { target: resolveDatabase(t.url) })) exported.push(row.id);
    const ids = page.rows.map((r) => r.id).sort();
    expect([...exported].sort()).toEqual(ids);
    expect(page.total).toBe(ids.length);
    return ids;
  }

  /** SQLite: the FTS5 index agrees with the Claim rows (fails with SQLITE_CORRUPT_VTAB when a trigger missed one). */
  async function expectIndexInSync(): Promise<void> {
    if (leg !== "sqlite") return;
    await t.client.$executeRawUnsafe(`INSERT INTO "ClaimSearch"("ClaimSearch", "rank") VALUES ('integrity-check', 1)`);
  }

  it("keeps the SQLite index in sync with rows inserted by the raw bulk path and uses it", async () => {
    await expectIndexInSync();
    if (leg !== "sqlite") return;
    const plan = await t.client.$queryRawUnsafe<Array<{ detail: string }>>(
      `EXPLAIN QUERY PLAN SELECT c."id" FROM "Claim" c WHERE c."rowid" IN (SELECT "rowid" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH '"said"')`,
    );
    expect(plan.map((r) => r.detail).join("\n")).toMatch(/ClaimSearch VIRTUAL TABLE/);
  });

  it("returns the same claims as the plain substring scan for every query", async () => {
    for (const q of queries) expect({ q, ids: await filteredIds(q) }).toEqual({ q, ids: await likeIds(q) });
  });

  it("matches ASCII case-insensitively and treats % _ \\ literally", async () => {
    const texts = async (q: string) => (await listClaims(parse({ q }), {}, t.client)).rows.map((r) => r.text).sort();
    expect(await texts("MiNiStEr")).toEqual(await texts("minister"));
    expect((await texts("MiNiStEr")).length).toBeGreaterThan(0);
    expect(await texts("50%")).toEqual([expect.stringContaining("50%")]);
    expect(await texts("0%")).toEqual([expect.stringContaining("50%")]);
    expect(await texts("e_c")).toEqual([expect.stringContaining("snake_case")]);
    expect(await texts("C:\\temp")).toEqual([expect.stringContaining("C:\\temp")]);
    expect(await texts("nothing-here-xyz")).toEqual([]);
  });

  it("finds a figure however it is grouped: 2200 finds 2,200 and 1,500 finds 1500", async () => {
    const texts = async (q: string) => (await listClaims(parse({ q }), {}, t.client)).rows.map((r) => r.text);
    expect(await texts("2200")).toEqual([expect.stringContaining("over 2,200 arrests")]);
    expect(await texts("2,200")).toEqual([expect.stringContaining("over 2,200 arrests")]);
    expect(await texts("1,500")).toEqual([expect.stringContaining("Some 1500 people")]);
    expect(await texts("22,00")).toEqual([]);
  });

  it("finds a claim by its corrected text and no longer by the old one", async () => {
    // The label keeps the sentence's first 40 characters: "ials said" is only in the text.
    const claim = await t.client.claim.findFirstOrThrow({ where: { text: { contains: "officials said" } } });
    expect(await filteredIds("ials said")).toEqual([claim.id]);
    const result = await editClaim(
      await actorOf(gate(editor.headers, "researcher")),
      {
        claimId: claim.id,
        version: claim.version,
        text: "Turnout rose 50% in the capital, militiamen noted.",
      },
      t.client,
    );
    expect(result.ok).toBe(true);
    expect(await filteredIds("ials said")).toEqual([]);
    expect(await filteredIds("MILITIAMEN")).toEqual([claim.id]);
    expect(await filteredIds("militiamen")).toEqual(await likeIds("militiamen"));
    await expectIndexInSync();
  });

  it("pages of one claim each: the total and every page agree with the scan, with or without a status filter", async () => {
    // pageSize 1 keeps every page full, so the total is the count query's (on SQLite with q alone: counted in the
    // trigram index), not the length of a last page.
    const disputed = (await likeIds("said")).slice(0, 2);
    for (const id of disputed) await t.client.claim.update({ where: { id }, data: { status: "disputed" } });
    for (const q of ["said", "SAID", "minister", "50%", "école", "nothing-here-xyz"]) {
      for (const status of [undefined, "disputed"]) {
        const expected = (await likeIds(q)).filter((id) => status === undefined || disputed.includes(id));
        const first = await listClaims(parse({ q, pageSize: "1", ...(status ? { status } : {}) }), {}, t.client);
        expect({ q, status, total: first.total }).toEqual({ q, status, total: expected.length });
        const seen: string[] = [];
        for (let page = 1; page <= expected.length; page++) {
          const one = await listClaims(
            parse({ q, pageSize: "1", page: String(page), ...(status ? { status } : {}) }),
            {},
            t.client,
          );
          seen.push(...one.rows.map((r) => r.id));
        }
        expect({ q, status, ids: seen.sort() }).toEqual({ q, status, ids: expected });
      }
    }
  });

  it("the sort-index walk (SQLite, dense matches) returns the same page as the filter's index", async () => {
    const filter = {
      documentIds: [],
      statuses: ["unverified"],
      flagRanks: [],
      crossFlagRanks: [],
      sources: [],
      q: "said",
    };
    for (const sort of [
      [
        { column: "documentId", dir: "asc" as const },
        { column: "position", dir: "asc" as const },
      ],
      [
        { column: "sortText", dir: "desc" as const },
        { column: "id", dir: "desc" as const },
      ],
    ]) {
      for (const offset of [0, 1, 2]) {
        const plain = await selectClaimsPage(claimsWhereSql(filter, leg === "postgres"), sort, 2, offset, t.client);
        const walked = await selectClaimsPage(
          claimsWhereSql(filter, leg === "postgres", undefined, { walkSortIndex: true }),
          sort,
          2,
          offset,
          t.client,
        );
        expect(walked.map((r) => r.id)).toEqual(plain.map((r) => r.id));
      }
    }
    if (leg === "sqlite") {
      const sql = claimsWhereSql(filter, false, undefined, { walkSortIndex: true });
      expect(sql.sql).toContain('+c."status" IN');
    }
  });

  it("stops finding claims that re-extraction removed", async () => {
    const [gone] = await likeIds("quintessential");
    expect(gone).toBeDefined();
    expect(await filteredIds("quintessential")).toEqual([gone]);
    await reextractDocument(documentId, t.client);
    expect(await t.client.claim.findUnique({ where: { id: gone } })).toBeNull();
    expect(await filteredIds("quintessential")).toEqual([]);
    expect(await filteredIds("Quill")).toEqual(await likeIds("Quill"));
    for (const q of queries) expect({ q, ids: await filteredIds(q) }).toEqual({ q, ids: await likeIds(q) });
    await expectIndexInSync();
  });
});
