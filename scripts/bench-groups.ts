/**
 * `npm run bench:groups`: time to update the cross-document groups when one document is added to a database of
 * --claims (default 100,000) real-text claims. Fills DATABASE_URL (default file:./data/bench-groups.db) with
 * scripts/load-claims.ts if needed, spreads the loaded documents' publication times over a year (a newsroom's claims
 * accumulate over months; load-claims stores none), builds all groups once (backfillGroups), then ingests --runs
 * new real articles into the busiest week and times regroupDocument — the incremental update: the document's event
 * (against its candidate events only) and its event's groups — and the whole ingest.
 *
 *   npm run bench:groups
 *   DATABASE_URL=file:./data/bench-groups.db npm run bench:groups -- --claims 100000 --runs 5
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "@/lib/analysis/analyze";
import { WINDOW_MS } from "@/lib/compare/cross";
import { createDb } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { backfillGroups } from "@/lib/groups/backfill";
import { regroupDocument } from "@/lib/groups/mutations";
import { loadClaims } from "./load-claims.ts";

const TARGET_MS = 1000;
const YEAR_START = Date.parse("2025-01-01T00:00:00Z");
const DAY = 24 * 3600 * 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { claims: { type: "string", default: "100000" }, runs: { type: "string", default: "5" } },
  });
  process.env.DATABASE_URL ??= "file:./data/bench-groups.db";
  const target = resolveDatabase();
  migrateDatabase(target);
  const database = createDb(target);
  try {
    const added = await loadClaims(Number(values.claims), (n) => console.log(`loaded ${n} claims`), database);
    if (added > 0) console.log(`bench:groups: loaded ${added} claims`);
    await spreadPublicationTimes(database);
    if ((await database.quantityGroup.count({ where: { documentId: null } })) === 0) {
      const t = performance.now();
      const n = await backfillGroups(undefined, database);
      console.log(
        `bench:groups: backfill built ${n} cross-document groups in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    const claims = await database.claim.count();
    const groups = await database.quantityGroup.count({ where: { documentId: null } });
    const events = await database.event.count();
    const documents = await database.document.count();
    const week = await busiestWeek(database);
    console.log(
      `database: ${claims} claims in ${documents} documents, ${events} events, ${groups} cross-document groups; ` +
        `new documents go to week ${week}`,
    );
    const articles = readFileSync(
      path.resolve(import.meta.dirname, "../tests/fixtures/bench/ecbplus-1mb.jsonl"),
      "utf8",
    )
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .filter((t) => /\b(killed|dead|died|injured)\b/.test(t));
    const runs = Number(values.runs);
    const regroup: number[] = [];
    /** CPU time of this process: on a shared machine wall time also counts waiting for a core. */
    const regroupCpu: number[] = [];
    const ingest: number[] = [];
    const stamp = Date.now();
    for (let i = 0; i < runs; i++) {
      const text = `${articles[i % articles.length]}\n\n[bench-groups ${stamp}-${i}]`;
      const publishedAt = new Date(week * WINDOW_MS + DAY * 2 + i * 3600_000).toISOString();
      // ingestDocument's steps, with the group update timed on its own: extract, store, then regroupDocument.
      let t = performance.now();
      const documentId = newId();
      const extraction = analyze({ id: documentId, text, publishedAt });
      await insertExtractedDocument(
        { id: documentId, text, sha256: contentHash(text), title: `bench-groups ${i}`, publishedAt },
        extraction,
        database,
      );
      const stored = performance.now() - t;
      t = performance.now();
      const cpu = process.cpuUsage();
      const result = await regroupDocument(documentId, database);
      regroup.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      regroupCpu.push((used.user + used.system) / 1000);
      ingest.push(stored + regroup[i]);
      console.log(
        `run ${i + 1}: ingest (extract + store + group) ${ingest[i].toFixed(0)} ms; regroupDocument ${regroup[i].toFixed(0)} ms wall, ` +
          `${regroupCpu[i].toFixed(0)} ms CPU ` +
          `(${result.eventCandidates} candidate events, ${result.candidates} stored figures compared, ` +
          `${result.groupIds.length} groups in its event's buckets)`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const verdict = median(regroup) < TARGET_MS ? "PASS" : "FAIL";
    console.log(
      `bench:groups: median regroupDocument ${median(regroup).toFixed(0)} ms wall (${median(regroupCpu).toFixed(0)} ms CPU, ` +
        `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores), median whole ingest ${median(ingest).toFixed(0)} ms ` +
        `at ${claims} claims (target < ${TARGET_MS} ms for the group update): ${verdict}`,
    );
  } finally {
    await database.$disconnect();
  }
}

/** Documents without a publication time get one, spread evenly over 2025 in insertion order. */
async function spreadPublicationTimes(database: ReturnType<typeof createDb>): Promise<void> {
  const docs = await database.document.findMany({
    where: { publishedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (docs.length === 0) return;
  const step = (365 * DAY) / docs.length;
  await database.$transaction(async (tx) => {
    for (const [i, d] of docs.entries()) {
      await tx.document.update({ where: { id: d.id }, data: { publishedAt: new Date(YEAR_START + i * step) } });
    }
  });
  await database.quantityGroup.deleteMany({ where: { documentId: null } });
}

/** The calendar week (WINDOW_MS buckets) holding the most documents: where new documents meet the most candidates. */
async function busiestWeek(database: ReturnType<typeof createDb>): Promise<number> {
  const rows = await database.document.findMany({
    where: { publishedAt: { not: null } },
    select: { publishedAt: true },
  });
  const counts = new Map<number, number>();
  for (const r of rows) {
    const week = Math.floor((r.publishedAt as Date).getTime() / WINDOW_MS);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : Math.floor(Date.now() / WINDOW_MS);
}

await main();
