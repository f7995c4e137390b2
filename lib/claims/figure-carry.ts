/**
 * An editor's figure corrections and headline choices survive re-extraction (issue 13: "re-extraction proposes, the
 * editor's version stands"). Re-extraction (lib/documents/reextract.ts) deletes a document's
 * quantities and writes the extractor's new ones; before that, carryFigures() notes every corrected figure and every
 * headline an editor chose, keyed by claim and by the figure as written (text and offset, which a re-run of the
 * same text reproduces); after, restoreFigures() puts them back on the matching new figures and re-judges the flags
 * they feed. A figure the new extractor no longer finds cannot be matched and is dropped, as the extractor proposes.
 */
import type { Tx } from "@/lib/db/client";
import { valueSortKeys } from "@/lib/documents/extraction-rows";
import { recomputeClaimFlags } from "@/lib/groups/recompute";

interface CarriedFigure {
  claimId: string;
  text: string;
  start: number;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  unit: string | null;
  concept: string | null;
  correctedById: string | null;
  correctedAt: Date;
}

export interface CarriedFigures {
  corrections: CarriedFigure[];
  /** The figure (as written, and where) an editor made each claim's headline. */
  headlines: Array<{ claimId: string; text: string; start: number }>;
}

/**
 * The document's editor work on figures, read before its quantities are replaced.
 *
 * @example
 * const carried = await carryFigures(tx, documentId); // ... replace the quantities ... await restoreFigures(tx, carried)
 */
export async function carryFigures(tx: Tx, documentId: string): Promise<CarriedFigures> {
  const corrected = await tx.quantity.findMany({
    where: { documentId, correctedAt: { not: null } },
    select: {
      claimId: true,
      text: true,
      start: true,
      value: true,
      low: true,
      high: true,
      modifier: true,
      unit: true,
      concept: true,
      correctedById: true,
      correctedAt: true,
    },
  });
  const chosen = await tx.auditEvent.findMany({
    where: { entityType: "claim", action: "headline", entityId: { in: await claimIdsOf(tx, documentId) } },
    select: { entityId: true },
    distinct: ["entityId"],
  });
  const headlines = await tx.quantity.findMany({
    where: { documentId, ordinal: 0, claimId: { in: chosen.map((c) => c.entityId) } },
    select: { claimId: true, text: true, start: true },
  });
  return {
    corrections: corrected.map((q) => ({ ...q, correctedAt: q.correctedAt as Date })),
    headlines,
  };
}

/**
 * Puts carried corrections and headline choices back on the document's new figures and re-judges the flags of the
 * claims touched. Returns those claims' ids.
 *
 * @example
 * await restoreFigures(tx, carried) // ["claim-id", ...]
 */
export async function restoreFigures(tx: Tx, carried: CarriedFigures): Promise<string[]> {
  const touched = new Set<string>();
  for (const c of carried.corrections) {
    const { claimId, text, start, ...fields } = c;
    const { count } = await tx.quantity.updateMany({ where: { claimId, text, start }, data: fields });
    if (count > 0) touched.add(claimId);
  }
  for (const h of carried.headlines) {
    const figures = await tx.quantity.findMany({
      where: { claimId: h.claimId },
      select: { id: true, ordinal: true, text: true, start: true },
    });
    const chosen = figures.find((f) => f.text === h.text && f.start === h.start);
    const current = figures.find((f) => f.ordinal === 0);
    if (!chosen || chosen.id === current?.id) continue;
    if (current) await tx.quantity.update({ where: { id: current.id }, data: { ordinal: chosen.ordinal } });
    await tx.quantity.update({ where: { id: chosen.id }, data: { ordinal: 0 } });
    touched.add(h.claimId);
  }
  for (const claimId of touched) {
    const headline = await tx.quantity.findFirst({
      where: { claimId, ordinal: 0 },
      select: { value: true, unit: true },
    });
    await tx.claim.update({ where: { id: claimId }, data: valueSortKeys(headline) });
    await recomputeClaimFlags(tx, claimId);
  }
  return [...touched];
}

async function claimIdsOf(tx: Tx, documentId: string): Promise<string[]> {
  return (await tx.claim.findMany({ where: { documentId }, select: { id: true } })).map((c) => c.id);
}
