/**
 * The claims table's filter as SQL, the one definition every reader shares (issue 12): the table (data.ts), the REST
 * keyset (keyset.ts), bulk changes (bulk.ts), the option counts (facet-counts.ts) and the exports (stream-sql.ts,
 * which renders the same Prisma.Sql for its driver). Portable SQL: double-quoted identifiers, parameters through
 * Prisma.sql; the text filter differs per dialect (text-search.ts).
 */
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { type ClaimsQuery, flagRanksOf } from "../query-schema.ts";
import { type SqlPiece, textSearchCondition } from "../text-search.ts";

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
 * (lib/export/stream-sql.ts renders this builder's WHERE for its driver), so the table and its export filter alike.
 */
export const UNREVIEWED =
  `(c."flagRank" > 0 AND EXISTS (SELECT 1 FROM "QuantityGroup" ug WHERE ug."id" = c."groupId" AND ug."decision" IS NULL))` +
  ` OR (c."crossFlagRank" > 0 AND EXISTS (SELECT 1 FROM "QuantityGroup" ux WHERE ux."id" = c."crossGroupId" AND ux."decision" IS NULL))`;

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
