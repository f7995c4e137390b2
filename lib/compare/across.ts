/**
 * Comparison across documents: many extractions -> one set of groups and discrepancies. Used by `claimtrack compare`
 * and meant to be the same code the app calls (issue 4), so both give the same verdicts.
 */
import type { Extraction } from "@/lib/extract/schema.ts";
import { eventSignature } from "./event.ts";
import { type CompareItem, groupQuantities } from "./group.ts";
import type { CompareResult } from "./schema.ts";

export interface ComparedDocument {
  extraction: Extraction;
  publishedAt: string | null;
  /** The document's text: its event signature keeps figures of different events apart (event.ts). */
  text?: string;
}

/**
 * Groups the quantities of several extractions; member ids are `${documentId}#${quantityId}`.
 * @example compareDocuments([{ extraction: a, publishedAt: null }, { extraction: b, publishedAt: null }]).discrepancies
 */
export function compareDocuments(documents: ComparedDocument[]): CompareResult {
  const items: CompareItem[] = [];
  for (const { extraction, publishedAt, text } of documents) {
    const event = text === undefined ? undefined : eventSignature(text);
    const claims = new Map(extraction.claims.map((c) => [c.id, c]));
    for (const quantity of extraction.quantities) {
      const claim = claims.get(quantity.claimId);
      if (!claim) continue;
      const key = `${extraction.id}#${quantity.id}`;
      items.push({ key, quantity, claim, documentId: extraction.id, publishedAt, event });
    }
  }
  const { groups, discrepancies } = groupQuantities(items);
  return {
    documents: documents.map(({ extraction: e }) => ({
      id: e.id,
      claims: e.claims.length,
      quantities: e.quantities.length,
    })),
    figures: items.map(({ key, quantity: q, claim, documentId, publishedAt }) => ({
      key,
      documentId,
      quantityId: q.id,
      text: q.text,
      value: q.value,
      low: q.low,
      high: q.high,
      modifier: q.modifier,
      of: q.of,
      unit: q.unit,
      concept: q.concept,
      source: { name: claim.source.name, kind: claim.source.kind },
      publishedAt,
    })),
    groups,
    discrepancies,
  };
}
