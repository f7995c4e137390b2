/**
 * The claims table query's sort and filter specs for the raw SQL builders (lib/db/claims-page-sql.ts,
 * stream-sql.ts, keyset.ts). Every sort ends with `id` in the same direction, so pages are stable and one index
 * serves both directions.
 */
import { type ClaimsQuery, flagRanksOf, type SortColumn } from "./schema.ts";

export type SortList = Array<{ column: string; dir: "asc" | "desc" }>;

/** One range of a sort: the claims matching `where` (SQL on the claim table `c`, or null for all), in `order`. */
export interface SortRange {
  where: string | null;
  order: SortList;
}

/**
 * The raw-SQL form of a sort column (lib/db/claims-page-sql.ts), ending in `id` for a stable order.
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

/**
 * The table's filters in the shape the raw-SQL page query takes.
 *
 * @example
 * pageFilter(claimsQuerySchema.parse({ flag: "conflict" }), {}) // { flagRanks: [2], crossFlagRanks: [], ... }
 */
export function pageFilter(
  query: Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q"> & { assignee?: string[] },
  scope: { documentId?: string; userId?: string | null },
) {
  const documentIds = scope.documentId
    ? query.document?.length && !query.document.includes(scope.documentId)
      ? ["(none)"] // scope and filter disagree: nothing matches
      : [scope.documentId]
    : (query.document ?? []);
  return {
    documentIds,
    statuses: query.status ?? [],
    ...flagRanksOf(query.flag ?? []),
    sources: query.source ?? [],
    ...assigneeFilter(query.assignee ?? [], scope.userId ?? null),
    q: query.q?.trim() ? query.q.trim() : null,
  };
}

/**
 * The Assignee filter's values -> user ids and "unassigned": "me" is the signed-in user (nobody when there is none:
 * the CLI, a token-less read), "none" the claims assigned to nobody.
 *
 * @example
 * assigneeFilter(["me", "none"], "u1") // { assignees: ["u1"], unassigned: true }
 */
export function assigneeFilter(values: string[], userId: string | null): { assignees: string[]; unassigned: boolean } {
  const assignees = values.flatMap((v) => (v === "none" ? [] : v === "me" ? (userId ? [userId] : ["(nobody)"]) : [v]));
  return { assignees: [...new Set(assignees)], unassigned: values.includes("none") };
}
