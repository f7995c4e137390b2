/**
 * Groups across documents: the same counted thing in the same event from many outlets, judged with time.
 * One pure function serves `claimtrack compare` and the app's incremental grouping (lib/groups), so both agree:
 * items are partitioned by counted-noun class and publication week, then grouped by groupQuantities (concept, event
 * verb, places, scope, sub-counts) and judged by judgeAcross.
 */
import { groupQuantities, itemSignature } from "./group.ts";
import type { CompareItem } from "./item.ts";
import { type CrossVerdict, judgeAcross } from "./timeline.ts";

/**
 * The time bucket: reports are compared only inside one calendar week (weeks from the Unix epoch, a Thursday). A
 * fixed bucket, rather than a sliding window, makes incremental grouping exact: re-grouping one bucket gives what
 * grouping the whole corpus gives. The cost: an event straddling the bucket edge is split in two groups.
 */
export const WINDOW_MS = 7 * 24 * 3600 * 1000;

export interface CrossGroup {
  /** Bucket key of the first member: the index the app looks candidate groups up by (see bucketKeys). */
  key: string;
  concept: string;
  unit: string | null;
  /** Member item keys, ordered by publication time. */
  members: string[];
  verdict: CrossVerdict;
  explanation: string;
}

/** The counted-noun class of an item, or null when it counts nothing comparable. */
export function unitClassOf(item: CompareItem): string | null {
  return itemSignature(item).unit;
}

/**
 * The index key of an item, and the partition it is grouped in: counted-noun class and event ("x|person|e:<id>"), or
 * without an event the publication week ("x|person|2920"), "u" for undated.
 * @example bucketKey(item) // "x|person|2920"
 */
export function bucketKey(item: CompareItem): string | null {
  const unit = unitClassOf(item);
  if (unit === null) return null;
  // Figures are compared only inside one event: the event is the partition when the document has one.
  if (item.eventId) return `x|${unit}|e:${item.eventId}`;
  const t = Date.parse(item.publishedAt ?? "");
  return `x|${unit}|${Number.isFinite(t) ? Math.floor(t / WINDOW_MS) : "u"}`;
}

/**
 * Groups items from many documents. Every item with a counted noun lands in exactly one group (singletons too, so
 * the next document can join them); only groups of two or more carry a verdict.
 * @example groupAcross(items).filter((g) => g.verdict === "conflict")
 */
export function groupAcross(items: CompareItem[]): CrossGroup[] {
  const buckets = new Map<string, CompareItem[]>();
  for (const item of items) {
    const key = bucketKey(item);
    if (key === null) continue;
    const list = buckets.get(key) ?? [];
    list.push(item);
    buckets.set(key, list);
  }
  const out: CrossGroup[] = [];
  for (const [, list] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(...groupChain([...list].sort(byTimeThenKey)));
  }
  return out;
}

function groupChain(chain: CompareItem[]): CrossGroup[] {
  const byKey = new Map(chain.map((i) => [i.key, i]));
  const placed = new Set<string>();
  const out: CrossGroup[] = [];
  // Background ("the 2013 Rana Plaza collapse killed over 1,100") is kept apart from the event's own figures by
  // groupQuantities (context.ts differentSets): compared only with the same background figure elsewhere.
  const { groups } = groupQuantities(chain);
  for (const g of groups) {
    // A share linked to an "N of M" figure is a second group for one item; the app keeps one group per item.
    const members = g.members.filter((m) => !placed.has(m)).map((m) => byKey.get(m) as CompareItem);
    if (members.length === 0) continue;
    for (const m of members) placed.add(m.key);
    out.push(toGroup(members));
  }
  for (const item of chain) if (!placed.has(item.key)) out.push(toGroup([item]));
  return out;
}

function toGroup(members: CompareItem[]): CrossGroup {
  const sorted = [...members].sort(byTimeThenKey);
  const judged = members.length > 1 ? judgeAcross(sorted) : { verdict: null, explanation: "one report" };
  return {
    key: bucketKey(sorted[0]) as string,
    concept: sorted.find((m) => m.quantity.concept)?.quantity.concept ?? sorted[0].quantity.unit ?? "",
    unit: sorted[0].quantity.unit,
    members: sorted.map((m) => m.key),
    verdict: judged.verdict,
    explanation: judged.explanation,
  };
}

function byTimeThenKey(a: CompareItem, b: CompareItem): number {
  const ta = Date.parse(a.publishedAt ?? "") || 0;
  const tb = Date.parse(b.publishedAt ?? "") || 0;
  if (ta !== tb) return ta - tb;
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.quantity.start - b.quantity.start;
}
