/**
 * Editors shape a document's claims (issue 13 item 2): add a claim from a span of the text, split a claim into two
 * at one of its figures, merge two adjacent claims into one. Each write is an editor's or admin's (the gate and the
 * input's parse, with lib/claims/schema.ts, are the action's or the route's), runs in one transaction, is audited
 * through recordAudit, rebuilds the document's in-document groups from its stored figures and then regroups it across
 * documents, so both kinds of flag include the new shape.
 *
 * Every claim these commands make or reshape is marked `origin: "editor"` with who and when (editedById,
 * editedAt), and gets a key of its own ("editor:<id>") that no extractor key can equal. Re-extraction
 * (lib/documents/mutations.ts reextractDocument, filterForEditorClaims below) never rewrites or deletes such a claim
 * or its figures, and drops the extractor's NEW claims whose span overlaps one, so the editor's version stands and
 * is not duplicated. An extracted claim that already existed beside an editor claim (it kept its key) is refreshed as
 * before.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { sortTextOf, valueSortKeys } from "@/lib/documents/extraction-rows";
import { ensureSources, refreshCounts } from "@/lib/documents/write-rows";
import { plainLabel } from "@/lib/extract/claim-label";
import type { Extraction, SourceScope } from "@/lib/extract/schema";
import { scopeOfName } from "@/lib/extract/source-scope";
import { classifyName } from "@/lib/extract/sources";
import { readSpan } from "@/lib/extract/span";
import { regroupDocument } from "@/lib/groups/mutations";
import { normalizeSourceName, storedSourceKey } from "@/lib/sources/normalize";
import { regroupWithinDocument } from "./figure-groups.ts";
import { syncTwinDecisions } from "./mutations.ts";
import type { AddClaimInput, MergeClaimsInput, SplitClaimInput } from "./schema.ts";

export const EDITOR_ORIGIN = "editor";
const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

export type StructureCode = "not_found" | "invalid" | "conflict";
export type StructureResult =
  | { ok: true; claimIds: string[]; documentId: string }
  | { ok: false; code: StructureCode; message: string };

const conflict = {
  ok: false,
  code: "conflict",
  message: "Someone else changed this claim first. Reload to see their change, then try again.",
} as const;

function invalid(message: string): StructureResult {
  return { ok: false, code: "invalid", message };
}

/**
 * Adds a claim from a span of the document's text: the extractor's quantity parsing on the span gives its figures,
 * the sentence's attribution its source unless the editor picks one (an existing source, or a typed name). Extracted
 * claims it says everything of (all their figures inside the span; without figures, wholly inside it), with no
 * editor work on them, are replaced by it (named in the audit row); a claim with a figure outside the span stays
 * beside it, so no figure is lost.
 *
 * @example
 * await addClaimFromSpan(user, { documentId, start: 120, end: 164, sourceName: "Hengaw" })
 * // { ok: true, claimIds: ["..."], documentId }
 */
