/**
 * Counts on the claims table's Status and Flag filter options (issue 13 item 3), server-only: how many claims each
 * option would show given the table's other filters (a facet's count ignores its own selection, so ticking a second
 * status shows what it adds). Read when the filter opens, not on every page. Exact on SQLite (95-200 ms at 1M
 * claims) and for small results; on PostgreSQL past EXACT_COUNT_LIMIT estimated rows each option's count is the
 * planner's estimate (`estimated: true`, shown as "≈"), as the pager does: the exact GROUP BY took 0.5-0.85 s over
 * 1M claims there (docs/performance.md).
 */
import { type Db, db, providerOf } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { type ClaimsQuery, type FlagValue, flagValues } from "./query-schema.ts";
import { claimStatuses } from "./schema.ts";
import { EXACT_COUNT_LIMIT, estimateClaims } from "./sql/count.ts";
import { type ClaimsPageFilter, claimsWhereSql, pageFilter, UNREVIEWED } from "./sql/filter.ts";

export interface FacetCounts {
  /** Option value -> claims; an option without claims may be absent. */
  counts: Record<string, number>;
  /** The planner's estimates (PostgreSQL, large results), not exact counts. */
  estimated: boolean;
}

type FilterQuery = Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q"> & { assignee?: string[] };
type Scope = { documentId?: string; userId?: string | null };

const flagOfRank: Record<number, FlagValue> = { 0: "none", 1: "soft", 2: "conflict" };
const crossFlagOfRank: Record<number, FlagValue> = { 1: "developing", 2: "cross-soft", 3: "cross-conflict" };

/** What each flag option adds to the where clause (the same meaning as claimsWhereSql's flag filter). */
const flagCondition: Record<FlagValue, string> = {
  none: `c."flagRank" = 0`,
  soft: `c."flagRank" = 1`,
  conflict: `c."flagRank" = 2`,
  developing: `c."crossFlagRank" = 1`,
  "cross-soft": `c."crossFlagRank" = 2`,
  "cross-conflict": `c."crossFlagRank" = 3`,
  unreviewed: `(${UNREVIEWED})`,
};

/**
 * Claims per status, given every filter but the status one.
 *
 * @example
 * await statusCounts(claimsQuerySchema.parse({ q: "killed" }), { userId }) // { counts: { unverified: 12 }, estimated: false }
 */
export async function statusCounts(
  query: FilterQuery,
  scope: Scope,
  database: Db = db(),
  exactUpTo = EXACT_COUNT_LIMIT,
): Promise<FacetCounts> {
  const filter = pageFilter({ ...query, status: [] }, scope);
  const estimated = await estimates(
    database,
    filter,
    claimStatuses.map((s) => [s, Prisma.sql`c."status" = ${s}`]),
    exactUpTo,
  );
  if (estimated) return estimated;
  const rows = await database.$queryRaw<Array<{ status: string; n: number | bigint }>>`
    SELECT c."status", COUNT(*) AS "n" FROM "Claim" c ${whereOf(filter, database)} GROUP BY c."status"`;
  return { counts: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])), estimated: false };
}

/**
 * Claims per flag option (in-document, cross-document and "needs review"), given every filter but the flag one.
 *
 * @example
 * await flagCounts(claimsQuerySchema.parse({}), {}) // { counts: { none: 900, conflict: 40, unreviewed: 45 }, ... }
 */
export async function flagCounts(
  query: FilterQuery,
  scope: Scope,
  database: Db = db(),
  exactUpTo = EXACT_COUNT_LIMIT,
): Promise<FacetCounts> {
  const filter = pageFilter({ ...query, flag: [] }, scope);
  const estimated = await estimates(
    database,
    filter,
    flagValues.map((f) => [f, Prisma.raw(flagCondition[f])]),
    exactUpTo,
  );
  if (estimated) return estimated;
  const where = whereOf(filter, database);
  const [ranks, unreviewed] = await Promise.all([
    database.$queryRaw<Array<{ flagRank: number | bigint; crossFlagRank: number | bigint; n: number | bigint }>>`
      SELECT c."flagRank", c."crossFlagRank", COUNT(*) AS "n" FROM "Claim" c ${where}
      GROUP BY c."flagRank", c."crossFlagRank"`,
    database.$queryRaw<Array<{ n: number | bigint }>>`
      SELECT COUNT(*) AS "n" FROM "Claim" c ${where} AND ${Prisma.raw(flagCondition.unreviewed)}`,
  ]);
  const counts: Record<string, number> = {};
  const add = (key: FlagValue | undefined, n: number) => {
    if (key) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const r of ranks) {
    add(flagOfRank[Number(r.flagRank)], Number(r.n));
    add(crossFlagOfRank[Number(r.crossFlagRank)], Number(r.n));
  }
  counts.unreviewed = Number(unreviewed[0]?.n ?? 0);
  return { counts, estimated: false };
}

/**
 * PostgreSQL, when the filtered claims are more than `exactUpTo` by the planner's estimate: each option's estimate
 * (one EXPLAIN each, in parallel). null elsewhere: the caller counts exactly.
 */
async function estimates(
  database: Db,
  filter: ClaimsPageFilter,
  options: Array<[string, Prisma.Sql]>,
  exactUpTo: number,
): Promise<FacetCounts | null> {
  if (providerOf(database) !== "postgres") return null;
  const total = await estimateClaims(whereOf(filter, database), database);
  if (total === null || total <= exactUpTo) return null;
  const each = await Promise.all(
    options.map(
      async ([value, condition]) =>
        [value, (await estimateClaims(claimsWhereSql(filter, true, condition), database)) ?? 0] as const,
    ),
  );
  return { counts: Object.fromEntries(each), estimated: true };
}

function whereOf(filter: ClaimsPageFilter, database: Db) {
  return claimsWhereSql(filter, providerOf(database) === "postgres");
}
