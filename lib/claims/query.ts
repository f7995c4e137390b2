/**
 * The claims table query as Prisma arguments: filters to a where clause, a sort column to an index-backed order.
 * Every sort ends with `id` in the same direction, so pages are stable and one index serves both directions.
 */
import type { Prisma } from "@/lib/db/client";
import { type ClaimsQuery, flagRanksOf, type SortColumn } from "./schema.ts";

type Order = Prisma.ClaimOrderByWithRelationInput;

/**
 * Where clause for the table's filters. `insensitive` asks PostgreSQL for ILIKE; SQLite's LIKE already ignores ASCII
 * case and its client rejects the option.
 *
 * @example
 * claimsWhere({ status: ["disputed"], q: "fighters" }, {}, false)
 */
export function claimsWhere(
  query: Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q">,
  scope: { documentId?: string },
  insensitive: boolean,
): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (scope.documentId) and.push({ documentId: scope.documentId });
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.flag?.length) {
    const { flagRanks, crossFlagRanks } = flagRanksOf(query.flag);
    const or: Prisma.ClaimWhereInput[] = [];
    if (flagRanks.length) or.push({ flagRank: { in: flagRanks } });
    if (crossFlagRanks.length) or.push({ crossFlagRank: { in: crossFlagRanks } });
    and.push({ OR: or });
  }
  if (query.source?.length)
    and.push({ OR: [{ sourceId: { in: query.source } }, { sourceName: { in: query.source } }] });
  if (query.document?.length) and.push({ documentId: { in: query.document } });
  const q = query.q?.trim();
  if (q) {
    const contains = (insensitive ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;
    and.push({ OR: [{ text: contains }, { label: contains }, { sourceName: contains }] });
  }
  return and.length === 0 ? {} : { AND: and };
}

/**
 * Order for a sort column. `value` is handled by the caller (nulls last needs two index ranges); here it orders
 * the non-null range.
 *
 * @example
 * claimsOrder("source", "desc") // [{ sourceName: "desc" }, { id: "desc" }]
 */
export function claimsOrder(sort: SortColumn, dir: "asc" | "desc"): Order[] {
  const column: Record<SortColumn, Order[]> = {
    claim: [{ sortText: dir }],
    value: [{ sortValue: dir }],
    source: [{ sourceName: dir }],
    status: [{ status: dir }],
    flag: [{ flagRank: dir }, { crossFlagRank: dir }],
    document: [{ documentTitle: dir }],
    position: [{ documentId: dir }, { position: dir }],
  };
  return [...column[sort], { id: dir }];
}

/**
 * The raw-SQL form of a sort column (lib/db/claims-page-sql.ts), ending in `id` for a stable order.
 *
 * @example
 * sortSpec("position", "asc") // documentId, position, id ascending
 */
export function sortSpec(sort: SortColumn, dir: "asc" | "desc"): Array<{ column: string; dir: "asc" | "desc" }> {
  const columns: Record<SortColumn, string[]> = {
    claim: ["sortText"],
    value: ["sortValue"],
    source: ["sourceName"],
    status: ["status"],
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
  query: Pick<ClaimsQuery, "status" | "flag" | "source" | "document" | "q">,
  scope: { documentId?: string },
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
    q: query.q?.trim() ? query.q.trim() : null,
  };
}