export async function addClaimFromSpan(
  actor: Actor,
  input: AddClaimInput,
  database: Db = db(),
): Promise<StructureResult> {
  const { documentId, sourceId, sourceName } = input;
  const doc = await database.document.findUnique({
    where: { id: documentId },
    select: { id: true, text: true, title: true },
  });
  if (!doc) return { ok: false, code: "not_found", message: "This document no longer exists." };
  const span = trimSpan(doc.text, input.start, input.end);
  if (typeof span === "string") return invalid(span);
  const crossing = await editorClaimAcross(database, documentId, span.start, span.end);
  if (crossing) return invalid(`The selection crosses the editor's claim "${crossing.label}". Select text outside it.`);
  const reading = readSpan(doc.text, span.start, span.end);
  const actorId = actor.id;
  const id = newId();
  const now = new Date();

  const added = await database
    .$transaction(async (tx) => {
      const source = await chooseSource(tx, documentId, { sourceId, sourceName }, reading.source);
      if (typeof source === "string") throw new StructureRefusal(source);
      const fromReading = normalizeSourceName(source.name) === normalizeSourceName(reading.source.name);
      const cue = fromReading ? reading.source.cue : null;
      const text = doc.text.slice(span.start, span.end);
      await tx.claim.create({
        data: {
          id,
          documentId,
          sourceId: source.id,
          key: `editor:${id}`,
          position: 0,
          sentenceStart: reading.sentenceStart,
          sentenceEnd: reading.sentenceEnd,
          start: span.start,
          end: span.end,
          text,
          label: reading.label,
          kind: reading.kind,
          cueStart: cue?.start ?? null,
          cueEnd: cue?.end ?? null,
          cueText: cue?.text ?? null,
          ...valueSortKeys(reading.figures[0]),
          sortText: sortTextOf(reading.label),
          sourceName: source.name,
          sourceKind: source.kind,
          documentTitle: doc.title,
          origin: EDITOR_ORIGIN,
          editedById: actorId,
          editedAt: now,
        },
      });
      // The extractor's claims the editor's span says everything of (all their figures lie in it; a claim without
      // figures lies wholly in it) give way to it, unless an editor worked on them (status, comments, evidence).
      // A claim with a figure outside the span stays beside it, so no figure is lost.
      const overlapping = await tx.claim.findMany({
        where: {
          documentId,
          origin: { not: EDITOR_ORIGIN },
          start: { lt: span.end },
          end: { gt: span.start },
          status: "unverified",
          comments: { none: {} },
          evidence: { none: {} },
        },
        select: { id: true, label: true, sourceId: true, start: true, end: true, quantities: true },
      });
      const within = (r: { start: number; end: number }) => r.start >= span.start && r.end <= span.end;
      const inside = overlapping.filter((c) => (c.quantities.length > 0 ? c.quantities.every(within) : within(c)));
      if (inside.length > 0) await tx.claim.deleteMany({ where: { id: { in: inside.map((c) => c.id) } } });
      if (reading.figures.length > 0) {
        await tx.quantity.createMany({
          data: reading.figures.map((f, ordinal) => ({ id: newId(), documentId, claimId: id, ordinal, ...f })),
        });
      }
      await recordAudit(tx, {
        actorId,
        entityType: "claim",
        entityId: id,
        action: "add",
        after: {
          text,
          start: span.start,
          end: span.end,
          source: source.name,
          figures: reading.figures.map((f) => f.text),
          ...(inside.length > 0 ? { replaced: inside.map((c) => ({ id: c.id, label: c.label })) } : {}),
        },
      });
      await afterReshape(tx, documentId, [source.id, ...inside.map((c) => c.sourceId)]);
      return null;
    }, TX_OPTIONS)
    .catch((error: unknown) => {
      if (error instanceof StructureRefusal) return error.message;
      throw error;
    });
  if (added) return invalid(added);
  await regroupAfter(database, documentId);
  return { ok: true, claimIds: [id], documentId };
}

/**
 * Splits a claim with two or more figures into two before one of its figures (in text order): the first keeps the
 * claim's id, status, comments and evidence and the text up to the split point; the second is a new claim from the
 * split point on, with the same source and status. Each keeps its own figures (corrections included).
 *
 * @example
 * await splitClaim(user, { claimId, version: 2, beforeFigure: 2 }) // { ok: true, claimIds: [claimId, newId], ... }
 */
