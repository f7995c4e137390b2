/**
 * `npm run bench:export [-- --rows 1000000 --postgres postgresql://... --sqlite-file tmp/bench-export/claims.db]`
 * (`--prepare-only` builds the databases; `--skip-prepare` measures them as they are; `--writer [--rounds 9]` times
 * only the CSV record writer, in process, compiled from the column spec against loops over it: ADR 022)
 *
 * Exports `rows` claims to CSV with `claimtrack export` (a separate process, as a researcher runs it) and, in the
 * same run, the database's own dump of the same rows and columns as the baseline: `sqlite3 -csv` for SQLite and
 * `psql \copy ... TO STDOUT CSV` for PostgreSQL (when --postgres or BENCH_POSTGRES_URL names a server). Prints
 * rows/s, time to first byte and peak memory (VmHWM of the process, sampled from /proc) for each.
 * The databases are built once by scripts/bench-export-data.ts and reused while they hold exactly `rows` claims.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client.ts";
import { resolveDatabase } from "../lib/db/url.ts";
import { fillBenchDatabase } from "./bench-export-data.ts";
import { benchCsvWriter } from "./bench-export-writer.ts";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    "sqlite-file": { type: "string" },
    postgres: { type: "string", default: process.env.BENCH_POSTGRES_URL },
    sort: { type: "string", default: "position" },
    "skip-sqlite": { type: "boolean", default: false },
    "heap-mb": { type: "string", default: "128" },
    "prepare-only": { type: "boolean", default: false },
    // Measure the databases as they are (no migrate deploy, no fill): for a bench database already built.
    "skip-prepare": { type: "boolean", default: false },
    // Time the CSV record writer alone on the database's claims (scripts/bench-export-writer.ts, ADR 022).
    writer: { type: "boolean", default: false },
    rounds: { type: "string", default: "9" },
  },
});
const rows = Number(values.rows);

interface Run {
  label: string;
  seconds: number;
  firstByte: number;
  bytes: number;
  records: number;
  peakMb: number;
}

/** Runs a command with stdout piped and discarded; times it and samples its peak resident memory. */
function measure(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    let firstByte = 0;
    let bytes = 0;
    let records = 0;
    let peakKb = 0;
    let lastByte = -1;
    const sample = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, hwm);
      } catch {
        // The process has exited between samples.
      }
    }, 25);
    child.stdout.on("data", (chunk: Buffer) => {
      if (bytes === 0) firstByte = (performance.now() - started) / 1000;
      bytes += chunk.length;
      // Records end in CRLF in both writers; newlines inside claims are bare LF.
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
        const previous = i > 0 ? chunk[i - 1] : lastByte;
        if (previous === 13) records += 1;
      }
      lastByte = chunk[chunk.length - 1];
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${label} exited with ${code}`));
      resolve({
        label,
        seconds: (performance.now() - started) / 1000,
        firstByte,
        bytes,
        records: records - 1,
        peakMb: peakKb / 1024,
      });
    });
  });
}

/**
 * The columns of our CSV, in SQL: the baseline dumps the same rows with the same joins (document, source, first
 * quantity, group, the group's other figures with their sources, the sentence cut from the document text). Like our
 * CSV it lists the other figures only for flagged groups. Number and date formatting stay the database's own.
 */
function baselineSql(dialect: "sqlite" | "postgres"): string {
  const agg =
    dialect === "sqlite"
      ? "group_concat(q2.\"value\" || ' ' || c2.\"sourceName\", '; ')"
      : "string_agg(q2.\"value\" || ' ' || c2.\"sourceName\", '; ')";
  const substr =
    dialect === "sqlite"
      ? `substr(d."text", c."sentenceStart" + 1, c."sentenceEnd" - c."sentenceStart")`
      : `substr(d."text", c."sentenceStart" + 1, c."sentenceEnd" - c."sentenceStart")`;
  return `SELECT c."id", c."text", c."label", c."kind", q."value", q."low", q."high", q."modifier", q."of", q."unit", q."concept", q."text" AS quantity_text,
  s."name", s."kind" AS source_kind, c."status", g."verdict", g."explanation", g."decision",
  CASE WHEN g."verdict" IN ('conflict', 'soft') THEN (SELECT ${agg} FROM "QuantityGroupMember" m JOIN "Quantity" q2 ON q2."id" = m."quantityId" JOIN "Claim" c2 ON c2."id" = q2."claimId" WHERE m."groupId" = c."groupId" AND c2."id" <> c."id") END AS conflicts_with,
  d."id" AS document_id, d."title", d."outlet", d."url", d."publishedAt", c."position", c."start", c."end", ${substr} AS sentence, c."createdAt", c."updatedAt"
FROM "Claim" c
JOIN "Document" d ON d."id" = c."documentId"
JOIN "Source" s ON s."id" = c."sourceId"
LEFT JOIN "Quantity" q ON q."claimId" = c."id" AND q."ordinal" = 0
LEFT JOIN "QuantityGroup" g ON g."id" = c."groupId"
ORDER BY c."documentId", c."position", c."id"`;
}

async function prepare(url: string): Promise<void> {
  const target = resolveDatabase(url);
  if (target.provider === "sqlite") mkdirSync(path.dirname(target.file), { recursive: true });
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  const database = createDb(target);
  try {
    const started = performance.now();
    const count = await fillBenchDatabase(rows, (line) => console.log(`  ${line}`), database);
    console.log(`  ${count} claims ready (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    if (target.provider === "sqlite") await database.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    else await database.$executeRawUnsafe("VACUUM ANALYZE");
  } finally {
    await database.$disconnect();
  }
}

