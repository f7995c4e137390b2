/**
 * Loads real-text claims into DATABASE_URL until it holds --claims N (default 100,000), for the scale benchmark.
 *
 *   DATABASE_URL=file:./data/bench.db npx tsx scripts/load-claims.ts --claims 100000
 *
 * The text is real news: the ECB+ articles in tests/fixtures/bench/ecbplus-1mb.jsonl and the reference article.
 * Each article is extracted once; copies are stored with distinct titles (and a copy marker appended to the text, so
 * each copy has its own content hash) through the same insert path as ingest. Statuses are then spread
 * deterministically over the claims so status filters select realistic fractions.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "@/lib/analysis/analyze";
import { createDb, type Db, db, providerOf } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import {
  contentHash,
  fallbackTitle,
  insertExtractedDocuments,
  type StoredDocumentInput,
} from "@/lib/documents/mutations";
import type { Extraction } from "@/lib/extract/schema";

const root = path.resolve(import.meta.dirname, "..");
/** One commit (and fsync) per 200 documents instead of per document: see insertExtractedDocuments. */
const DOCUMENTS_PER_TRANSACTION = 200;

interface Article {
  text: string;
  title: string;
  extraction: Extraction;
}

/** Reads and extracts the corpus once. */
export function loadCorpus(): Article[] {
  const jsonl = readFileSync(path.join(root, "tests/fixtures/bench/ecbplus-1mb.jsonl"), "utf8");
  const texts = jsonl
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  texts.unshift(readFileSync(path.join(root, "tests/fixtures/iran-militias.txt"), "utf8"));
  return texts
    .map((text, i) => ({ text, title: fallbackTitle(text), extraction: analyze({ id: `bench-${i}`, text }) }))
    .filter((a) => a.extraction.claims.length > 0);
}

/**
 * Inserts article copies until the database holds `target` claims; returns how many it added.
 *
 * @example
 * await loadClaims(100_000, (n) => console.log(n), createDb());
 */
export async function loadClaims(
  target: number,
  progress: (claims: number) => void,
  database: Db = db(),
): Promise<number> {
  let total = await database.claim.count();
  const start = total;
  if (total >= target) return 0;
  const corpus = loadCorpus();
  const copies = await database.document.count();
  let copy = copies;
  let lastReport = total;
  let batch: Array<{ doc: StoredDocumentInput; extraction: Extraction }> = [];
  const flush = async () => {
    await insertExtractedDocuments(batch, database);
    batch = [];
  };
  while (total < target) {
    for (const article of corpus) {
      if (total >= target) break;
      copy += 1;
      const text = `${article.text}\n\n[Load copy ${copy}]`;
      const doc = {
        id: newId(),
        text,
        sha256: contentHash(text),
        title: `${article.title} (copy ${copy})`,
        outlet: `Outlet ${copy % 37}`,
      };
      batch.push({ doc, extraction: article.extraction });
      total += article.extraction.claims.length;
      if (batch.length >= DOCUMENTS_PER_TRANSACTION) await flush();
      if (total - lastReport >= 10_000) {
        progress(total);
        lastReport = total;
      }
    }
  }
  await flush();
  await spreadStatuses(database);
  await refreshStatistics(database);
  return total - start;
}

/**
 * After a bulk load the planner's statistics are stale, and on PostgreSQL the visibility map is empty, so COUNT(*)
 * cannot be answered from the index alone until autovacuum runs. Do it now rather than benchmark the gap.
 */
async function refreshStatistics(database: Db): Promise<void> {
  if (providerOf(database) === "postgres") await database.$executeRawUnsafe(`VACUUM ANALYZE`);
  else await database.$queryRawUnsafe(`PRAGMA optimize`);
}

/** About 60% unverified, the rest spread over the other statuses, decided by position so it is repeatable. */
async function spreadStatuses(database: Db): Promise<void> {
  const plan: Array<[string, number]> = [
    ["corroborated", 1],
    ["disputed", 2],
    ["refuted", 3],
    ["needs-review", 4],
  ];
  for (const [status, remainder] of plan) {
    await database.$executeRawUnsafe(
      `UPDATE "Claim" SET "status" = '${status}' WHERE "status" = 'unverified' AND "position" % 10 = ${remainder}`,
    );
  }
  await database.$executeRawUnsafe(
    `UPDATE "Claim" SET "status" = 'retracted' WHERE "status" = 'unverified' AND "position" % 50 = 5`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { claims: { type: "string", default: "100000" } } });
  const target = Number(values.claims);
  const db = resolveDatabase();
  migrateDatabase(db);
  const database = createDb(db);
  const started = performance.now();
  try {
    const added = await loadClaims(
      target,
      (n) => {
        const s = (performance.now() - started) / 1000;
        console.log(`load-claims: ${n.toLocaleString("en-US")} claims (${s.toFixed(0)} s)`);
      },
      database,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load-claims: added ${added.toLocaleString("en-US")} claims in ${seconds.toFixed(1)} s` +
        (added > 0
          ? ` (${Math.round(added / seconds).toLocaleString("en-US")} claims/s incl. quantities and groups)`
          : ""),
    );
  } finally {
    await database.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
