/**
 * The unit of comparison: one quantity with the claim (and so the source) it belongs to and where it was published.
 */
import type { Claim, Quantity } from "@/lib/extract/schema.ts";

export interface CompareItem {
  /** Unique id in the comparison: "q3" inside one document, "doc.txt#q3" across documents. */
  key: string;
  quantity: Quantity;
  claim: Claim;
  documentId: string;
  /**
   * ISO publication time of the document. The time hook: two figures from different times where the later is higher
   * are a developing figure, not a conflict (see pairVerdict); issue 4 can refine this with event times.
   */
  publishedAt: string | null;
  /**
   * The event the document reports (lib/compare/events.ts), when known: cross-document groups never span two events
   * (cross.ts bucketKey). Undefined or null: grouped by publication week, as before events existed.
   */
  eventId?: string | null;
}
