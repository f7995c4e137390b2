/**
 * The export's streaming read (stream.ts) as plain SQL on the driver, ~10x cheaper per row than the ORM. Its filter
 * and order are the table's own (claimsWhereSql in sql/filter.ts, sortRanges in sql/order.ts), rendered for
 * the driver: Prisma.Sql's `.sql` (`?` placeholders) on better-sqlite3, `.text` (`$n`) on pg — one definition of
 * what the table shows, so the export cannot drift from it (tests/integration/export-table-parity.test.ts).
 */

import type { ClaimsQuery } from "@/lib/claims/schema";
import { claimsWhereSql, pageFilter } from "@/lib/claims/sql/filter";
import { orderByText, sortRanges } from "@/lib/claims/sql/order";
import { Prisma } from "@/lib/db/generated/sqlite/client";

export type Dialect = "sqlite" | "postgres";

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * Each field's position in a driver row of `fields` (its place in the object): the driver returns rows as arrays in
 * select-list order, and the select list is `Object.values(fields)`, so a field is read by name, never by a number
 * kept in step by hand.
 *
 * @example
 * positionsOf({ id: 'c."id"', text: 'c."text"' }) // { id: 0, text: 1 }
 */
export function positionsOf<F extends Record<string, string>>(fields: F): Record<keyof F, number> {
  return Object.fromEntries(Object.keys(fields).map((name, i) => [name, i])) as Record<keyof F, number>;
}

/** The columns of a claim row the export reads in its main query (the source and the assignee joined in), by name. */
const EXPORT_FIELDS = {
  id: `c."id"`,
  documentId: `c."documentId"`,
  key: `c."key"`,
  position: `c."position"`,
  kind: `c."kind"`,
  label: `c."label"`,
  text: `c."text"`,
  start: `c."start"`,
  end: `c."end"`,
  sentenceStart: `c."sentenceStart"`,
  sentenceEnd: `c."sentenceEnd"`,
  cueStart: `c."cueStart"`,
  cueEnd: `c."cueEnd"`,
  cueText: `c."cueText"`,
  status: `c."status"`,
  version: `c."version"`,
  createdAt: `c."createdAt"`,
  updatedAt: `c."updatedAt"`,
  groupId: `c."groupId"`,
  sourceId: `s."id" AS "sourceId"`,
  sourceName: `s."name" AS "sourceName"`,
  sourceKind: `s."kind" AS "sourceKind"`,
  sourceAffiliation: `s."affiliation" AS "sourceAffiliation"`,
  crossGroupId: `c."crossGroupId"`,
  assigneeId: `c."assigneeId"`,
  assigneeName: `a."name" AS "assigneeName"`,
} as const;

/** Where each export field is in a row of EXPORT_SELECT (stream-row.ts and stream.ts read by these names). */
export const EXPORT_AT = positionsOf(EXPORT_FIELDS);

export const EXPORT_COLUMNS = Object.values(EXPORT_FIELDS).join(", ");

/** What a streaming query selects, and the joins it needs beyond the claim table `c`. */
export interface SelectList {
  columns: string;
  joins: string;
}

/** The export record's select list: the claim with its source and its assignee's name. */
export const EXPORT_SELECT: SelectList = {
  columns: EXPORT_COLUMNS,
  joins: `JOIN "Source" s ON s."id" = c."sourceId" LEFT JOIN "User" a ON a."id" = c."assigneeId"`,
};

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
 * The queries that read every matching claim in the table's order: one per range of the sort (sortRanges: two for
 * the value sort, valued claims in order and then the unvalued ones by id).
 *
 * @example
 * exportQueries(claimsQuerySchema.parse({ sort: "value" }), {}, "sqlite").length // 2
 */
export function exportQueries(
  query: ClaimsQuery,
  scope: { documentId?: string; userId?: string | null },
  dialect: Dialect,
  select: SelectList = EXPORT_SELECT,
): SqlQuery[] {
  const postgres = dialect === "postgres";
  const filter = pageFilter(query, scope);
  return sortRanges(query.sort, query.dir).map((range) => {
    const where = claimsWhereSql(filter, postgres, range.where ? Prisma.raw(range.where) : undefined);
    const sql = `SELECT ${select.columns} FROM "Claim" c ${select.joins} ${postgres ? where.text : where.sql} ${orderByText(range.order, "c")}`;
    return { sql, params: where.values };
  });
}
