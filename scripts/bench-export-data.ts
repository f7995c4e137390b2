/**
 * Builds the export benchmark's database: real analysed articles (the reference article and ECB+ news from
 * tests/fixtures/bench) ingested through the normal path, then copied in SQL, doubling documents, claims,
 * quantities and groups until there are `rows` claims, trimmed to exactly that many. Copies get fresh ids and content
 * hashes; sources are shared, as they are across real articles. The same SQL runs on SQLite and PostgreSQL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Db, db } from "../lib/db/client.ts";
import { ingestDocument } from "../lib/documents/mutations.ts";

const root = path.resolve(import.meta.dirname, "..");
const BASE_ARTICLES = 60;

const copies: Record<string, { columns: string[]; renamed: Record<string, string> }> = {
  Document: {
    columns: [
      "id",
      "title",
      "outlet",
      "url",
      "publishedAt",
      "text",
      "sha256",
      "language",
      "extractorVersion",
      "createdById",
      "createdAt",
      "claimCount",
      "flagCount",
    ],
    renamed: { id: `"id" || $S`, title: `"title" || ' (copy ' || $G || ')'`, sha256: `"sha256" || $S` },
  },
  QuantityGroup: {
    columns: [
      "id",
      "documentId",
      "key",
      "concept",
      "unit",
      "verdict",
      "explanation",
      "spread",
      "decision",
      "decidedById",
      "decidedAt",
      "createdAt",
    ],
    renamed: { id: `"id" || $S`, documentId: `"documentId" || $S` },
  },
  Claim: {
    columns: [
      "id",
      "documentId",
      "sourceId",
      "key",
      "position",
      "sentenceStart",
      "sentenceEnd",
      "start",
      "end",
      "text",
      "label",
      "kind",
      "cueStart",
      "cueEnd",
      "cueText",
      "status",
      "version",
      "createdAt",
      "updatedAt",
      "sortValue",
      "sortUnit",
      "sortText",
      "sourceName",
      "sourceKind",
      "documentTitle",
      "flagRank",
      "groupId",
    ],
    renamed: {
      id: `"id" || $S`,
      documentId: `"documentId" || $S`,
      groupId: `"groupId" || $S`,
      documentTitle: `"documentTitle" || ' (copy ' || $G || ')'`,
    },
  },
  Quantity: {
    columns: [
      "id",
      "documentId",
      "claimId",
      "ordinal",
      "text",
      "start",
      "end",
      "value",
      "low",
      "high",
      "modifier",
      "of",
      "unit",
      "concept",
    ],
    renamed: { id: `"id" || $S`, documentId: `"documentId" || $S`, claimId: `"claimId" || $S` },
  },
  QuantityGroupMember: {
    columns: ["groupId", "quantityId"],
    renamed: { groupId: `"groupId" || $S`, quantityId: `"quantityId" || $S` },
  },
};

function copySql(table: string, generation: number): string {
  const { columns, renamed } = copies[table];
  const select = columns.map((c) =>
    (renamed[c] ?? `"${c}"`).replaceAll("$S", `'~${generation}'`).replaceAll("$G", `'${generation}'`),
  );
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select.join(", ")} FROM "${table}"`;
}

/**
 * Fills an empty, migrated database with exactly `rows` claims. Returns the number of claims.
 *
 * @example
 * await fillBenchDatabase(1_000_000, console.log, createDb(resolveDatabase("file:./tmp/bench.db")))
 */
export async function fillBenchDatabase(
  rows: number,
  log: (line: string) => void,
  database: Db = db(),
): Promise<number> {
  if ((await database.claim.count()) === 0) {
    const reference = readFileSync(path.join(root, "tests/fixtures/iran-militias.txt"), "utf8");
    await ingestDocument({ text: reference, title: "Reference article", publishedAt: "2026-01-15" }, database);
    const corpus = readFileSync(path.join(root, "tests/fixtures/bench/ecbplus-1mb.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean);
    for (const line of corpus.slice(0, BASE_ARTICLES)) {
      const doc = JSON.parse(line) as { id: string; text: string };
      await ingestDocument({ text: doc.text, title: doc.id.replace(/\.txt$/, "") }, database);
    }
    // Some editors' work, so status and flag columns are not all defaults.
    await database.$executeRawUnsafe(`UPDATE "Claim" SET "status" = 'disputed', "version" = 2 WHERE "flagRank" = 2`);
    await database.$executeRawUnsafe(
      `UPDATE "Claim" SET "status" = 'corroborated', "version" = 2 WHERE "position" = 1`,
    );
    log(`base: ${await database.claim.count()} claims from ${await database.document.count()} analysed articles`);
  }
  let count = await database.claim.count();
  for (let generation = 1; count < rows; generation++) {
    for (const table of ["Document", "QuantityGroup", "Claim", "Quantity", "QuantityGroupMember"]) {
      await database.$executeRawUnsafe(copySql(table, generation));
    }
    count = await database.claim.count();
    log(`copy ${generation}: ${count} claims`);
  }
  if (count > rows) {
    const excess = `SELECT "id" FROM "Claim" ORDER BY "id" DESC LIMIT ${count - rows}`;
    await database.$executeRawUnsafe(
      `DELETE FROM "QuantityGroupMember" WHERE "quantityId" IN (SELECT "id" FROM "Quantity" WHERE "claimId" IN (${excess}))`,
    );
    await database.$executeRawUnsafe(`DELETE FROM "Quantity" WHERE "claimId" IN (${excess})`);
    await database.$executeRawUnsafe(`DELETE FROM "Claim" WHERE "id" IN (${excess})`);
    count = await database.claim.count();
  }
  return count;
}
