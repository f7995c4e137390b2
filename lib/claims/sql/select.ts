/**
 * The claims table's SELECT: raw-SQL fast path for one page of the claims table (filter.ts, order.ts give its WHERE
 * and ORDER BY). Measured on 100,000 claims (scripts/bench-claims.ts): the
 * Prisma query builder with nested includes spent most of a page's time in the client runtime (seven queries and
 * their result mapping), while the SQL itself took a few milliseconds. One paged query with two joins, one count and
 * one query for the flags' other figures keep the work in the database. Portable SQL: double-quoted identifiers,
 * parameters through Prisma.sql; the text filter differs per dialect (lib/claims/text-search.ts).
 */
import { type Db, db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { orderSql, type SortSpec } from "./order.ts";

export interface RawClaimRow {
  id: string;
  documentId: string;
  documentTitle: string;
  text: string;
  label: string;
  kind: string;
  start: number;
  end: number;
  position: number;
  status: string;
  version: number;
  sourceId: string;
  sourceName: string;
  sourceKind: string;
  groupId: string | null;
  qId: string | null;
  qText: string | null;
  qValue: number | null;
  qLow: number | null;
  qHigh: number | null;
  qModifier: string | null;
  qOf: number | null;
  qUnit: string | null;
  gVerdict: string | null;
  gExplanation: string | null;
  gDecision: string | null;
  gReason: string | null;
  xDecision: string | null;
  xReason: string | null;
  /** The sort keys, for the API's keyset cursor (lib/claims/keyset.ts). */
  sortText: string;
  sortValue: number | null;
  sortUnit: string | null;
  /** Status in workflow order (a generated column: statusWorkflow in lib/claims/schema.ts). */
  statusRank: number;
  flagRank: number;
  crossFlagRank: number;
  crossGroupId: string | null;
  xVerdict: string | null;
  xExplanation: string | null;
  /** Documents in the cross-document group. */
  xDocuments: number | bigint | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

/** A figure's measure as the Quantity table stores it (both row shapes below carry it). */
interface RawMeasure {
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  of: number | null;
  unit: string | null;
}

export interface RawGroupMember extends RawMeasure {
  groupId: string;
  claimId: string;
  /** The document's time (publication, else storage), ISO or a driver's Date: orders a rising toll. */
  at: string | Date;
  sourceName: string;
}

/**
 * One page: the claims are chosen and ordered by the (indexed) inner query, then joined to their first quantity and
 * group, so the joins touch only the page's rows.
 */
export async function selectClaimsPage(
  where: Prisma.Sql,
  sort: SortSpec,
  limit: number,
  offset: number,
  database: Db = db(),
): Promise<RawClaimRow[]> {
  if (limit <= 0) return [];
  const rows = await database.$queryRaw<RawClaimRow[]>`
    SELECT c."id", c."documentId", c."documentTitle", c."text", c."label", c."kind", c."start", c."end",
      c."position", c."status", c."version", c."sourceId", c."sourceName", c."sourceKind", c."groupId",
      q."id" AS "qId", q."text" AS "qText", q."value" AS "qValue", q."low" AS "qLow", q."high" AS "qHigh",
      q."modifier" AS "qModifier", q."of" AS "qOf", q."unit" AS "qUnit",
      g."verdict" AS "gVerdict", g."explanation" AS "gExplanation", g."decision" AS "gDecision",
      g."decisionReason" AS "gReason", x."decision" AS "xDecision", x."decisionReason" AS "xReason",
      c."sortText", c."sortValue", c."sortUnit", c."statusRank", c."flagRank", c."crossFlagRank", c."crossGroupId",
      x."verdict" AS "xVerdict", x."explanation" AS "xExplanation", c."assigneeId", a."name" AS "assigneeName",
      (SELECT COUNT(DISTINCT xq."documentId") FROM "QuantityGroupMember" xm JOIN "Quantity" xq ON xq."id" = xm."quantityId"
        WHERE xm."groupId" = c."crossGroupId") AS "xDocuments"
    FROM (SELECT c.* FROM "Claim" c ${where} ${orderSql(sort, "c")} LIMIT ${limit} OFFSET ${offset}) c
    LEFT JOIN "Quantity" q ON q."claimId" = c."id" AND q."ordinal" = 0
    LEFT JOIN "QuantityGroup" g ON g."id" = c."groupId"
    LEFT JOIN "QuantityGroup" x ON x."id" = c."crossGroupId"
    LEFT JOIN "User" a ON a."id" = c."assigneeId"
    ${orderSql(sort, "c")}`;
  return rows.map((r) => ({
    ...r,
    start: Number(r.start),
    end: Number(r.end),
    position: Number(r.position),
    version: Number(r.version),
    sortValue: r.sortValue === null ? null : Number(r.sortValue),
    statusRank: Number(r.statusRank),
    flagRank: Number(r.flagRank),
    crossFlagRank: Number(r.crossFlagRank),
    xDocuments: r.xDocuments === null ? null : Number(r.xDocuments),
  }));
}

/**
 * Every member of the given groups with its claim's source: the flag popover's "other figures".
 */
export async function selectGroupMembers(groupIds: string[], database: Db = db()): Promise<RawGroupMember[]> {
  if (groupIds.length === 0) return [];
  return database.$queryRaw<RawGroupMember[]>`
    SELECT m."groupId", q."claimId", c."sourceName", q."value", q."low", q."high", q."modifier", q."of", q."unit",
      COALESCE(d."publishedAt", d."createdAt") AS "at"
    FROM "QuantityGroupMember" m
    JOIN "Quantity" q ON q."id" = m."quantityId"
    JOIN "Claim" c ON c."id" = q."claimId"
    JOIN "Document" d ON d."id" = q."documentId"
    WHERE m."groupId" IN (${Prisma.join(groupIds)})
    ORDER BY q."start" ASC, q."id" ASC`;
}

export interface RawFigure extends RawMeasure {
  claimId: string;
  id: string;
  ordinal: number;
  text: string;
  concept: string | null;
  correctedById: string | null;
  correctedAt: Date | string | null;
  correctedByName: string | null;
}

/**
 * Every figure of the given claims, headline (ordinal 0) first, then in document order, with the name of the editor
 * who corrected it (issue 13): one query per page.
 */
export async function selectClaimFigures(claimIds: string[], database: Db = db()): Promise<RawFigure[]> {
  if (claimIds.length === 0) return [];
  const rows = await database.$queryRaw<RawFigure[]>`
    SELECT q."claimId", q."id", q."ordinal", q."text", q."value", q."low", q."high", q."modifier", q."of", q."unit",
      q."concept", q."correctedById", q."correctedAt", u."name" AS "correctedByName"
    FROM "Quantity" q
    LEFT JOIN "User" u ON u."id" = q."correctedById"
    WHERE q."claimId" IN (${Prisma.join(claimIds)})
    ORDER BY q."claimId" ASC, CASE WHEN q."ordinal" = 0 THEN 0 ELSE 1 END ASC, q."start" ASC, q."id" ASC`;
  return rows.map((r) => ({ ...r, ordinal: Number(r.ordinal), value: Number(r.value) }));
}
