/**
 * Source reads (server-only) for /sources, /sources/[id] and the REST API (GET /api/sources, /api/sources/{id}).
 */
import "server-only";
import { cache } from "react";

import { unresolvedCounts } from "@/lib/comments/data";
import { type Db, db, type Prisma } from "@/lib/db/client";
import { literalContains } from "@/lib/db/literal-contains";
import { type KeyColumn, type KeyPart, keysetOrder, keysetWhere } from "@/lib/pagination/cursor";
import { sourceKeyDocument } from "./normalize.ts";

export interface SourceScope {
  documentId: string;
  /** The document's title; "(deleted document)" when it is gone. */
  title: string;
}

/**
 * The document each of these sources belongs to, for the sources that are a document's description ("Police",
 * ADR 019); names (and descriptions stored before ADR 019) are absent. Two queries, whatever the number of ids.
 *
 * @example
 * (await sourceScopes(ids)).get(policeId) // { documentId: "d1", title: "Fire in Dhaka" }
 */
export async function sourceScopes(
  sourceIds: readonly string[],
  database: Db = db(),
): Promise<Map<string, SourceScope>> {
  const out = new Map<string, SourceScope>();
  if (sourceIds.length === 0) return out;
  const rows = await database.source.findMany({
    where: { id: { in: [...new Set(sourceIds)] } },
    select: { id: true, normalizedName: true },
  });
  const scoped = rows
    .map((r) => ({ id: r.id, documentId: sourceKeyDocument(r.normalizedName) }))
    .filter((r): r is { id: string; documentId: string } => r.documentId !== null);
  if (scoped.length === 0) return out;
  const docs = await database.document.findMany({
    where: { id: { in: [...new Set(scoped.map((r) => r.documentId))] } },
    select: { id: true, title: true },
  });
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  for (const r of scoped) {
    out.set(r.id, { documentId: r.documentId, title: titles.get(r.documentId) ?? "(deleted document)" });
  }
  return out;
}

/**
 * Every source with its claim count, most cited first (the /claims source facet; the /sources page pages instead).
 *
 * @example
 * const sources = await listSources();
 */
export async function listSources(database: Db = db()) {
  return database.source.findMany({
    orderBy: [{ claimCount: "desc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, affiliation: true, claimCount: true },
  });
}

/**
 * One source with its aliases and the documents it is cited in.
 *
 * @example
 * const source = await getSource(id); if (!source) notFound();
 *
 * cache()d: the page and its metadata both read it in one request.
 */
export const getSource = cache(async (id: string, database: Db = db()) => {
  const source = await database.source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      affiliation: true,
      aliases: true,
      notes: true,
      claimCount: true,
      createdAt: true,
      version: true,
    },
  });
  if (!source) return null;
  const aliases: unknown = JSON.parse(source.aliases);
  return { ...source, aliases: Array.isArray(aliases) ? (aliases as string[]) : [] };
});

/** The REST list's order: name, then id so equal names keep one order across pages. */
export const SOURCE_ORDER: KeyColumn[] = [
  { field: "name", dir: "asc" },
  { field: "id", dir: "asc" },
];

/** The /sources page's order: most cited first, then by name; the id breaks ties. */
export const SOURCE_CITED_ORDER: KeyColumn[] = [
  { field: "claimCount", dir: "desc" },
  { field: "name", dir: "asc" },
  { field: "id", dir: "asc" },
];

export interface SourceFilters {
  /** Part of the name, any case. */
  q?: string;
  kind?: string;
}

/**
 * Up to `take` sources in `order` (SOURCE_ORDER by default) after the sort key `after` (null: from the start), for cursor pages.
 *
 * @example
 * const rows = await sourcesAfter({ kind: "official" }, null, 51);
 */
export async function sourcesAfter(
  filters: SourceFilters,
  after: KeyPart[] | null,
  take: number,
  order: KeyColumn[] = SOURCE_ORDER,
  database: Db = db(),
) {
  const where = await sourceWhere(database, filters);
  if (after) where.push(keysetWhere(order, after));
  return database.source.findMany({
    where: { AND: where },
    orderBy: keysetOrder(order),
    take,
    select: { id: true, name: true, kind: true, affiliation: true, claimCount: true },
  });
}

/**
 * One source with its claim count per status (statuses without claims are absent).
 *
 * @example
 * const s = await sourceWithStatusCounts(id); s?.claimsByStatus.disputed ?? 0
 */
async function sourceWhere(database: Db, filters: SourceFilters): Promise<Prisma.SourceWhereInput[]> {
  const where: Prisma.SourceWhereInput[] = [];
  // "50%" means 50%: literally, in any case.
  if (filters.q) where.push(await literalContains("Source", ["name"], filters.q, database));
  if (filters.kind) where.push({ kind: filters.kind });
  return where;
}

/**
 * How many sources match the filters.
 *
 * @example
 * await countSources({ kind: "official" }) // 42
 */
export async function countSources(filters: SourceFilters, database: Db = db()): Promise<number> {
  return database.source.count({ where: { AND: await sourceWhere(database, filters) } });
}

export async function sourceWithStatusCounts(id: string, database: Db = db()) {
  const source = await getSource(id, database);
  if (!source) return null;
  const groups = await database.claim.groupBy({ by: ["status"], where: { sourceId: id }, _count: { _all: true } });
  const claimsByStatus: Record<string, number> = {};
  for (const g of groups) claimsByStatus[g.status] = g._count._all;
  return { ...source, claimsByStatus };
}

/**
 * One page of /sources, most cited first: the rows after `after` (take = page size + 1, for pageOf), the matching
 * total, the unresolved comment threads of each row, and the document of each row that is a document's description
 * (two "Police" rows are told apart by it).
 *
 * @example
 * const { rows, total, unresolved } = await sourcesPage({ q }, null, 51);
 */
export async function sourcesPage(filters: SourceFilters, after: KeyPart[] | null, take: number, database: Db = db()) {
  const [rows, total] = await Promise.all([
    sourcesAfter(filters, after, take, SOURCE_CITED_ORDER, database),
    countSources(filters, database),
  ]);
  const [unresolved, scopes] = await Promise.all([
    unresolvedCounts(
      "sourceId",
      rows.map((s) => s.id),
      database,
    ),
    sourceScopes(
      rows.map((s) => s.id),
      database,
    ),
  ]);
  return { rows, total, unresolved, scopes };
}
