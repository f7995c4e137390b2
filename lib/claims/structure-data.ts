/**
 * What the document page's claim tools (add from a selection, split, merge) read: the document's claims in text
 * order with their figures, and the sources an editor may pick from. Server-only; the db is the last parameter.
 */
import "server-only";
import { type Db, db } from "@/lib/db/client";

export interface StructureClaim {
  id: string;
  start: number;
  end: number;
  version: number;
  label: string;
  sourceId: string;
  sourceName: string;
  origin: string;
  /** The figures as written, in text order. */
  figures: string[];
}

/** How many of the most cited sources the picker offers besides the document's own. */
const OTHER_SOURCES = 200;

/**
 * @example const { claims, sources } = await claimStructureView(documentId);
 */
export async function claimStructureView(
  documentId: string,
  database: Db = db(),
): Promise<{ claims: StructureClaim[]; sources: Array<{ id: string; name: string }> }> {
  const rows = await database.claim.findMany({
    where: { documentId },
    orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
    select: {
      id: true,
      start: true,
      end: true,
      version: true,
      label: true,
      sourceId: true,
      sourceName: true,
      origin: true,
      quantities: { select: { text: true, start: true }, orderBy: { start: "asc" } },
    },
  });
  const own = new Map(rows.map((c) => [c.sourceId, c.sourceName]));
  const others = await database.source.findMany({
    where: { id: { notIn: [...own.keys()] } },
    orderBy: [{ claimCount: "desc" }, { id: "asc" }],
    take: OTHER_SOURCES,
    select: { id: true, name: true },
  });
  const sources = [...[...own].map(([id, name]) => ({ id, name })), ...others].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return {
    claims: rows.map(({ quantities, ...c }) => ({ ...c, figures: quantities.map((q) => q.text) })),
    sources,
  };
}

/**
 * Who made a claim the editor's (added, split, merged or corrected it) and when, for the claim page; null for a claim
 * as the extractor found it.
 *
 * @example await editorMark(claimId) // { by: "Ed Itor", at: Date }
 */
export async function editorMark(
  claimId: string,
  database: Db = db(),
): Promise<{ by: string | null; at: Date | null } | null> {
  const claim = await database.claim.findUnique({
    where: { id: claimId },
    select: { origin: true, editedById: true, editedAt: true },
  });
  if (claim?.origin !== "editor") return null;
  const user = claim.editedById
    ? await database.user.findUnique({ where: { id: claim.editedById }, select: { name: true } })
    : null;
  return { by: user?.name ?? null, at: claim.editedAt };
}
