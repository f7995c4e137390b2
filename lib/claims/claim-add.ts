/**
 * Editors add a claim from a span of a document's text (issue 13 item 2; what the shaping commands share:
 * structure.ts).
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { sortTextOf, valueSortKeys } from "@/lib/documents/extraction-rows";
import { readSpan } from "@/lib/extract/tokens/span";
import { normalizeSourceName } from "@/lib/sources/normalize";
import type { AddClaimInput } from "./schema.ts";
import {
  afterReshape,
  chooseSource,
  EDITOR_ORIGIN,
  editorClaimAcross,
  invalid,
  regroupAfter,
  StructureRefusal,
  type StructureResult,
  TX_OPTIONS,
  trimSpan,
} from "./structure.ts";

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
  const crossing = await editorClaimAcross(documentId, span.start, span.end, database);
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
  await regroupAfter(documentId, database);
  return { ok: true, claimIds: [id], documentId };
}
