/**
 * Claim reads (server-only) for the claims table, the claim page and the API.
 */
import { type Db, db, type Prisma, providerOf } from "@/lib/db/client";
import { claimsOrder, claimsWhere } from "./query.ts";
import { claimRowInclude, toClaimRow } from "./rows.ts";
import type { ClaimRow, ClaimsPage, ClaimsQuery } from "./schema.ts";

/**
 * One page of the claims table: filtered, sorted (numbers numerically, nulls last, ties by id) and paginated on the
 * server, with the total for the pager.
 *
 * @example
 * const page = await listClaims(claimsQuerySchema.parse({ sort: "value", dir: "desc" }));
 */
export async function listClaims(
  query: ClaimsQuery,
  scope: { documentId?: string } = {},
  database: Db = db(),
): Promise<ClaimsPage> {
  const where = claimsWhere(query, scope, isPostgres(database));
  const skip = (query.page - 1) * query.pageSize;
  const take = query.pageSize;

  if (query.sort !== "value") {
    const [total, rows] = await Promise.all([
      database.claim.count({ where }),
      database.claim.findMany({
        where,
        orderBy: claimsOrder(query.sort, query.dir),
        skip,
        take,
        include: claimRowInclude,
      }),
    ]);
    return { total, rows: rows.map(toClaimRow) };
  }

  // Nulls last in both directions: the valued range comes from the (sortValue, id) index in either direction, the
  // unvalued rest follows by id. One ORDER BY ... NULLS LAST would defeat the index on one database or the other.
  const valued: Prisma.ClaimWhereInput = { AND: [where, { sortValue: { not: null } }] };
  const unvalued: Prisma.ClaimWhereInput = { AND: [where, { sortValue: null }] };
  const [total, valuedCount] = await Promise.all([
    database.claim.count({ where }),
    database.claim.count({ where: valued }),
  ]);
  const rows =
    skip < valuedCount
      ? await database.claim.findMany({
          where: valued,
          orderBy: claimsOrder("value", query.dir),
          skip,
          take,
          include: claimRowInclude,
        })
      : [];
  if (rows.length < take && skip + rows.length >= valuedCount) {
    const rest = await database.claim.findMany({
      where: unvalued,
      orderBy: [{ id: query.dir }],
      skip: Math.max(0, skip - valuedCount),
      take: take - rows.length,
      include: claimRowInclude,
    });
    rows.push(...rest);
  }
  return { total, rows: rows.map(toClaimRow) };
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
      ...claimRowInclude,
      document: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, text: true } },
      quantities: { orderBy: { ordinal: "asc" } },
      evidence: { orderBy: { createdAt: "asc" } },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
    },
  });
  if (!claim) return null;
  const row: ClaimRow = toClaimRow(claim);
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

function isPostgres(database: Db): boolean {
  return providerOf(database) === "postgres";
}
