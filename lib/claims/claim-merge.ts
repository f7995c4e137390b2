/**
 * Editors merge two adjacent claims into one (issue 13 item 2; what the shaping commands share: structure.ts).
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { sortTextOf, valueSortKeys } from "@/lib/documents/extraction-rows";
import { readSpan } from "@/lib/extract/tokens/span";
import type { MergeClaimsInput } from "./schema.ts";
import {
  afterReshape,
  conflict,
  EDITOR_ORIGIN,
  invalid,
  regroupAfter,
  renumberFigures,
  StructureRefusal,
  type StructureResult,
  TX_OPTIONS,
} from "./structure.ts";

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
  await regroupAfter(first.documentId, database);
  return { ok: true, claimIds: [first.id], documentId: first.documentId };
}
