/**
 * Claim reads (server-only) for the claims table, the claim page and the API.
 */
import "server-only";

import { cache } from "react";
import { unresolvedCounts } from "@/lib/comments/data";
import { type Db, db, providerOf } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { ClaimsQuery } from "./query-schema.ts";
import { rawToClaimRow } from "./rows.ts";
import type { ClaimRow, ClaimsPage } from "./schema.ts";
import { countClaims, countClaimsForPage } from "./sql/count.ts";
import { type ClaimsPageFilter, claimsWhereSql, pageFilter, piecesSql } from "./sql/filter.ts";
import { sortSpec, valueRanges } from "./sql/order.ts";
import { type RawClaimRow, selectClaimFigures, selectClaimsPage, selectGroupMembers } from "./sql/select.ts";
import { ftsCountQuery, trigramIsExact } from "./text-search.ts";

/**
 * One page of the claims table: filtered, sorted (numbers numerically, nulls last, ties by id) and paginated on the
 * server, with the total for the pager.
 *
 * @example
 * const page = await listClaims(claimsQuerySchema.parse({ sort: "value", dir: "desc" }));
 */
export async function listClaims(
  query: ClaimsQuery,
  /** documentId: one document's claims; userId: who "me" is in the Assignee filter. */
  scope: { documentId?: string; userId?: string | null } = {},
  database: Db = db(),
): Promise<ClaimsPage> {
  const filter = pageFilter(query, scope);
  const postgres = providerOf(database) === "postgres";
  const where = claimsWhereSql(filter, postgres);
  const skip = (query.page - 1) * query.pageSize;
  const take = query.pageSize;

  let counted: { total: number; estimated: boolean };
  let rows: RawClaimRow[];
  if (query.sort !== "value" && !postgres && filter.q !== null) {
    // SQLite with a text search: count first (exact, and from the trigram index alone when it can), then choose the
    // plan the planner cannot — it knows nothing of how many claims the match list holds. Dense matches: walk the
    // sort's index and stop at the page (status=disputed + q=said at 1M claims: 162 -> 37 ms); sparse ones: the
    // filter's index, then sort the few matches.
    counted = { total: await countSqliteTextSearch(database, filter, where), estimated: false };
    const walk = (skip + take) * (await claimRowsUpperBound(database)) <= WALK_ROWS_MAX * Math.max(1, counted.total);
    rows = await selectClaimsPage(
      walk ? claimsWhereSql(filter, postgres, undefined, { walkSortIndex: true }) : where,
      sortSpec(query.sort, query.dir),
      take,
      skip,
      database,
    );
  } else if (query.sort !== "value") {
    [counted, rows] = await Promise.all([
      countClaimsForPage(where, undefined, database),
      selectClaimsPage(where, sortSpec(query.sort, query.dir), take, skip, database),
    ]);
  } else {
    // Nulls last in both directions (valueRanges): the valued range from the (sortUnit, sortValue, id) index in either
    // direction, then the unvalued rest by id.
    const [valuedRange, unvaluedRange] = valueRanges(query.dir);
    const valuedWhere = claimsWhereSql(filter, postgres, Prisma.raw(valuedRange.where));
    const unvaluedWhere = claimsWhereSql(filter, postgres, Prisma.raw(unvaluedRange.where));
    [counted, rows] = await Promise.all([
      countClaimsForPage(where, undefined, database),
      selectClaimsPage(valuedWhere, valuedRange.order, take, skip, database),
    ]);
    if (rows.length < take) {
      // The valued range ends on this page (its length is then known) or before it (then it is counted).
      const valued = rows.length > 0 || skip === 0 ? skip + rows.length : await countClaims(valuedWhere, database);
      const rest = await selectClaimsPage(
        unvaluedWhere,
        unvaluedRange.order,
        take - rows.length,
        Math.max(0, skip - valued),
        database,
      );
      rows = [...rows, ...rest];
    }
  }
  // A page that is not full is the last one: its end is the exact total, whatever the estimate said.
  const total = rows.length < take && (rows.length > 0 || skip === 0) ? skip + rows.length : counted.total;
  const estimated = counted.estimated && total === counted.total;
  return { total, ...(estimated ? { estimated } : {}), rows: await completeRows(rows, database) };
}

