/**
 * The export's streaming read (stream.ts) as plain SQL on the driver, ~10x cheaper per row than the ORM. Its filter
 * and order are the table's own (claimsWhereSql in sql/filter.ts, sortRanges in sql/order.ts), rendered for
 * the driver: Prisma.Sql's `.sql` (`?` placeholders) on better-sqlite3, `.text` (`$n`) on pg — one definition of
 * what the table shows, so the export cannot drift from it (tests/integration/export-table-parity.test.ts).
 */

import type { ClaimsQuery } from "@/lib/claims/query-schema";
import { claimsWhereSql, pageFilter } from "@/lib/claims/sql/filter";
import { orderByText, sortRanges } from "@/lib/claims/sql/order";
import { Prisma } from "@/lib/db/generated/sqlite/client";

export type Dialect = "sqlite" | "postgres";

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * Every field the export's main queries read, by name, once (the claim `c`, its source `s`, its assignee `a`, and for
 * the CSV its headline figure `q` and flag group `g`): a query selects some of them by name (selectList), and reads
 * each value at the position the same call gives it, never at a number kept in step by hand.
 */
const CLAIM_FIELDS = {
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
  crossGroupId: `c."crossGroupId"`,
  assigneeId: `c."assigneeId"`,
  sourceId: `s."id" AS "sourceId"`,
  sourceName: `s."name" AS "sourceName"`,
  sourceKind: `s."kind" AS "sourceKind"`,
  sourceAffiliation: `s."affiliation" AS "sourceAffiliation"`,
  assigneeName: `a."name" AS "assigneeName"`,
  value: `q."value"`,
  low: `q."low"`,
  high: `q."high"`,
  modifier: `q."modifier"`,
  of: `q."of"`,
  unit: `q."unit"`,
  concept: `q."concept"`,
  quantityText: `q."text" AS "quantityText"`,
  verdict: `g."verdict"`,
  explanation: `g."explanation"`,
  decision: `g."decision"`,
  decisionReason: `g."decisionReason"`,
} as const;

export type ClaimField = keyof typeof CLAIM_FIELDS;

/** What a streaming query selects, the joins it needs beyond the claim table `c`, and where each field is in a row. */
export interface SelectList<N extends ClaimField = ClaimField> {
  columns: string;
  joins: string;
  /** Each field's position in the driver's row array (rows come as arrays, in select-list order). */
  at: Record<N, number>;
}

/**
 * A select list of the named fields, in that order, with each one's position in a row.
 *
 * @example
 * selectList(["id", "text"], "").at // { id: 0, text: 1 }
 */
export function selectList<N extends ClaimField>(names: readonly N[], joins: string): SelectList<N> {
  return {
    columns: names.map((name) => CLAIM_FIELDS[name]).join(", "),
    joins,
    at: Object.fromEntries(names.map((name, i) => [name, i])) as Record<N, number>,
  };
}

/** The export record's select list: the claim with its source and its assignee's name. */
export const EXPORT_SELECT = selectList(
  [
    "id",
    "documentId",
    "key",
    "position",
    "kind",
    "label",
    "text",
    "start",
    "end",
    "sentenceStart",
    "sentenceEnd",
    "cueStart",
    "cueEnd",
    "cueText",
    "status",
    "version",
    "createdAt",
    "updatedAt",
    "groupId",
    "sourceId",
    "sourceName",
    "sourceKind",
    "sourceAffiliation",
    "crossGroupId",
    "assigneeId",
    "assigneeName",
  ],
  `JOIN "Source" s ON s."id" = c."sourceId" LEFT JOIN "User" a ON a."id" = c."assigneeId"`,
);

/** Where each export field is in a row of EXPORT_SELECT (stream-row.ts and stream.ts read by these names). */
export const EXPORT_AT = EXPORT_SELECT.at;

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
  select: Pick<SelectList, "columns" | "joins"> = EXPORT_SELECT,
): SqlQuery[] {
  const postgres = dialect === "postgres";
  const filter = pageFilter(query, scope);
  return sortRanges(query.sort, query.dir).map((range) => {
    const where = claimsWhereSql(filter, postgres, range.where ? Prisma.raw(range.where) : undefined);
    const sql = `SELECT ${select.columns} FROM "Claim" c ${select.joins} ${postgres ? where.text : where.sql} ${orderByText(range.order, "c")}`;
    return { sql, params: where.values };
  });
}
