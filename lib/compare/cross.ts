/**
 * Groups across documents: the same counted thing in the same event from many outlets, judged with time.
 * One pure function serves `claimtrack compare` and the app's incremental grouping (lib/groups), so both agree:
 * items are partitioned by counted-noun class and a time window, then grouped by groupQuantities (concept, event
 * verb, places, scope, sub-counts) and judged by judgeAcross.
 */
import { groupQuantities } from "./group.ts";
import type { CompareItem } from "./item.ts";
import { signatureOf } from "./signature.ts";
import { type CrossVerdict, judgeAcross } from "./timeline.ts";

/** Reports further apart than this are different events, whatever they count. */
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
  return signatureOf(item.quantity.concept, item.quantity.unit).unit;
}

/**
 * The index key of an item: counted-noun class and publication week ("x|person|2920"), "u" for undated.
 * @example bucketKey(item) // "x|person|2920"
 */
export function bucketKey(item: CompareItem): string | null {
  const unit = unitClassOf(item);
  if (unit === null) return null;
  const t = Date.parse(item.publishedAt ?? "");
  return `x|${unit}|${Number.isFinite(t) ? Math.floor(t / WINDOW_MS) : "u"}`;
}

/**
 * The bucket keys whose groups a new item may join: its own week and the weeks either side.
 * @example bucketKeys(item) // ["x|person|2919", "x|person|2920", "x|person|2921"]
 */
export function bucketKeys(item: CompareItem): string[] {
  const key = bucketKey(item);
  if (key === null) return [];
  const [, unit, week] = key.split("|");
  if (week === "u") return [key];
  const w = Number(week);
  return [w - 1, w, w + 1].map((n) => `x|${unit}|${n}`);
}

/**
 * Groups items from many documents. Every item with a counted noun lands in exactly one group (singletons too, so
 * the next document can join them); only groups of two or more carry a verdict.
 * @example groupAcross(items).filter((g) => g.verdict === "conflict")
 */
export function groupAcross(items: CompareItem[]): CrossGroup[] {
  const partitions = new Map<string, CompareItem[]>();
  for (const item of items) {
    const unit = unitClassOf(item);
    if (unit === null) continue;
    const dated = Number.isFinite(Date.parse(item.publishedAt ?? ""));
    const k = `${unit}|${dated ? "d" : "u"}`;
    const list = partitions.get(k) ?? [];
    list.push(item);
    partitions.set(k, list);
  }
  const out: CrossGroup[] = [];
  for (const [k, list] of [...partitions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sorted = [...list].sort(byTimeThenKey);
    for (const chain of k.endsWith("|d") ? timeChains(sorted) : [sorted]) out.push(...groupChain(chain));
  }
  return out;
}

function groupChain(chain: CompareItem[]): CrossGroup[] {
  const byKey = new Map(chain.map((i) => [i.key, i]));
  const placed = new Set<string>();
  const out: CrossGroup[] = [];
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

/** Splits time-sorted items where two neighbours are more than the window apart. */
function timeChains(sorted: CompareItem[]): CompareItem[][] {
  const chains: CompareItem[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const t = Date.parse(item.publishedAt ?? "");
    if (chains.length === 0 || t - last > WINDOW_MS) chains.push([]);
    chains[chains.length - 1].push(item);
    last = t;
  }
  return chains;
}

function byTimeThenKey(a: CompareItem, b: CompareItem): number {
  const ta = Date.parse(a.publishedAt ?? "") || 0;
  const tb = Date.parse(b.publishedAt ?? "") || 0;
  if (ta !== tb) return ta - tb;
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.quantity.start - b.quantity.start;
}
