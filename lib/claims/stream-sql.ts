/**
 * The claims table's filters and order as plain SQL, for the export's streaming read (stream.ts). It mirrors the
 * table's page query (claimsWhereSql in lib/db/claims-page-sql.ts, sortSpec in query.ts) clause for clause (the
 * integration tests compare the two on every sort and filter); plain SQL lets the export read straight from the
 * driver, which is ~10x cheaper per row than the ORM.
 */
import { UNREVIEWED } from "@/lib/db/claims-page-sql";
import { type ClaimsQuery, flagRanksOf, type SortColumn } from "./schema.ts";
import { textSearchCondition } from "./text-search.ts";

export type Dialect = "sqlite" | "postgres";

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

const sortColumns: Record<SortColumn, string[]> = {
  claim: ['"sortText"'],
  value: ['"sortValue"'],
  source: ['"sourceName"'],
  status: ['"status"'],
  flag: ['"flagRank"', '"crossFlagRank"'],
  document: ['"documentTitle"'],
  position: ['"documentId"', '"position"'],
};

/**
 * The columns of a claim row the export reads in its main query (the source joined in), in select-list order: the
 * driver returns each row as an array in this order and stream-row.ts reads it by these positions.
 */
export const EXPORT_COLUMNS = `c."id", c."documentId", c."key", c."position", c."kind", c."label", c."text", c."start", c."end",
  c."sentenceStart", c."sentenceEnd", c."cueStart", c."cueEnd", c."cueText", c."status", c."version", c."createdAt",
  c."updatedAt", c."groupId", s."id" AS "sourceId", s."name" AS "sourceName", s."kind" AS "sourceKind",
  s."affiliation" AS "sourceAffiliation", c."crossGroupId"`;

/** What a streaming query selects, and the joins it needs beyond the claim table `c`. */
export interface SelectList {
  columns: string;
  joins: string;
}

/** The export record's select list: the claim with its source. */
export const EXPORT_SELECT: SelectList = { columns: EXPORT_COLUMNS, joins: `JOIN "Source" s ON s."id" = c."sourceId"` };

/** Collects parameters and writes the dialect's placeholder for each. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.dialect === "postgres" ? `$${this.values.length}` : "?";
  }
  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(", ");
  }
  /**
   * `column` is one of `ids`, as one parameter: the statement text stays the same for every batch (prepared once on
   * SQLite), however many ids there are.
   */
  anyOf(column: string, ids: readonly string[]): string {
    return this.dialect === "postgres"
      ? `${column} = ANY(${this.add(ids)}::text[])`
      : `${column} IN (SELECT "value" FROM json_each(${this.add(JSON.stringify(ids))}))`;
  }
}

/**
 * The WHERE conditions of the table's filters (same semantics as the page query's claimsWhereSql).
 *
 * @example
 * claimsWhereSql({ status: ["disputed"], flag: [], source: [], document: [], q: undefined }, {}, new Params("sqlite"), "sqlite")
 * // ['c."status" IN (?)']
 */
export function claimsWhereSql(
  query: Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q">,
  scope: { documentId?: string },
  params: Params,
  dialect: Dialect,
): string[] {
  const and: string[] = [];
  if (scope.documentId) and.push(`c."documentId" = ${params.add(scope.documentId)}`);
  if (query.status.length) and.push(`c."status" IN (${params.list(query.status)})`);
  if (query.flag.length) {
    const { flagRanks, crossFlagRanks, unreviewed } = flagRanksOf(query.flag);
    const or: string[] = [];
    if (flagRanks.length) or.push(`c."flagRank" IN (${params.list(flagRanks)})`);
    if (crossFlagRanks.length) or.push(`c."crossFlagRank" IN (${params.list(crossFlagRanks)})`);
    if (unreviewed) or.push(UNREVIEWED);
    and.push(`(${or.join(" OR ")})`);
  }
  if (query.source.length) {
    and.push(`(c."sourceId" IN (${params.list(query.source)}) OR c."sourceName" IN (${params.list(query.source)}))`);
  }
  if (query.document.length) and.push(`c."documentId" IN (${params.list(query.document)})`);
  const q = query.q?.trim();
  if (q) {
    and.push(
      textSearchCondition(q, dialect)
        .map((p) => (typeof p === "string" ? p : params.add(p.value)))
        .join(""),
    );
  }
  return and;
}

/**
 * The queries that read every matching claim in the table's order: one, or two for the value sort (valued claims in
 * order, then the unvalued ones by id: nulls last in both directions, each range served by its index).
 *
 * @example
 * exportQueries(claimsQuerySchema.parse({ sort: "value" }), {}, "sqlite").length // 2
 */
export function exportQueries(
  query: ClaimsQuery,
  scope: { documentId?: string },
  dialect: Dialect,
  select: SelectList = EXPORT_SELECT,
): SqlQuery[] {
  const dir = query.dir === "desc" ? "DESC" : "ASC";
  const build = (extra: string | null, order: string[]): SqlQuery => {
    const params = new Params(dialect);
    const where = claimsWhereSql(query, scope, params, dialect);
    if (extra) where.push(extra);
    const sql = `SELECT ${select.columns} FROM "Claim" c ${select.joins}${
      where.length ? ` WHERE ${where.join(" AND ")}` : ""
    } ORDER BY ${[...order, '"id"'].map((col) => `c.${col} ${dir}`).join(", ")}`;
    return { sql, params: params.values };
  };
  if (query.sort !== "value") return [build(null, sortColumns[query.sort])];
  return [build(`c."sortValue" IS NOT NULL`, sortColumns.value), build(`c."sortValue" IS NULL`, [])];
}
