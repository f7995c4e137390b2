/**
 * Document reads (server-only) for /documents and /documents/[id].
 */
import "server-only";
import { cache } from "react";

import { type Db, db, type Prisma } from "@/lib/db/client";
import { literalContains } from "@/lib/db/literal-contains";
import { type KeyColumn, type KeyPart, keysetOrder, keysetWhere } from "@/lib/pagination/cursor";

const flagOfRank = [null, "soft", "conflict"] as const;

/** Newest first; the id breaks ties so every page boundary is exact. */
export const DOCUMENT_ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "desc", date: true },
  { field: "id", dir: "desc" },
];

const summarySelect = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  publishedAt: true,
  claimCount: true,
  flagCount: true,
  createdAt: true,
} satisfies Prisma.DocumentSelect;

async function documentWhere(database: Db, q: string | undefined): Promise<Prisma.DocumentWhereInput> {
  if (!q) return {};
  // "50%" means 50%: literally, in any case.
  return literalContains("Document", ["title", "outlet"], q, database);
}

/**
 * Up to `take` documents in DOCUMENT_ORDER after the sort key `after` (null: from the start), whose title or outlet
 * contains `q`: the cursor pages of /documents and GET /api/documents.
 *
 * @example
 * const rows = await documentsAfter({ q: "reuters" }, null, 51);
 */
export async function documentsAfter(
  filters: { q?: string },
  after: KeyPart[] | null,
  take: number,
  database: Db = db(),
) {
  const where: Prisma.DocumentWhereInput[] = [await documentWhere(database, filters.q)];
  if (after) where.push(keysetWhere(DOCUMENT_ORDER, after));
  return database.document.findMany({
    where: { AND: where },
    orderBy: keysetOrder(DOCUMENT_ORDER),
    take,
    select: summarySelect,
  });
}

/**
 * One document's metadata, counts and text (GET /api/documents/{id}); null when there is none.
 *
 * @example
 * const doc = await findDocumentDetail(id); if (!doc) throw new ApiError(404, "not_found", "…");
 */
export async function findDocumentDetail(id: string, database: Db = db()) {
  return database.document.findUnique({
    where: { id },
    select: { ...summarySelect, text: true, language: true, sha256: true, extractionError: true, version: true },
  });
}

/**
 * How many documents match `q` (all of them without it).
 *
 * @example
 * await countDocuments({}) // 844
 */
export async function countDocuments(filters: { q?: string }, database: Db = db()): Promise<number> {
  return database.document.count({ where: await documentWhere(database, filters.q) });
}

/**
 * Every document, newest first, with its claim and flag counts (denormalised at write time).
 *
 * @example
 * const docs = await listDocuments();
 */
export async function listDocuments(database: Db = db()) {
  return database.document.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      claimCount: true,
      flagCount: true,
      createdAt: true,
    },
  });
}

/**
 * One document with its full text and the claim spans to highlight, in reading order.
 *
 * @example
 * const doc = await getDocument(id); if (!doc) notFound();
 *
 * cache()d: the page and its metadata both read it in one request.
 */
export const getDocument = cache(async (id: string, database: Db = db()) => {
  const doc = await database.document.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      text: true,
      createdAt: true,
      extractionError: true,
      version: true,
      datedFrom: true,
      event: { select: { id: true, title: true, documentCount: true } },
      claims: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          start: true,
          end: true,
          label: true,
          status: true,
          sourceName: true,
          sourceKind: true,
          flagRank: true,
        },
      },
    },
  });
  if (!doc) return null;
  return {
    ...doc,
    claims: doc.claims.map(({ flagRank, ...c }) => ({ ...c, flag: flagOfRank[flagRank] ?? null })),
  };
});

/**
 * One page of /documents: the rows after `after` (take = page size + 1, for pageOf), the matching total, and the
 * whole count when a search narrows it.
 *
 * @example
 * const { rows, total, all } = await documentsPage({ q: "reuters" }, null, 51);
 */
export async function documentsPage(
  filters: { q?: string },
  after: KeyPart[] | null,
  take: number,
  database: Db = db(),
) {
  const [rows, total, all] = await Promise.all([
    documentsAfter(filters, after, take, database),
    countDocuments(filters, database),
    filters.q ? countDocuments({}, database) : null,
  ]);
  return { rows, total, all };
}
