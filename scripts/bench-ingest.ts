/**
 * Bulk ingest against extraction alone, in one run (issue 15):
 *
 *   npm run bench:ingest -- --docs 2000                      # SQLite files under tmp/
 *   npm run bench:ingest -- --docs 2000 --postgres postgresql://postgres@127.0.0.1:55432/postgres
 *   npm run bench:ingest -- --docs 500 --stored 100000       # documents/s with 100,000 claims already stored
 *
 * The documents are real news: the ECB+ texts of tests/fixtures/bench/ecbplus-1mb.jsonl, repeated with a copy marker
 * (so each has its own content hash) and distinct titles. Measured, each on a fresh database:
 *   1. analyze() alone over every text on this thread (the baseline: one core, no database);
 *   2. the batch path (lib/documents/batch.ts) with a one-thread pool, and with one thread per core;
 *   3. the interactive path (ingestDocument, one document at a time) on the first --one-by-one documents;
 *   4. an ingest job of the first --job documents drained by the job code (lib/jobs/run.ts), claiming one item at a
 *      time (CLAIMTRACK_JOB_BATCH=1) and in batches of the default size, one after the other in this run.
 * With --stored N the database is first filled to N claims (scripts/load-claims.ts) and the batch path is timed on
 * top of it, to show whether the cost per document grows with the database.
 * With --warm N every extracting thread (this one for analyze() alone, each pool thread for the batch path) first
 * reads N other texts, untimed: the steady state of a long archive ingest rather than V8's warm-up of each thread.
 * With --statements (SQLite) the time better-sqlite3 spends running statements on the writer's thread during each
 * batch run is summed and printed: the part of the write path no client-side change removes (the claims table's
 * indexes and its FTS5 trigram index, ADR 008), and with it the floor of the batch path on this machine's cores; the
 * same documents are then extracted on the pool alone (no database), and the pool's CPU plus the statements' is the
 * CPU floor of the batch path, as a multiple of analyze() alone's.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { Client } from "pg";
import { analyze } from "@/lib/analysis/analyze";
import { createDb, type Db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import { inBatchesOf, ingestInBatches } from "@/lib/documents/batch";
import { ingestDocument } from "@/lib/documents/mutations";
import { jobBatch, workerId } from "@/lib/jobs/claim";
import { createIngestJob } from "@/lib/jobs/create";
import { drainJob } from "@/lib/jobs/run";
import { analyseBatchInPool, closeExtractPool, warmExtractPool } from "@/lib/workers/extract-pool";
import { loadClaims } from "./load-claims.ts";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "2000" },
    "one-by-one": { type: "string", default: "200" },
    job: { type: "string", default: "0" },
    stored: { type: "string", default: "0" },
    postgres: { type: "string" },
    "batch-size": { type: "string", default: "100" },
    "skip-one-thread": { type: "boolean", default: false },
    statements: { type: "boolean", default: false },
    warm: { type: "string", default: "0" },
  },
});
const DOCS = Number(values.docs);
const ONE_BY_ONE = Math.min(Number(values["one-by-one"]), DOCS);
const STORED = Number(values.stored);
const JOB = Math.min(Number(values.job), DOCS);
const WARM = Number(values.warm);
const BATCH = Number(values["batch-size"]);
const root = path.resolve(import.meta.dirname, "..");

function corpus(n: number): Array<{ text: string; title: string; publishedAt: string }> {
  const texts = readFileSync(path.join(root, "tests/fixtures/bench/ecbplus-1mb.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return Array.from({ length: n }, (_, i) => {
    const copy = Math.floor(i / texts.length);
    // An archive spans time: three documents a day, so cross-document buckets (concept x week) stay news-sized.
    const publishedAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    return { text: `${texts[i % texts.length]}\n\n[Copy ${copy}]`, title: `Bench ${i} (copy ${copy})`, publishedAt };
  });
}

let fresh = 0;
async function freshDatabase(): Promise<{ database: Db; drop: () => Promise<void> }> {
  fresh += 1;
  if (values.postgres) {
    const name = `claimtrack_bench_${process.pid}_${fresh}`;
    const admin = new Client({ connectionString: values.postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(values.postgres);
    url.pathname = `/${name}`;
    const target = resolveDatabase(url.toString());
    await migrateDatabase(target);
    const database = createDb(target);
    return {
      database,
      drop: async () => {
        await database.$disconnect();
        const a = new Client({ connectionString: values.postgres });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  mkdirSync(path.join(root, "tmp"), { recursive: true });
  const file = path.join(root, `tmp/bench-ingest-${process.pid}-${fresh}.db`);
  const target = resolveDatabase(`file:${file}`);
  await migrateDatabase(target);
  const database = createDb(target);
  return {
    database,
    drop: async () => {
      await database.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * CPU seconds by thread of this process, from /proc (Linux; empty elsewhere): a measure other work on the machine
 * does not inflate the way it inflates wall time. The threads are this one (tid = pid), the pool's, and V8's own
 * (garbage collection, compilation); a PostgreSQL server's work is not in it.
 */
function threadCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  try {
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks of 10 ms
    }
  } catch {
    // Not Linux, or a thread ended while being read: what was read stands.
  }
  return cpu;
}

/** CPU used since `before`: on this thread and on all the others. */
function cpuSince(before: Map<string, number>): { self: number; others: number } {
  let self = 0;
  let others = 0;
  for (const [tid, s] of threadCpu()) {
    const used = s - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) self += used;
    else others += used;
  }
  return { self, others };
}

const cpuLine = (cpu: { self: number; others: number }, base?: { self: number; others: number }) =>
  cpu.self + cpu.others === 0
    ? ""
    : `  CPU ${(cpu.self + cpu.others).toFixed(1)} s: this thread ${cpu.self.toFixed(1)} s, other threads ${cpu.others.toFixed(1)} s` +
      (base ? ` = ${((cpu.self + cpu.others) / (base.self + base.others)).toFixed(2)}x analyze() alone's CPU` : "");

/** Milliseconds better-sqlite3 spent running statements on this thread since the last reset (--statements only). */
const statementTime = { ms: 0 };
if (values.statements && !values.postgres) timeStatements();

/** Wraps better-sqlite3's statements so that each run/all/get/iterate adds its time to statementTime. */
function timeStatements(): void {
  type Statement = Record<string, unknown>;
  const proto = Database.prototype as unknown as { prepare: (sql: string) => Statement };
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql);
    for (const method of ["run", "all", "get", "iterate"]) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          statementTime.ms += performance.now() - started;
        }
      };
    }
    return statement;
  };
}

async function batchRun(
  docs: Array<{ text: string; title: string; publishedAt: string }>,
  threads: number,
  stored = 0,
) {
  await closeExtractPool();
  process.env.CLAIMTRACK_EXTRACT_THREADS = String(threads);
  const { database, drop } = await freshDatabase();
  try {
    if (stored > 0) await loadClaims(stored, () => {}, database);
    // The pool's threads start and load the extractor before the clock starts, as analyze() alone is timed after its
    // model is loaded; the start-up is reported on its own.
    const warming = performance.now();
    await warmExtractPool();
    // --warm: the pool's threads extract the warm-up texts first, as analyze() alone does on this thread (below).
    for (const batch of inBatchesOf(warmDocs, BATCH)) {
      await analyseBatchInPool(
        batch.map((d, i) => ({
          input: { id: `warm${i}`, text: d.text },
          event: { id: `warm${i}`, text: d.text, title: d.title, publishedAt: d.publishedAt },
        })),
      );
    }
    const startup = seconds(warming);
    statementTime.ms = 0;
    const cpuBefore = threadCpu();
    const started = performance.now();
    const outcomes = await ingestInBatches(inBatchesOf(docs, BATCH), undefined, database);
    const s = seconds(started);
    const cpu = cpuSince(cpuBefore);
    const statements = statementTime.ms / 1000;
    const claims = outcomes.reduce((n, o) => n + (o.status === "created" ? o.claimCount : 0), 0);
    const failed = outcomes.filter((o) => o.status === "failed").length;
    if (failed > 0) throw new Error(`${failed} documents failed`);
    return { s, claims, startup, statements, cpu };
  } finally {
    await drop();
  }
}