/**
 * Rows a sort-index walk may read before it gives way to the filter's index and a sort: the walk reads about
 * (offset + page) x claims / matches rows, ~1-2 µs each warm on SQLite; 50,000 is about the cost of sorting 30,000.
 */
const WALK_ROWS_MAX = 50_000;

/** SQLite: the largest claim rowid, an O(log n) upper bound on the number of claims. */
async function claimRowsUpperBound(database: Db): Promise<number> {
  const rows = await database.$queryRaw<Array<{ n: number | bigint | null }>>`SELECT MAX("rowid") AS "n" FROM "Claim"`;
  return Number(rows[0]?.n ?? 0);
}

/** SQLite: the exact number of claims matching a text search — from the trigram index alone when `q` is the only filter. */
async function countSqliteTextSearch(database: Db, filter: ClaimsPageFilter, where: Prisma.Sql): Promise<number> {
  const q = filter.q as string;
  const onlyText =
    filter.documentIds.length === 0 &&
    filter.statuses.length === 0 &&
    filter.flagRanks.length === 0 &&
    filter.crossFlagRanks.length === 0 &&
    !filter.unreviewed &&
    filter.sources.length === 0 &&
    !filter.assignees?.length &&
    !filter.unassigned;
  if (!onlyText || !trigramIsExact(q)) return countClaims(where, database);
  const rows = await database.$queryRaw<Array<{ n: number | bigint }>>`${piecesSql(ftsCountQuery(q))}`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Raw page rows -> table rows: the flags' other figures, every figure of each claim and the open comment threads,
 * one query each for the whole page. The table, the REST list (keyset.ts) and the claim page share it.
 *
 * @example
 * const rows = await completeRows(await selectClaimsPage(...), database);
 */
export async function completeRows(
  rows: RawClaimRow[],
  database: Db = db(),
): Promise<Array<ClaimRow & { openComments: number }>> {
  // The in-document flags' groups and the cross-document flags' groups: their figures name the flag in words.
  const groupIds = [
    ...new Set([
      ...rows.filter((r) => r.gVerdict && r.gVerdict !== "none").map((r) => r.groupId as string),
      ...rows.filter((r) => r.crossFlagRank > 0 && r.crossGroupId).map((r) => r.crossGroupId as string),
    ]),
  ];
  const ids = rows.map((r) => r.id);
  const [members, figures, open] = await Promise.all([
    selectGroupMembers(groupIds, database),
    selectClaimFigures(ids, database),
    unresolvedCounts("claimId", ids, database),
  ]);
  return rows.map((r) => ({ ...rawToClaimRow(r, members, figures), openComments: open.get(r.id) ?? 0 }));
}

/**
 * One claim as a table row plus its context: the sentence, the document and the other quantities.
 *
 * @example
 * const claim = await getClaim(id); if (!claim) notFound();
 */
export async function getClaim(id: string, database: Db = db()) {
  const claim = await database.claim.findUnique({
    where: { id },
    include: {
      document: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, text: true } },
      quantities: { orderBy: { ordinal: "asc" } },
      evidence: { orderBy: { createdAt: "asc" } },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
    },
  });
  if (!claim) return null;
  const postgres = providerOf(database) === "postgres";
  const where = claimsWhereSql(
    pageFilter({ status: [], flag: [], source: [], document: [], q: undefined }, {}),
    postgres,
    Prisma.sql`c."id" = ${id}`,
  );
  const [raw] = await selectClaimsPage(where, sortSpec("position", "asc"), 1, 0, database);
  if (!raw) return null;
  const [{ openComments: _open, ...row }] = await completeRows([raw], database);
  const { text: documentText, ...document } = claim.document;
  return {
    ...row,
    sentence: {
      start: claim.sentenceStart,
      end: claim.sentenceEnd,
      text: documentText.slice(claim.sentenceStart, claim.sentenceEnd),
    },
    cue: claim.cueText === null ? null : { start: claim.cueStart, end: claim.cueEnd, text: claim.cueText },
    document,
    quantities: claim.quantities,
    evidence: claim.evidence,
    comments: claim.comments,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

/**
 * getClaim on the app's database, once per request: the claim page's metadata and body share one read.
 *
 * @example
 * const claim = await claimForPage(id); if (!claim) notFound();
 */
export const claimForPage = cache((id: string) => getClaim(id));
