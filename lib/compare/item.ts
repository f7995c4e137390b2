/**
 * The unit of comparison: one quantity with the claim (and so the source) it belongs to and where it was published.
 */
import type { Claim, Quantity } from "@/lib/extract/schema.ts";
import type { EventSignature } from "./event.ts";

export interface CompareItem {
  /** Unique id in the comparison: "q3" inside one document, "doc.txt#q3" across documents. */
  key: string;
  quantity: Quantity;
  claim: Claim;
  documentId: string;
  /**
   * What explanations call the document (its outlet, else its title): the app's document ids are opaque. Undefined:
   * the id, which in `claimtrack compare` is the input's own name.
   */
  documentName?: string;
  /**
   * ISO publication time of the document. The time hook: two figures from different times where the later is higher
   * are a developing figure, not a conflict (see pairVerdict); issue 4 can refine this with event times.
   */
  publishedAt: string | null;
  /**
   * The event its document reports, as a signature of its text (lib/compare/event.ts): figures of two documents
   * are grouped only when their documents report one event (sameEvent). Used where no event layer is at hand (the
   * CLI's compare); undefined: not judged.
   */
  event?: EventSignature;
  /**
   * The stored event the document belongs to (lib/events, clustered by lib/compare/events.ts, moved and merged by
   * editors): cross-document groups never span two events (cross.ts bucketKey), and inside one the event layer's
   * decision stands (the signature is not consulted). Undefined or null: grouped by publication week.
   */
  eventId?: string | null;
}
