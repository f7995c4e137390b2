/**
 * The claims table's Source and Document filter options (server-only). An archive holds 100,000 documents and as
 * many document-scoped sources, so a facet never loads them all: it offers the most cited ones, whatever the URL
 * already selects, and finds the rest by name on demand (the filter's search box).
 */
import "server-only";
import { type Db, db, providerOf } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { sourceScopes } from "@/lib/sources/data";
import { sourceLabel } from "@/lib/sources/normalize";

export type FacetKind = "source" | "document";

export interface FacetItem {
  id: string;
  label: string;
  count: number;
}

export interface Facet {
  /** The most cited `limit` items, then the selected ones not among them; most cited first. */
  items: FacetItem[];
  /** How many sources / documents there are in all. */
  total: number;
}

/** A checkbox list longer than this stops being usable; the search box finds the rest. */
export const FACET_LIMIT = 60;
/** How many name matches one search returns. */
export const FACET_SEARCH_LIMIT = 20;

/** `%`, `_` and `\\` are literal in a name search ("100%" is not "anything"). */
function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A document's description ("Police") is labelled with its document, so two "Police" options differ (ADR 019). */
async function labelSources(database: Db, items: FacetItem[]): Promise<FacetItem[]> {
  const scopes = await sourceScopes(
    items.map((i) => i.id),
    database,
  );
  return items.map((i) => ({ ...i, label: sourceLabel(i.label, scopes.get(i.id)) }));
}

async function findItems(
  database: Db,
  kind: FacetKind,
  where: { ids?: string[]; needle?: string },
  take: number,
): Promise<FacetItem[]> {
  const items = await findRows(database, kind, where, take);
  return kind === "source" ? labelSources(database, items) : items;
}

async function findRows(
  database: Db,
  kind: FacetKind,
  where: { ids?: string[]; needle?: string },
  take: number,
): Promise<FacetItem[]> {
  if (where.needle !== undefined) {
    // Prisma's `contains` passes % and _ through as wildcards, so the name search is written out, for both databases
    // (SQLite's LIKE is case-insensitive for ASCII; PostgreSQL needs ILIKE).
    const like = Prisma.raw(providerOf(database) === "postgres" ? "ILIKE" : "LIKE");
    const pattern = likePattern(where.needle);
    const rows =
      kind === "source"
        ? await database.$queryRaw<Array<{ id: string; label: string; count: number | bigint }>>(
            Prisma.sql`SELECT "id", "name" AS "label", "claimCount" AS "count" FROM "Source"
              WHERE "name" ${like} ${pattern} ESCAPE '\\'
              ORDER BY "claimCount" DESC, "name" ASC, "id" ASC LIMIT ${take}`,
          )
        : await database.$queryRaw<Array<{ id: string; label: string; count: number | bigint }>>(
            Prisma.sql`SELECT "id", "title" AS "label", "claimCount" AS "count" FROM "Document"
              WHERE "title" ${like} ${pattern} ESCAPE '\\'
              ORDER BY "claimCount" DESC, "title" ASC, "id" ASC LIMIT ${take}`,
          );
    return rows.map((r) => ({ id: r.id, label: r.label, count: Number(r.count) }));
  }
  const ids = where.ids ? { id: { in: where.ids } } : {};
  if (kind === "source") {
    const rows = await database.source.findMany({
      where: ids,
      orderBy: [{ claimCount: "desc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, claimCount: true },
      take,
    });
    return rows.map((r) => ({ id: r.id, label: r.name, count: r.claimCount }));
  }
  const rows = await database.document.findMany({
    where: ids,
    orderBy: [{ claimCount: "desc" }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, claimCount: true },
    take,
  });
  return rows.map((r) => ({ id: r.id, label: r.title, count: r.claimCount }));
}

/**
 * The options of one facet: bounded whatever the archive's size (two indexed queries and a count).
 *
 * @example
 * const { items, total } = await facetOptions("document", query.document);
 */
export async function facetOptions(
  kind: FacetKind,
  selected: readonly string[],
  database: Db = db(),
  limit = FACET_LIMIT,
): Promise<Facet> {
  const wanted = [...new Set(selected)].slice(0, 200);
  const [top, chosen, total] = await Promise.all([
    findItems(database, kind, {}, limit),
    wanted.length > 0 ? findItems(database, kind, { ids: wanted }, wanted.length) : Promise.resolve([]),
    kind === "source" ? database.source.count() : database.document.count(),
  ]);
  const seen = new Set(top.map((i) => i.id));
  return { items: [...top, ...chosen.filter((i) => !seen.has(i.id))], total };
}

/**
 * Sources or documents whose name contains `needle` (case-insensitive), most cited first; at most
 * FACET_SEARCH_LIMIT. An empty needle finds nothing.
 *
 * @example
 * await searchFacet("source", "police") // [{ id, label: "Gazipur police", count: 12 }, ...]
 */
export async function searchFacet(kind: FacetKind, needle: string, database: Db = db()): Promise<FacetItem[]> {
  const trimmed = needle.trim().slice(0, 200);
  if (trimmed === "") return [];
  return findItems(database, kind, { needle: trimmed }, FACET_SEARCH_LIMIT);
}
