/**
 * Counts on the claims table's Status and Flag filter options (issue 13 item 3), server-only: how many claims each
 * option would show given the table's other filters (a facet's count ignores its own selection, so ticking a second
 * status shows what it adds). Read when the filter opens, not on every page: at 1,000,000 claims a count over the
 * whole table costs tens of milliseconds a facet (docs/performance.md).
 */
import { type ClaimsPageFilter, claimsWhereSql, UNREVIEWED } from "@/lib/db/claims-page-sql";
import { type Db, db, providerOf } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { pageFilter } from "./query.ts";
import type { ClaimsQuery, FlagValue } from "./schema.ts";

export type FacetCounts = Record<string, number>;

type FilterQuery = Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q"> & { assignee?: string[] };

const flagOfRank: Record<number, FlagValue> = { 0: "none", 1: "soft", 2: "conflict" };
const crossFlagOfRank: Record<number, FlagValue> = { 1: "developing", 2: "cross-soft", 3: "cross-conflict" };

/**
 * Claims per status, given every filter but the status one.
 *
 * @example
 * await statusCounts(claimsQuerySchema.parse({ q: "killed" }), { userId }) // { unverified: 12, disputed: 3 }
 */
export async function statusCounts(
  query: FilterQuery,
  scope: { documentId?: string; userId?: string | null },
  database: Db = db(),
): Promise<FacetCounts> {
  const where = whereOf({ ...query, status: [] }, scope, database);
  const rows = await database.$queryRaw<Array<{ status: string; n: number | bigint }>>`
    SELECT c."status", COUNT(*) AS "n" FROM "Claim" c ${where} GROUP BY c."status"`;
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Claims per flag option (in-document, cross-document and "needs review"), given every filter but the flag one.
 *
 * @example
 * await flagCounts(claimsQuerySchema.parse({}), {}) // { none: 900, conflict: 40, "cross-conflict": 7, unreviewed: 45, ... }
 */
export async function flagCounts(
  query: FilterQuery,
  scope: { documentId?: string; userId?: string | null },
  database: Db = db(),
): Promise<FacetCounts> {
  const where = whereOf({ ...query, flag: [] }, scope, database);
  const [ranks, unreviewed] = await Promise.all([
    database.$queryRaw<Array<{ flagRank: number | bigint; crossFlagRank: number | bigint; n: number | bigint }>>`
      SELECT c."flagRank", c."crossFlagRank", COUNT(*) AS "n" FROM "Claim" c ${where}
      GROUP BY c."flagRank", c."crossFlagRank"`,
    database.$queryRaw<Array<{ n: number | bigint }>>`
      SELECT COUNT(*) AS "n" FROM "Claim" c ${where} AND (c."flagRank" > 0 OR c."crossFlagRank" > 0)
      AND (${Prisma.raw(UNREVIEWED)})`,
  ]);
  const counts: FacetCounts = {};
  const add = (key: FlagValue | undefined, n: number) => {
    if (key) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const r of ranks) {
    add(flagOfRank[Number(r.flagRank)], Number(r.n));
    add(crossFlagOfRank[Number(r.crossFlagRank)], Number(r.n));
  }
  counts.unreviewed = Number(unreviewed[0]?.n ?? 0);
  return counts;
}

function whereOf(query: FilterQuery, scope: { documentId?: string; userId?: string | null }, database: Db) {
  const filter: ClaimsPageFilter = pageFilter(query, scope);
  return claimsWhereSql(filter, providerOf(database) === "postgres");
}
