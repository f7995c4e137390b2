/**
 * Raw-SQL fast path for one page of the claims table. Measured on 100,000 claims (scripts/bench-claims.ts): the
 * Prisma query builder with nested includes spent most of a page's time in the client runtime (seven queries and
 * their result mapping), while the SQL itself took a few milliseconds. One paged query with two joins, one count and
 * one query for the flags' other figures keep the work in the database. Portable SQL: double-quoted identifiers,
 * parameters through Prisma.sql; the text filter differs per dialect (lib/claims/text-search.ts).
 */
import { type SqlPiece, textSearchCondition } from "../claims/text-search.ts";
import { type Db, providerOf } from "./client.ts";
import { Prisma } from "./generated/sqlite/client.ts";

export interface ClaimsPageFilter {
  documentIds: string[];
  statuses: string[];
  flagRanks: number[];
  /** OR-ed with flagRanks: a claim matches when either of its flag columns is in its list. */
  crossFlagRanks: number[];
  /** OR-ed too: a shown flag (in-document or cross-document) whose group has no editor's decision. */
  unreviewed?: boolean;
  /** Source ids or canonical names. */
  sources: string[];
  /** Assignee user ids, OR-ed with `unassigned` (claims assigned to nobody); both empty leave it unfiltered. */
  assignees?: string[];
  unassigned?: boolean;
  q: string | null;
}

export type SortSpec = { column: string; dir: "asc" | "desc" }[];

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

export interface RawGroupMember {
  groupId: string;
  claimId: string;
  /** The document's time (publication, else storage), ISO or a driver's Date: orders a rising toll. */
  at: string | Date;
  sourceName: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  of: number | null;
  unit: string | null;
}

const sortColumns = new Set([
  "sortText",
  "sortValue",
  "sortUnit",
  "sourceName",
  "status",
  "statusRank",
  "flagRank",
  "crossFlagRank",
  "documentTitle",
  "documentId",
  "position",
  "id",
]);

/**
 * WHERE clause for the filters (always starts with TRUE so conditions can be appended).
 *
 * @example
 * claimsWhereSql({ documentIds: [], statuses: ["disputed"], flagRanks: [], crossFlagRanks: [], sources: [], q: "said" }, false)
 */