function report(ours: Run, baseline: Run, count: number): void {
  // sqlite3 ends CSV records with LF, our writer with CRLF: rows/s uses the database's count for both.
  for (const r of [baseline, ours]) {
    r.records = count;
    console.log(
      `  ${r.label.padEnd(22)} ${r.records.toLocaleString("en-US").padStart(10)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ` +
        `${Math.round(r.records / r.seconds)
          .toLocaleString("en-US")
          .padStart(9)} rows/s  first byte ${r.firstByte.toFixed(2)} s  ` +
        `${(r.bytes / 1e6).toFixed(0)} MB  peak RSS ${r.peakMb.toFixed(0)} MB`,
    );
  }
  const ratio = ours.seconds / baseline.seconds;
  // Both runs share the machine with whatever else runs: the load says how far the absolute figures can be trusted.
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`  load average ${load.join(" ")} (1/5/15 min) on ${availableParallelism()} cores`);
  console.log(
    `  ratio: ${ratio.toFixed(2)}x the baseline's time (target <= 2x); peak ${ours.peakMb.toFixed(0)} MB (target < 300 MB)`,
  );
}

async function bench(url: string, dialect: "sqlite" | "postgres"): Promise<void> {
  const action = values["skip-prepare"] ? "measuring the database as it is" : "preparing";
  console.log(`\n${dialect}: ${action}, ${rows.toLocaleString("en-US")} claims`);
  if (!values["skip-prepare"]) await prepare(url);
  if (values["prepare-only"]) return;
  if (values.writer) return benchCsvWriter(url, rows, Number(values.rounds));
  const baseline =
    dialect === "sqlite"
      ? await measure("sqlite3 -csv", "sqlite3", [
          "-csv",
          "-header",
          resolveDatabase(url).provider === "sqlite" ? (resolveDatabase(url) as { file: string }).file : "",
          baselineSql("sqlite"),
        ])
      : await measure("psql \\copy", "psql", [
          url,
          "-X",
          "-q",
          "-c",
          `\\copy (${baselineSql("postgres").replace(/\n/g, " ")}) TO STDOUT WITH CSV HEADER`,
        ]);
  // V8 grows its heap lazily when the machine has memory to spare (~460 MB resident here for garbage that a 128 MB
  // old space collects just as well): the cap shows the export's real working set. See docs/export.md.
  const args = [
    `--max-old-space-size=${values["heap-mb"]}`,
    "--import",
    "tsx",
    "cli/claimtrack.ts",
    "export",
    "--format",
    "csv",
    "--sort",
    values.sort,
  ];
  const ours = await measure("claimtrack export csv", process.execPath, args, { ...process.env, DATABASE_URL: url });
  report(ours, baseline, rows);
}

if (!values["skip-sqlite"]) {
  const file = values["sqlite-file"] ?? path.join(root, `tmp/bench-export/claims-${rows}.db`);
  if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
  await bench(`file:${path.resolve(file)}`, "sqlite");
}
if (values.postgres) await bench(values.postgres, "postgres");
else console.log("\npostgres: skipped (give --postgres URL or BENCH_POSTGRES_URL)");
