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
 * The columns of a claim row the export reads in its main query (the source joined in), in select-list order: the
 * driver returns each row as an array in this order and stream-row.ts reads it by these positions.
 */
export const EXPORT_COLUMNS = `c."id", c."documentId", c."key", c."position", c."kind", c."label", c."text", c."start", c."end",
  c."sentenceStart", c."sentenceEnd", c."cueStart", c."cueEnd", c."cueText", c."status", c."version", c."createdAt",
  c."updatedAt", c."groupId", s."id" AS "sourceId", s."name" AS "sourceName", s."kind" AS "sourceKind",
  s."affiliation" AS "sourceAffiliation", c."crossGroupId", c."assigneeId", a."name" AS "assigneeName"`;

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