export function claimsWhereSql(
  f: ClaimsPageFilter,
  postgres: boolean,
  extra?: Prisma.Sql,
  options: { walkSortIndex?: boolean } = {},
): Prisma.Sql {
  // walkSortIndex (SQLite): a unary + on the status, flag and source columns keeps the planner off their indexes, so
  // it walks the sort's index and stops at the page's last row — right when the matches are dense (see listClaims).
  const p = Prisma.raw(options.walkSortIndex && !postgres ? "+" : "");
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.documentIds.length) parts.push(Prisma.sql`c."documentId" IN (${Prisma.join(f.documentIds)})`);
  if (f.statuses.length) parts.push(Prisma.sql`${p}c."status" IN (${Prisma.join(f.statuses)})`);
  const flags: Prisma.Sql[] = [];
  if (f.flagRanks.length) flags.push(Prisma.sql`${p}c."flagRank" IN (${Prisma.join(f.flagRanks)})`);
  if (f.crossFlagRanks.length) flags.push(Prisma.sql`${p}c."crossFlagRank" IN (${Prisma.join(f.crossFlagRanks)})`);
  if (f.unreviewed) flags.push(Prisma.raw(UNREVIEWED));
  if (flags.length) parts.push(Prisma.sql`(${Prisma.join(flags, " OR ")})`);
  if (f.sources.length) {
    parts.push(
      Prisma.sql`(${p}c."sourceId" IN (${Prisma.join(f.sources)}) OR ${p}c."sourceName" IN (${Prisma.join(f.sources)}))`,
    );
  }
  const assigned: Prisma.Sql[] = [];
  if (f.assignees?.length) assigned.push(Prisma.sql`${p}c."assigneeId" IN (${Prisma.join(f.assignees)})`);
  // "Unassigned" is most of an archive: SQLite (no statistics) would read it from the assignee index and sort every
  // match (800 ms at 1M claims); the unary + leaves it to the sort's index. PostgreSQL's planner knows the null share.
  if (f.unassigned) assigned.push(Prisma.sql`${Prisma.raw(postgres ? "" : "+")}c."assigneeId" IS NULL`);
  if (assigned.length) parts.push(Prisma.sql`(${Prisma.join(assigned, " OR ")})`);
  if (f.q) {
    const pieces = textSearchCondition(f.q, postgres ? "postgres" : "sqlite");
    parts.push(piecesSql(pieces));
  }
  if (extra) parts.push(extra);
  return Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`;
}

/**
 * SQL pieces (lib/claims/text-search.ts: literal text and values to bind) as one Prisma.Sql.
 *
 * @example
 * piecesSql(["c.\"text\" LIKE ", { value: "%said%" }]) // Prisma.sql`c."text" LIKE ${"%said%"}`
 */
export function piecesSql(pieces: SqlPiece[]): Prisma.Sql {
  return Prisma.join(
    pieces.map((p) => (typeof p === "string" ? Prisma.raw(p) : Prisma.sql`${p.value}`)),
    "",
  );
}

/**
 * "Needs review": the claim shows a flag no editor has triaged. The same text serves the export's plain SQL
 * (lib/claims/stream-sql.ts renders this builder's WHERE for its driver), so the table and its export filter alike.
 */
export const UNREVIEWED =
  `(c."flagRank" > 0 AND EXISTS (SELECT 1 FROM "QuantityGroup" ug WHERE ug."id" = c."groupId" AND ug."decision" IS NULL))` +
  ` OR (c."crossFlagRank" > 0 AND EXISTS (SELECT 1 FROM "QuantityGroup" ux WHERE ux."id" = c."crossGroupId" AND ux."decision" IS NULL))`;

/**
 * The ORDER BY clause of a sort (sortSpec in lib/claims/query.ts), for the table's page query and the export's
 * driver SQL alike. Column names are checked against the sortable list: they never come from a request.
 *
 * @example
 * orderByText([{ column: "sortText", dir: "asc" }, { column: "id", dir: "asc" }], "c")
 * // 'ORDER BY c."sortText" ASC, c."id" ASC'
 */
export function orderByText(sort: SortSpec, alias: string): string {
  const items = sort.map(({ column, dir }) => {
    if (!sortColumns.has(column)) throw new Error(`not a sortable column: ${column}`);
    return `${alias}."${column}" ${dir === "desc" ? "DESC" : "ASC"}`;
  });
  return `ORDER BY ${items.join(", ")}`;
}

function orderSql(sort: SortSpec, alias: string): Prisma.Sql {
  return Prisma.raw(orderByText(sort, alias));
}

/**
 * Number of claims matching a where clause.
 *
 * @example
 * await countClaims(db(), claimsWhereSql(filter, false))
 */
export async function countClaims(database: Db, where: Prisma.Sql): Promise<number> {
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
 * await countClaimsForPage(db(), claimsWhereSql(filter, true)) // { total: 998_412, estimated: true }
 */
export async function countClaimsForPage(
  database: Db,
  where: Prisma.Sql,
  exactUpTo = EXACT_COUNT_LIMIT,
): Promise<{ total: number; estimated: boolean }> {
  if (providerOf(database) === "postgres") {
    const rows = await estimateClaims(database, where);
    if (rows !== null && rows > exactUpTo) return { total: rows, estimated: true };
  }
  return { total: await countClaims(database, where), estimated: false };
}

/**
 * PostgreSQL: the planner's estimate of the claims a where clause matches (one EXPLAIN, a millisecond or two); null
 * when the plan has none.
 *
 * @example
 * await estimateClaims(db(), claimsWhereSql(filter, true)) // 998_412
 */
export async function estimateClaims(database: Db, where: Prisma.Sql): Promise<number | null> {
  const plan = await database.$queryRaw<Array<{ "QUERY PLAN": unknown }>>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c ${where}`;
  const raw = plan[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as Array<{ Plan?: { "Plan Rows"?: number } }>;
  const rows = Number(parsed?.[0]?.Plan?.["Plan Rows"]);
  return Number.isFinite(rows) ? Math.round(rows) : null;
}

/**
 * One page: the claims are chosen and ordered by the (indexed) inner query, then joined to their first quantity and
 * group, so the joins touch only the page's rows.
 */
export async function selectClaimsPage(
  database: Db,
  where: Prisma.Sql,
  sort: SortSpec,
  limit: number,
  offset: number,
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
export async function selectGroupMembers(database: Db, groupIds: string[]): Promise<RawGroupMember[]> {
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

export interface RawFigure {
  claimId: string;
  id: string;
  ordinal: number;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  of: number | null;
  unit: string | null;
  concept: string | null;
  correctedById: string | null;
  correctedAt: Date | string | null;
  correctedByName: string | null;
}

/**
 * Every figure of the given claims, headline (ordinal 0) first, then in document order, with the name of the editor
 * who corrected it (issue 13): one query per page.
 */
export async function selectClaimFigures(database: Db, claimIds: string[]): Promise<RawFigure[]> {
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