export async function splitClaim(actor: Actor, input: SplitClaimInput, database: Db = db()): Promise<StructureResult> {
  const { claimId, version, beforeFigure } = input;
  const claim = await database.claim.findUnique({
    where: { id: claimId },
    include: { quantities: true, document: { select: { text: true } } },
  });
  if (!claim) return { ok: false, code: "not_found", message: "This claim no longer exists." };
  if (claim.version !== version) return conflict;
  const figures = [...claim.quantities].sort((a, b) => a.start - b.start || a.end - b.end);
  if (figures.length < 2) return invalid("Only a claim with two or more figures can be split.");
  if (beforeFigure > figures.length) return invalid(`This claim has ${figures.length} figures.`);
  const text = claim.document.text;
  const at = splitPoint(text, figures[beforeFigure - 2].end, figures[beforeFigure - 1].start);
  const left = trimSpan(text, claim.start, at.leftEnd);
  const right = trimSpan(text, at.rightStart, claim.end);
  if (typeof left === "string" || typeof right === "string") return invalid("There is no text to split there.");
  const actorId = actor.id;
  const secondId = newId();
  const now = new Date();
  const firstFigures = figures.slice(0, beforeFigure - 1);
  const secondFigures = figures.slice(beforeFigure - 1);

  const applied = await database.$transaction(async (tx) => {
    const shape = (s: { start: number; end: number }, own: typeof figures) => {
      const reading = readSpan(text, s.start, s.end);
      const body = text.slice(s.start, s.end);
      const headline = [...own].sort((a, b) => a.ordinal - b.ordinal)[0];
      const hasCue = claim.cueStart !== null && claim.cueStart >= s.start && (claim.cueEnd ?? 0) <= s.end;
      const label = reading.figures.length > 0 ? reading.label : plainLabel(body);
      return {
        start: s.start,
        end: s.end,
        text: body,
        label,
        kind: own.length > 0 ? "quantity" : reading.kind,
        cueStart: hasCue ? claim.cueStart : null,
        cueEnd: hasCue ? claim.cueEnd : null,
        cueText: hasCue ? claim.cueText : null,
        ...valueSortKeys(headline),
        sortText: sortTextOf(label),
        origin: EDITOR_ORIGIN,
        editedById: actorId,
        editedAt: now,
      };
    };
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { ...shape(left, firstFigures), key: `editor:${claimId}`, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.claim.create({
      data: {
        id: secondId,
        documentId: claim.documentId,
        sourceId: claim.sourceId,
        key: `editor:${secondId}`,
        position: claim.position,
        sentenceStart: claim.sentenceStart,
        sentenceEnd: claim.sentenceEnd,
        status: claim.status,
        sourceName: claim.sourceName,
        sourceKind: claim.sourceKind,
        documentTitle: claim.documentTitle,
        ...shape(right, secondFigures),
      },
    });
    await renumberFigures(tx, claimId, firstFigures);
    await renumberFigures(tx, secondId, secondFigures);
    await recordAudit(tx, {
      actorId,
      entityType: "claim",
      entityId: claimId,
      action: "split",
      before: { text: claim.text, figures: figures.map((f) => f.text), version },
      after: {
        first: { id: claimId, text: text.slice(left.start, left.end), figures: firstFigures.map((f) => f.text) },
        second: { id: secondId, text: text.slice(right.start, right.end), figures: secondFigures.map((f) => f.text) },
        version: version + 1,
      },
    });
    await afterReshape(tx, claim.documentId, [claim.sourceId]);
    return true;
  }, TX_OPTIONS);
  if (!applied) return conflict;
  await regroupAfter(database, claim.documentId);
  return { ok: true, claimIds: [claimId, secondId], documentId: claim.documentId };
}

/**
 * Merges two adjacent claims of one document (no claim between them) into the earlier one: spans and figures
 * joined, one source (the editor's choice when they differ), the later claim's comments and evidence moved over,
 * the later claim deleted.
 *
 * @example
 * await mergeClaims(user, { firstId, secondId, sourceId }) // { ok: true, claimIds: [firstId], ... }
 */
export async function mergeClaims(
  actor: Actor,
  input: MergeClaimsInput,
  database: Db = db(),
): Promise<StructureResult> {
  if (input.firstId === input.secondId) return invalid("Choose two different claims to merge.");
  const pair = await database.claim.findMany({
    where: { id: { in: [input.firstId, input.secondId] } },
    include: { quantities: true, document: { select: { text: true } } },
  });
  if (pair.length < 2) return { ok: false, code: "not_found", message: "One of these claims no longer exists." };
  const versionOf = new Map([
    [input.firstId, input.firstVersion],
    [input.secondId, input.secondVersion],
  ]);
  if (pair.some((c) => versionOf.get(c.id) !== undefined && versionOf.get(c.id) !== c.version)) return conflict;
  const [first, second] = pair.sort((a, b) => a.start - b.start || a.end - b.end);
  if (first.documentId !== second.documentId) return invalid("Only claims of one document can be merged.");
  const between = await database.claim.count({
    where: {
      documentId: first.documentId,
      id: { notIn: [first.id, second.id] },
      start: { gt: first.start, lt: second.start },
    },
  });
  if (between > 0) return invalid("Only adjacent claims can be merged: another claim lies between these two.");
  const sourceId = input.sourceId ?? (first.sourceId === second.sourceId ? first.sourceId : null);
  if (!sourceId) return invalid("These claims name different sources: choose which source the merged claim keeps.");
  const chosen = [first, second].find((c) => c.sourceId === sourceId);
  if (!chosen) return invalid("The merged claim keeps the source of one of the two claims.");
  const text = first.document.text;
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.end, second.end);
  const body = text.slice(start, end);
  const actorId = actor.id;
  const figures = [
    ...[...first.quantities].sort((a, b) => a.ordinal - b.ordinal),
    ...[...second.quantities].sort((a, b) => a.ordinal - b.ordinal),
  ];
  const reading = readSpan(text, start, end);

  const applied = await database
    .$transaction(async (tx) => {
      const { count } = await tx.claim.updateMany({
        where: { id: first.id, version: first.version },
        data: {
          start,
          end,
          text: body,
          sentenceStart: Math.min(first.sentenceStart, second.sentenceStart),
          sentenceEnd: Math.max(first.sentenceEnd, second.sentenceEnd),
          label: reading.label,
          kind: figures.length > 0 ? "quantity" : reading.kind,
          sourceId: chosen.sourceId,
          sourceName: chosen.sourceName,
          sourceKind: chosen.sourceKind,
          cueStart: chosen.cueStart,
          cueEnd: chosen.cueEnd,
          cueText: chosen.cueText,
          ...valueSortKeys(figures[0]),
          sortText: sortTextOf(reading.label),
          key: `editor:${first.id}`,
          origin: EDITOR_ORIGIN,
          editedById: actorId,
          editedAt: new Date(),
          version: { increment: 1 },
        },
      });
      if (count === 0) return false;
      const later = await tx.claim.updateMany({
        where: { id: second.id, version: second.version },
        data: { version: { increment: 1 } },
      });
      if (later.count === 0) throw new StructureRefusal("conflict");
      // Deleting the later claim would cascade its figures, comments and evidence: they are moved first.
      await tx.quantity.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
      await tx.comment.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
      await tx.evidence.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
      await tx.evidence.updateMany({ where: { targetClaimId: second.id }, data: { targetClaimId: first.id } });
      await tx.claim.delete({ where: { id: second.id } });
      await renumberFigures(tx, first.id, figures);
      await recordAudit(tx, {
        actorId,
        entityType: "claim",
        entityId: first.id,
        action: "merge",
        before: {
          first: { id: first.id, text: first.text, source: first.sourceName, version: first.version },
          second: { id: second.id, text: second.text, source: second.sourceName, version: second.version },
        },
        after: {
          text: body,
          source: chosen.sourceName,
          figures: figures.map((f) => f.text),
          version: first.version + 1,
        },
      });
      await afterReshape(tx, first.documentId, [first.sourceId, second.sourceId]);
      return true;
    }, TX_OPTIONS)
    .catch((error: unknown) => {
      if (error instanceof StructureRefusal && error.message === "conflict") return false;
      throw error;
    });
  if (!applied) return conflict;
  await regroupAfter(database, first.documentId);
  return { ok: true, claimIds: [first.id], documentId: first.documentId };
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

class StructureRefusal extends Error {}

/** The span with surrounding white space removed, or why it cannot be a claim. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | string {
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

/**
 * Where to cut between two figures: at the last clause break between them ("," ";" "—" or "and", "while", "but",
 * "whereas"), which belongs to neither part; without one, right before the second figure.
 *
 * @example splitPoint("15 dead and 40 injured", 7, 12) // { leftEnd: 7, rightStart: 12 }
 */
function splitPoint(text: string, from: number, to: number): { leftEnd: number; rightStart: number } {
  const gap = text.slice(from, to);
  let found: { leftEnd: number; rightStart: number } | null = null;
  for (const m of gap.matchAll(/\s*[,;—–]\s*|\s+(?:and|while|but|whereas)\s+/gi)) {
    found = { leftEnd: from + m.index, rightStart: from + m.index + m[0].length };
  }
  return found ?? { leftEnd: to, rightStart: to };
}

async function editorClaimAcross(database: Db, documentId: string, start: number, end: number) {
  return database.claim.findFirst({
    where: { documentId, origin: EDITOR_ORIGIN, start: { lt: end }, end: { gt: start } },
    select: { id: true, label: true },
  });
}

/**
 * The source of an editor's new claim: the one picked, else the typed name, else the sentence's reading. A
 * description ("police", typed or read) is this document's own source, a name is everyone's (ADR 019).
 */
async function chooseSource(
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

async function renumberFigures(tx: Tx, claimId: string, figures: ReadonlyArray<{ id: string; ordinal: number }>) {
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
async function afterReshape(tx: Tx, documentId: string, sourceIds: string[]): Promise<void> {
  await renumberPositions(tx, documentId);
  await regroupWithinDocument(tx, documentId);
  await refreshCounts(tx, [documentId], [...new Set(sourceIds)]);
}

/** Cross-document groups and flags after the write, then one triage state for twin groups. */
async function regroupAfter(database: Db, documentId: string): Promise<void> {
  await regroupDocument(documentId, database);
  await syncTwinDecisions(database, documentId);
}
