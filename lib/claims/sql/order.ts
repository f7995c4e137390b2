/**
 * The claims table's order as SQL, the one definition every reader shares: each sort's columns (sortSpec, ending in
 * `id` in the same direction so pages are stable and one index serves both directions), the ranges a sort reads in
 * turn (sortRanges: "no value last"), and the ORDER BY text (orderByText).
 */
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { SortColumn } from "../query-schema.ts";

export type SortList = Array<{ column: string; dir: "asc" | "desc" }>;

/** A sort as the page query takes it (sortSpec's output). */
export type SortSpec = SortList;

/** One range of a sort: the claims matching `where` (SQL on the claim table `c`, or null for all), in `order`. */
export interface SortRange {
  where: string | null;
  order: SortList;
}

/**
 * The raw-SQL form of a sort column, ending in `id` for a stable order.
 *
 * @example
 * sortSpec("position", "asc") // documentId, position, id ascending
 */
export function sortSpec(sort: SortColumn, dir: "asc" | "desc"): SortList {
  const columns: Record<SortColumn, string[]> = {
    // The label the column shows (Claim.sortText = sortTextOf(label)).
    claim: ["sortText"],
    // Unit first, then value: taka, missiles and fighters are not interleaved (valueSortKeys).
    value: ["sortUnit", "sortValue"],
    source: ["sourceName"],
    status: ["statusRank"],
    flag: ["flagRank", "crossFlagRank"],
    document: ["documentTitle"],
    position: ["documentId", "position"],
  };
  return [...columns[sort], "id"].map((column) => ({ column, dir }));
}

/**
 * The ranges a sort reads in turn, the one definition of "no value last" for the table (listClaims), the REST keyset
 * (keyset.ts) and the exports (stream-sql.ts): one range for every sort but the value sort, which reads the valued
 * claims in order and then the unvalued ones by id, in both directions — each range served by its own index, where one
 * ORDER BY ... NULLS LAST would defeat the index on one database or the other.
 *
 * @example
 * sortRanges("value", "desc") // [{ where: 'c."sortValue" IS NOT NULL', order: sortUnit, sortValue, id desc }, { where: 'c."sortValue" IS NULL', order: id desc }]
 * sortRanges("claim", "asc") // [{ where: null, order: sortText, id asc }]
 */
export function sortRanges(sort: SortColumn, dir: "asc" | "desc"): SortRange[] {
  return sort === "value" ? valueRanges(dir) : [{ where: null, order: sortSpec(sort, dir) }];
}

/**
 * The value sort's two ranges: the claims with a headline figure by unit and value, then those without by id.
 *
 * @example
 * const [valued, unvalued] = valueRanges("asc"); // valued.where === 'c."sortValue" IS NOT NULL'
 */
export function valueRanges(dir: "asc" | "desc"): [SortRange & { where: string }, SortRange & { where: string }] {
  return [
    { where: `c."sortValue" IS NOT NULL`, order: sortSpec("value", dir) },
    { where: `c."sortValue" IS NULL`, order: [{ column: "id", dir }] },
  ];
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
 * The ORDER BY clause of a sort (sortSpec), for the table's page query and the export's
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

/**
 * orderByText as a Prisma.Sql fragment, for the page query.
 *
 * @example
 * Prisma.sql`SELECT ... ${orderSql(sortSpec("claim", "asc"), "c")}`
 */
export function orderSql(sort: SortSpec, alias: string): Prisma.Sql {
  return Prisma.raw(orderByText(sort, alias));
}
