/**
 * Document reads (server-only) for /documents and /documents/[id].
 */
import { type Db, db } from "@/lib/db/client";

const flagOfRank = [null, "soft", "conflict"] as const;

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
 */
export async function getDocument(id: string, database: Db = db()) {
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
}
