/**
 * How many claims a filter (filter.ts) matches: exact, or on PostgreSQL past EXACT_COUNT_LIMIT the planner's estimate.
 */
import { type Db, db, providerOf } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

/**
 * Number of claims matching a where clause.
 *
 * @example
 * await countClaims(claimsWhereSql(filter, false))
 */
export async function countClaims(where: Prisma.Sql, database: Db = db()): Promise<number> {
  const rows = await database.$queryRaw<Array<{ n: number | bigint }>>`SELECT COUNT(*) AS "n" FROM "Claim" c ${where}`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Past this many rows (by the planner's estimate) an exact count on PostgreSQL costs 100-700 ms at 1,000,000 claims
 * (a parallel scan of an index, or of every trigram match), more than the rest of the page together.
 */
export const EXACT_COUNT_LIMIT = 20_000;

/**
 * The count the table's pager shows: exact on SQLite (a count there reads an index) and for small results; on
 * PostgreSQL, past EXACT_COUNT_LIMIT estimated rows, the planner's estimate (`estimated: true`; the page says
 * "about"). The caller makes it exact again when the page itself reaches the end (see listClaims).
 *
 * @example
 * await countClaimsForPage(claimsWhereSql(filter, true)) // { total: 998_412, estimated: true }
 */
export async function countClaimsForPage(
  where: Prisma.Sql,
  exactUpTo = EXACT_COUNT_LIMIT,
  database: Db = db(),
): Promise<{ total: number; estimated: boolean }> {
  if (providerOf(database) === "postgres") {
    const rows = await estimateClaims(where, database);
    if (rows !== null && rows > exactUpTo) return { total: rows, estimated: true };
  }
  return { total: await countClaims(where, database), estimated: false };
}

/**
 * PostgreSQL: the planner's estimate of the claims a where clause matches (one EXPLAIN, a millisecond or two); null
 * when the plan has none.
 *
 * @example
 * await estimateClaims(claimsWhereSql(filter, true)) // 998_412
 */
export async function estimateClaims(where: Prisma.Sql, database: Db = db()): Promise<number | null> {
  const plan = await database.$queryRaw<Array<{ "QUERY PLAN": unknown }>>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c ${where}`;
  const raw = plan[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as Array<{ Plan?: { "Plan Rows"?: number } }>;
  const rows = Number(parsed?.[0]?.Plan?.["Plan Rows"]);
  return Number.isFinite(rows) ? Math.round(rows) : null;
}
