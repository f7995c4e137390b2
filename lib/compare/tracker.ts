/**
 * The toll tracker of an event: each counted casualty concept (dead, injured, arrested, displaced) with every figure
 * the event's documents give for it — figure x source x publication time. Pure; background figures (another, earlier
 * event mentioned in passing) are left out.
 */

import { formatFigure } from "@/lib/claims/format.ts";
import { contextOf } from "./context.ts";
import { itemSignature } from "./group.ts";
import type { CompareItem } from "./item.ts";

export type TollConcept = "dead" | "injured" | "arrested" | "displaced";

const CONCEPT_OF_EVENT: Readonly<Record<string, TollConcept>> = {
  die: "dead",
  injure: "injured",
  arrest: "arrested",
  displace: "displaced",
};
const ORDER: TollConcept[] = ["dead", "injured", "arrested", "displaced"];

export interface TrackerPoint {
  key: string;
  documentId: string;
  claimId: string;
  /** "at least 12", "~850". */
  figure: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  source: string;
  publishedAt: string | null;
}

export interface TrackerSeries {
  concept: TollConcept;
  points: TrackerPoint[];
}

/**
 * Groups an event's figures of people by what happened to them, ordered by publication time (undated last).
 * @example tollTracker(items) // [{ concept: "dead", points: [{ figure: "at least 12", source: "the document", ... }] }]
 */
export function tollTracker(items: CompareItem[]): TrackerSeries[] {
  const series = new Map<TollConcept, TrackerPoint[]>();
  for (const item of items) {
    const signature = itemSignature(item);
    if (signature.unit !== "person" || signature.subset || contextOf(item).background) continue;
    const concepts = [...signature.events].map((e) => CONCEPT_OF_EVENT[e]).filter((c) => c !== undefined);
    // "killed or injured": counts two things at once, so neither toll.
    if (concepts.length !== 1) continue;
    const list = series.get(concepts[0]) ?? [];
    list.push({
      key: item.key,
      documentId: item.documentId,
      claimId: item.claim.id,
      figure: formatFigure(item.quantity),
      value: item.quantity.value,
      low: item.quantity.low,
      high: item.quantity.high,
      modifier: item.quantity.modifier,
      source: item.claim.source.kind === "unattributed" ? "unattributed" : item.claim.source.name,
      publishedAt: item.publishedAt,
    });
    series.set(concepts[0], list);
  }
  return ORDER.filter((c) => series.has(c)).map((concept) => ({
    concept,
    points: (series.get(concept) as TrackerPoint[]).sort(
      (a, b) =>
        (Date.parse(a.publishedAt ?? "") || Number.POSITIVE_INFINITY) -
          (Date.parse(b.publishedAt ?? "") || Number.POSITIVE_INFINITY) || a.key.localeCompare(b.key),
    ),
  }));
}