/**
 * Extraction alone on a pool of `threads` (no database): what the batch path's extraction costs in CPU, every thread
 * compiling the extractor for itself (--statements only: with the statements' time it bounds the batch path below).
 */
async function poolRun(docs: Array<{ text: string; title: string; publishedAt: string }>, threads: number) {
  await closeExtractPool();
  process.env.CLAIMTRACK_EXTRACT_THREADS = String(threads);
  await warmExtractPool();
  const items = (list: typeof docs, prefix: string) =>
    list.map((d, i) => ({
      input: { id: `${prefix}${i}`, text: d.text },
      event: { id: `${prefix}${i}`, text: d.text, title: d.title, publishedAt: d.publishedAt },
    }));
  for (const batch of inBatchesOf(warmDocs, BATCH)) await analyseBatchInPool(items(batch, "warm"));
  const cpuBefore = threadCpu();
  const started = performance.now();
  for (const batch of inBatchesOf(docs, BATCH)) await analyseBatchInPool(items(batch, "p"));
  return { s: seconds(started), cpu: cpuSince(cpuBefore) };
}

const docs = corpus(DOCS);
/**
 * --warm N: N more texts that analyze() alone and every extraction thread read before their clocks start. V8 compiles
 * the extractor's hot code per thread as it runs (each isolate on its own), so without it the first few hundred
 * documents of a run cost up to twice their CPU, once for analyze() alone and once per pool thread; an archive of
 * 100,000 articles runs warm. The writer's thread is not warmed (its cost stays in the ingest's time).
 */
const warmDocs = corpus(DOCS + WARM)
  .slice(DOCS)
  .map((d) => ({ ...d, text: d.text.replace(/\[Copy (\d+)\]$/, "[Warm-up $1]") }));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
console.log(
  `${DOCS} documents (${Math.round(words / 1000)}k words) on ${values.postgres ? "PostgreSQL" : "SQLite"}, ` +
    `${availableParallelism()} cores, batches of ${BATCH}` +
    (WARM > 0 ? `, extraction warmed on ${WARM} other texts on every thread before its clock` : ""),
);

// Warm the extractor (model load; with --warm, the warm-up texts) before timing it.
analyze({ id: "warm", text: docs[0].text });
for (const [i, d] of warmDocs.entries()) analyze({ id: `warm${i}`, text: d.text });
const extractCpuBefore = threadCpu();
let started = performance.now();
let extractedClaims = 0;
for (const [i, d] of docs.entries()) extractedClaims += analyze({ id: `b${i}`, text: d.text }).claims.length;
const extractS = seconds(started);
const extractCpu = cpuSince(extractCpuBefore);
console.log(
  `analyze() alone, this thread:      ${extractS.toFixed(1)} s  ${(DOCS / extractS).toFixed(0)} docs/s  ${(extractedClaims / extractS).toFixed(0)} claims/s`,
);
console.log(cpuLine(extractCpu));

const one = values["skip-one-thread"] ? null : await batchRun(docs, 1);
if (one)
  console.log(
    `batch ingest, 1 extraction thread: ${one.s.toFixed(1)} s  ${(DOCS / one.s).toFixed(0)} docs/s  ${(one.claims / one.s).toFixed(0)} claims/s  = ${(one.s / extractS).toFixed(2)}x extract alone (pool start-up before it: ${one.startup.toFixed(1)} s)\n${cpuLine(one.cpu, extractCpu)}`,
  );
