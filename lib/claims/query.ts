/**
 * The claims table query's sort and filter specs for the raw SQL builders (lib/db/claims-page-sql.ts,
 * stream-sql.ts, keyset.ts). Every sort ends with `id` in the same direction, so pages are stable and one index
 * serves both directions.
 */
import { type ClaimsQuery, flagRanksOf, type SortColumn } from "./schema.ts";

/**
 * The raw-SQL form of a sort column (lib/db/claims-page-sql.ts), ending in `id` for a stable order.
 *
 * @example
 * sortSpec("position", "asc") // documentId, position, id ascending
 */
export function sortSpec(sort: SortColumn, dir: "asc" | "desc"): Array<{ column: string; dir: "asc" | "desc" }> {
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
