/**
 * Editors split a claim in two at one of its figures (issue 13 item 2; what the shaping commands share:
 * structure.ts).
 */
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { sortTextOf, valueSortKeys } from "@/lib/documents/extraction-rows";
import { plainLabel } from "@/lib/extract/claims/label";
import { readSpan } from "@/lib/extract/tokens/span";
import type { SplitClaimInput } from "./schema.ts";
import {
  afterReshape,
  conflict,
  EDITOR_ORIGIN,
  invalid,
  regroupAfter,
  renumberFigures,
  type StructureResult,
  TX_OPTIONS,
  trimSpan,
} from "./structure.ts";

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
  await regroupAfter(claim.documentId, database);
  return { ok: true, claimIds: [claimId, secondId], documentId: claim.documentId };
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
