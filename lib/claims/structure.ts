/**
 * Editors shape a document's claims (issue 13 item 2): add a claim from a span of the text (claim-add.ts), split a
 * claim into two at one of its figures (claim-split.ts), merge two adjacent claims into one (claim-merge.ts); this
 * file holds what the three share and what re-extraction needs of editors' claims. Each write is an editor's or
 * admin's (the gate and the input's parse, with lib/claims/schema.ts, are the action's or the route's), runs in one
 * transaction, is audited through recordAudit, rebuilds the document's in-document groups from its stored figures
 * and then regroups it across documents, so both kinds of flag include the new shape.
 *
 * Every claim these commands make or reshape is marked `origin: "editor"` with who and when (editedById,
 * editedAt), and gets a key of its own ("editor:<id>") that no extractor key can equal. Re-extraction
 * (lib/documents/reextract.ts, filterForEditorClaims below) never rewrites or deletes such a claim
 * or its figures, and drops the extractor's NEW claims whose span overlaps one, so the editor's version stands and
 * is not duplicated. An extracted claim that already existed beside an editor claim (it kept its key) is refreshed as
 * before.
 */
import { type Db, db, type Tx } from "@/lib/db/client";
import { ensureSources, refreshCounts } from "@/lib/documents/write-rows";
import { scopeOfName } from "@/lib/extract/attribution/source-scope";
import { classifyName } from "@/lib/extract/attribution/sources";
import type { Extraction, SourceScope } from "@/lib/extract/schema";
import { regroupDocument } from "@/lib/groups/mutations";
import { normalizeSourceName, storedSourceKey } from "@/lib/sources/normalize";
import { regroupWithinDocument } from "./figure-groups.ts";
import { syncTwinDecisions } from "./mutations.ts";

export const EDITOR_ORIGIN = "editor";
export const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

export type StructureCode = "not_found" | "invalid" | "conflict";
export type StructureResult =
  | { ok: true; claimIds: string[]; documentId: string }
  | { ok: false; code: StructureCode; message: string };

export const conflict = {
  ok: false,
  code: "conflict",
  message: "Someone else changed this claim first. Reload to see their change, then try again.",
} as const;

export function invalid(message: string): StructureResult {
  return { ok: false, code: "invalid", message };
}

/**
 * What re-extraction may write over a document's editor claims: the extraction without its new claims (and their
 * figures) whose span overlaps an editor claim. An extracted claim that already exists (its key is in `keptKeys`)
 * is kept: it stood beside the editor's claim before.
 *
 * @example
 * filterForEditorClaims(extraction, [{ start: 10, end: 40 }], keyOf, new Set(["quantity:...#0"]))
 */
export function filterForEditorClaims(
  extraction: Extraction,
  editorSpans: ReadonlyArray<{ start: number; end: number }>,
  keyOf: (claim: Extraction["claims"][number]) => string,
  keptKeys: ReadonlySet<string>,
): Extraction {
  if (editorSpans.length === 0) return extraction;
  const overlaps = (c: { start: number; end: number }) => editorSpans.some((e) => c.start < e.end && e.start < c.end);
  const dropped = new Set(extraction.claims.filter((c) => overlaps(c) && !keptKeys.has(keyOf(c))).map((c) => c.id));
  if (dropped.size === 0) return extraction;
  const droppedFigures = new Set(extraction.quantities.filter((q) => dropped.has(q.claimId)).map((q) => q.id));
  return {
    ...extraction,
    claims: extraction.claims.filter((c) => !dropped.has(c.id)),
    quantities: extraction.quantities.filter((q) => !droppedFigures.has(q.id)),
    dates: extraction.dates.map((d) => (d.claimId && dropped.has(d.claimId) ? { ...d, claimId: null } : d)),
    groups: extraction.groups.map((g) => ({ ...g, members: g.members.filter((m) => !droppedFigures.has(m)) })),
  };
}

export class StructureRefusal extends Error {}

/** The span with surrounding white space removed, or why it cannot be a claim. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | string {
  if (start < 0 || end > text.length || start > end) {
    return `The selection (${start}–${end}) is outside the document's text (0–${text.length}).`;
  }
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return "The selection is empty: select the words of the claim.";
  return { start: s, end: e };
}

export async function editorClaimAcross(documentId: string, start: number, end: number, database: Db = db()) {
  return database.claim.findFirst({
    where: { documentId, origin: EDITOR_ORIGIN, start: { lt: end }, end: { gt: start } },
    select: { id: true, label: true },
  });
}

/**
 * The source of an editor's new claim: the one picked, else the typed name, else the sentence's reading. A
 * description ("police", typed or read) is this document's own source, a name is everyone's (ADR 019).
 */
export async function chooseSource(
  tx: Tx,
  documentId: string,
  choice: { sourceId?: string; sourceName?: string },
  read: { name: string; kind: string; affiliation: string | null; scope: SourceScope },
): Promise<{ id: string; name: string; kind: string } | string> {
  if (choice.sourceId) {
    const source = await tx.source.findUnique({
      where: { id: choice.sourceId },
      select: { id: true, name: true, kind: true },
    });
    return source ?? "That source no longer exists: pick another or type its name.";
  }
  const typed = choice.sourceName?.trim();
  const asRead = !typed || normalizeSourceName(typed) === normalizeSourceName(read.name);
  const draft = asRead
    ? { name: read.name, kind: read.kind, affiliation: read.affiliation, aliases: [] }
    : { name: typed, kind: classifyName(typed.split(/\s+/), null, false), affiliation: null, aliases: [] };
  const scope = asRead ? read.scope : scopeOfName(typed);
  const key = storedSourceKey(draft.name, scope === "document" ? documentId : null);
  const ids = await ensureSources(tx, new Map([[key, draft]]));
  return ids.get(key) ?? "Could not store the source.";
}

export async function renumberFigures(
  tx: Tx,
  claimId: string,
  figures: ReadonlyArray<{ id: string; ordinal: number }>,
) {
  const ordered = [...figures].sort((a, b) => a.ordinal - b.ordinal);
  for (let i = 0; i < ordered.length; i++) {
    await tx.quantity.update({ where: { id: ordered[i].id }, data: { claimId, ordinal: i } });
  }
}

/**
 * Numbers a document's claims in text order again (Claim.position: the document table's order) after editors'
 * claims were added or reshaped, or re-extraction numbered only its own.
 *
 * @example await renumberPositions(tx, documentId)
 */
export async function renumberPositions(tx: Tx, documentId: string): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { documentId },
    select: { id: true, position: true },
    orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
  });
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].position !== i) await tx.claim.update({ where: { id: claims[i].id }, data: { position: i } });
  }
}

/** Claim order in the document by offset, in-document groups from the stored figures, and the counts. */
export async function afterReshape(tx: Tx, documentId: string, sourceIds: string[]): Promise<void> {
  await renumberPositions(tx, documentId);
  await regroupWithinDocument(tx, documentId);
  await refreshCounts(tx, [documentId], [...new Set(sourceIds)]);
}

/** Cross-document groups and flags after the write, then one triage state for twin groups. */
export async function regroupAfter(documentId: string, database: Db = db()): Promise<void> {
  await regroupDocument(documentId, database);
  await syncTwinDecisions(database, documentId);
}
