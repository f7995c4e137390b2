/**
 * Times the claims table's text filter (`q`) without and with its index (docs/decisions/008-claim-text-search.md),
 * in one run on one database: the index is dropped, the plain LIKE/ILIKE scan timed, the migration's SQL applied,
 * and the indexed condition timed. Each query is the table's count plus its first page (status filter + q, ordered
 * by claim text). Use a throwaway copy: it drops and recreates the index.
 *
 *   npx tsx scripts/bench-text-search.ts --url file:/tmp/copy-of-bench.db
 *   npx tsx scripts/bench-text-search.ts --url postgresql://postgres@127.0.0.1:5432/bench --explain
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { claimsWhereSql, piecesSql } from "@/lib/claims/sql/filter";
import { textLikeCondition, textSearchCondition } from "@/lib/claims/text-search";
import type { Dialect } from "@/lib/export/stream-sql";

const root = path.resolve(import.meta.dirname, "..");
const MIGRATION = "20261127140000_claim_text_search";
const QUERIES = ["minister", "Said", "percent", "zzqx", "ab"];
const RUNS = 7;

type Run = (sql: string, params: unknown[]) => Promise<unknown[]>;

function queries(q: string, dialect: Dialect, indexed: boolean): Array<{ sql: string; params: unknown[] }> {
  const where = claimsWhereSql(
    { documentIds: [], statuses: ["unverified", "disputed"], flagRanks: [], crossFlagRanks: [], sources: [], q: null },
    dialect === "postgres",
    piecesSql(indexed ? textSearchCondition(q, dialect) : textLikeCondition(q, dialect)),
  );
  const w = dialect === "postgres" ? where.text : where.sql;
  return [
    { sql: `SELECT COUNT(*) AS n FROM "Claim" c ${w}`, params: where.values },
    { sql: `SELECT c."id" FROM "Claim" c ${w} ORDER BY c."sortText", c."id" LIMIT 50`, params: where.values },
  ];
}

async function time(run: Run, q: string, dialect: Dialect, indexed: boolean) {
  const ms: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const [countQuery, pageQuery] = queries(q, dialect, indexed);
    const rows = (await run(countQuery.sql, countQuery.params)) as Array<{ n: number | string }>;
    await run(pageQuery.sql, pageQuery.params);
    ms.push(performance.now() - t0);
    count = Number(rows[0]?.n);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { first: Math.round(ms[0]), median: Math.round(sorted[Math.floor(RUNS / 2)]), count };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string" }, explain: { type: "boolean" } } });
  const url = values.url ?? "";
  const dialect: Dialect = url.startsWith("postgres") ? "postgres" : "sqlite";
  const migration = readFileSync(path.join(root, "prisma", dialect, "migrations", MIGRATION, "migration.sql"), "utf8");
  let run: Run;
  let exec: (sql: string) => Promise<void>;
  let close: () => Promise<void>;
  if (dialect === "sqlite") {
    const conn = new Database(url.replace(/^file:/, ""));
    run = async (sql, params) => conn.prepare(sql).all(...params);
    exec = async (sql) => void conn.exec(sql);
    close = async () => void conn.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    run = async (sql, params) => (await client.query(sql, params)).rows;
    exec = async (sql) => void (await client.query(sql));
    close = () => client.end();
  }
  const drop =
    dialect === "sqlite"
      ? `DROP TRIGGER IF EXISTS "Claim_search_ai"; DROP TRIGGER IF EXISTS "Claim_search_ad";
         DROP TRIGGER IF EXISTS "Claim_search_au"; DROP TABLE IF EXISTS "ClaimSearch";`
      : `DROP INDEX IF EXISTS "Claim_text_trgm_idx"; DROP INDEX IF EXISTS "Claim_label_trgm_idx";
         DROP INDEX IF EXISTS "Claim_sourceName_trgm_idx"; ANALYZE "Claim";`;
  await exec(drop);
  const total = ((await run(`SELECT COUNT(*) AS n FROM "Claim"`, [])) as Array<{ n: unknown }>)[0]?.n;
  console.log(`${dialect}: ${total} claims; ${RUNS} runs each of count + first page (status filter + q)`);
  const before = new Map<string, Awaited<ReturnType<typeof time>>>();
  for (const q of QUERIES) before.set(q, await time(run, q, dialect, false));
  const t0 = performance.now();
  await exec(migration);
  if (dialect === "postgres") await exec(`ANALYZE "Claim"`);
  console.log(`index build (migration): ${Math.round(performance.now() - t0)} ms`);
  for (const q of QUERIES) {
    const after = await time(run, q, dialect, true);
    const b = before.get(q);
    const same = b?.count === after.count ? "same count" : `COUNT DIFFERS (${b?.count})`;
    console.log(
      `q=${JSON.stringify(q)}: ${after.count} matches (${same}); scan median ${b?.median} ms (first ${b?.first}) -> indexed median ${after.median} ms (first ${after.first})`,
    );
  }
  if (values.explain) {
    const [countQuery] = queries(QUERIES[0], dialect, true);
    const prefix = dialect === "postgres" ? "EXPLAIN (ANALYZE, COSTS OFF) " : "EXPLAIN QUERY PLAN ";
    const plan = await run(prefix + countQuery.sql, countQuery.params);
    for (const row of plan) console.log(Object.values(row as object).join(" | "));
  }
  await close();
}

await main();