const cores = availableParallelism();
const all = await batchRun(docs, cores);
console.log(
  `batch ingest, ${cores} extraction threads: ${all.s.toFixed(1)} s  ${(DOCS / all.s).toFixed(0)} docs/s  ${(all.claims / all.s).toFixed(0)} claims/s  = ${(all.s / extractS).toFixed(2)}x extract alone (pool start-up before it: ${all.startup.toFixed(1)} s)\n${cpuLine(all.cpu, extractCpu)}`,
);
if (values.statements && !values.postgres) {
  // Extraction (extractS of CPU) and the statements alone (all.statements, on the writer's thread) share the cores:
  // even a writer doing nothing else could not finish before max(statements, (extract + statements) / cores).
  const floor = Math.max(all.statements, (extractS + all.statements) / cores);
  console.log(
    `  of which SQLite statements on the writer's thread: ${all.statements.toFixed(1)} s = ${(all.statements / extractS).toFixed(2)}x extract alone; ` +
      `floor with no other writer work on ${cores} cores: ${(floor / extractS).toFixed(2)}x extract alone`,
  );
  // The same floor from CPU seconds, with the pool's real extraction cost (each thread's own JIT warm-up, its GC)
  // instead of analyze() alone's: no overlap of threads can finish the batch path before (pool + statements) / cores.
  const pool = await poolRun(docs, cores);
  const poolCpu = pool.cpu.self + pool.cpu.others;
  const base = extractCpu.self + extractCpu.others;
  console.log(
    `extraction alone on the ${cores}-thread pool (no database): ${pool.s.toFixed(1)} s, CPU ${poolCpu.toFixed(1)} s = ${(poolCpu / base).toFixed(2)}x analyze() alone's CPU\n` +
      `  CPU floor of the batch path = pool + statements = ${(poolCpu + all.statements).toFixed(1)} s = ` +
      `${((poolCpu + all.statements) / base).toFixed(2)}x analyze() alone's CPU (under ${cores}.00x is needed to beat it on ${cores} cores)`,
  );
}

if (ONE_BY_ONE > 0) {
  await closeExtractPool();
  process.env.CLAIMTRACK_EXTRACT_THREADS = String(cores);
  const { database, drop } = await freshDatabase();
  try {
    started = performance.now();
    let claims = 0;
    for (const d of docs.slice(0, ONE_BY_ONE)) claims += (await ingestDocument(d, database)).claimCount;
    const s = seconds(started);
    console.log(
      `one at a time (ingestDocument), first ${ONE_BY_ONE}: ${s.toFixed(1)} s  ${(ONE_BY_ONE / s).toFixed(1)} docs/s  ${(claims / s).toFixed(0)} claims/s`,
    );
  } finally {
    await drop();
  }
}

if (JOB > 0) {
  await closeExtractPool();
  process.env.CLAIMTRACK_EXTRACT_THREADS = String(cores);
  await warmExtractPool();
  const items = docs.slice(0, JOB).map((d, i) => ({ name: `doc-${i}.txt`, ...d }));
  const rates: number[] = [];
  for (const batch of ["1", undefined]) {
    if (batch) process.env.CLAIMTRACK_JOB_BATCH = batch;
    else delete process.env.CLAIMTRACK_JOB_BATCH;
    const { database, drop } = await freshDatabase();
    try {
      const jobId = await createIngestJob({ items }, database);
      started = performance.now();
      const done = await drainJob(workerId(), jobId, undefined, database);
      const s = seconds(started);
      if (done !== JOB) throw new Error(`the job did ${done} of ${JOB} items`);
      rates.push(JOB / s);
      console.log(
        `ingest job of ${JOB}, ${jobBatch()} item(s) per batch: ${s.toFixed(1)} s  ${(JOB / s).toFixed(1)} docs/s` +
          (rates.length > 1 ? `  (${(rates[1] / rates[0]).toFixed(2)}x one item at a time)` : ""),
      );
    } finally {
      await drop();
    }
  }
}

if (STORED > 0) {
  const onTop = await batchRun(docs, cores, STORED);
  // The load takes minutes, and the machine's other work changes meanwhile: the empty database is timed again right
  // after, and the ratio is taken against the two empty runs' mean.
  const again = await batchRun(docs, cores);
  const empty = (all.s + again.s) / 2;
  console.log(
    `batch ingest on ${STORED.toLocaleString("en")} stored claims: ${onTop.s.toFixed(1)} s  ${(DOCS / onTop.s).toFixed(0)} docs/s  ` +
      `(${(onTop.s / empty).toFixed(2)}x the empty database: ${all.s.toFixed(1)} s before, ${again.s.toFixed(1)} s after)`,
  );
}
await closeExtractPool();
