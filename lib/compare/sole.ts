/**
 * The one count a report gives of a specific noun. When two reports of one event each count "comments" once, with
 * figures of one order ("nearly 235,000 comments the agency received", "nearly 300,000 comments, the vast majority
 * opposing the changes"), they count one population, however differently their phrases go on: the phrase words that
 * keep two counts apart elsewhere ("received" vs "opposing") are what each writer said about it. Pure.
 *
 * Not for what an event holds many of: people, money, shares and durations (GENERIC_UNITS, time, spans of play),
 * measures (feet, GHz), a player's line, ages; and not for small counts ("two cables", "three fights": an event's
 * small sets are many, and a report naming one of them says nothing of another report's).
 */
import { isAgeUnit } from "@/lib/extract/lexicon/units.ts";
import { differentSets } from "./context.ts";
import type { CompareItem } from "./item.ts";
import { isPlayerLine, type Signature, soleCountsMeet } from "./signature.ts";
import { GENERIC_UNITS, SPAN_UNITS } from "./signature-lexicon.ts";
import { dimensionOf, isMeasureUnit } from "./units.ts";
import { sameFigure } from "./verdict.ts";

/** Below this, a count is one of an event's many small sets ("four games", "three cables"). */
export const SOLE_MIN = 10;
/** Two sole counts are one population only when of one order: the larger at most this many times the smaller. */
export const SOLE_RATIO = 2;

const NOT_COUNTED = new Set<string>([...GENERIC_UNITS, ...SPAN_UNITS]);

/**
 * The keys of the figures that are their document's only count of their counted noun (every figure of that noun in
 * the document the same figure; "200,000 of the comments", a part of the whole, is not another count), for nouns that
 * name a specific thing. `signatureOf` is the item's signature (group.ts itemSignature).
 * @example soleCounts(items, itemSignature) // Set {"a#q2", "b#q1"}
 */
export function soleCounts(items: readonly CompareItem[], signatureOf: (item: CompareItem) => Signature): Set<string> {
  const byNoun = new Map<string, CompareItem[]>();
  for (const item of items) {
    const unit = signatureOf(item).unit;
    if (unit === null || partitive(item)) continue;
    const key = `${item.documentId}\u0000${unit}`;
    const list = byNoun.get(key);
    if (list) list.push(item);
    else byNoun.set(key, [item]);
  }
  const out = new Set<string>();
  for (const list of byNoun.values()) {
    if (!list.every((o) => sameFigure(o.quantity, list[0].quantity))) continue;
    for (const item of list) if (specific(item, signatureOf(item))) out.add(item.key);
  }
  return out;
}

/**
 * Whether two figures of two documents, each its document's sole count (`soleCounts`), count one population: of one
 * order and ten or more, nothing against them in their signatures (signature.ts soleCountsMeet) or in the words
 * around them but their noun's modifiers ("public comments", "written comments": a sole count's modifier describes
 * it; another report has no other set of comments to tell it from). Evidence for, in group.ts's complete linkage.
 * @example soleMatch(comments235k, sig235k, comments300k, sig300k) // true
 */
export function soleMatch(a: CompareItem, sa: Signature, b: CompareItem, sb: Signature): boolean {
  if (a.documentId === b.documentId || !ofOneOrder(a, b) || !soleCountsMeet(sa, sb)) return false;
  return !differentSets(a, b, { modifiers: false });
}

function ofOneOrder(a: CompareItem, b: CompareItem): boolean {
  const low = Math.min(a.quantity.value, b.quantity.value);
  const high = Math.max(a.quantity.value, b.quantity.value);
  return low >= SOLE_MIN && high <= SOLE_RATIO * low;
}

/** "more than 200,000 of the comments", "26 of 31 provinces": a part of a whole counted elsewhere. */
function partitive(item: CompareItem): boolean {
  return item.quantity.of !== null || /\bof\s+(?:the|these|those|them|which|its|their)\b/i.test(item.quantity.text);
}

function specific(item: CompareItem, s: Signature): boolean {
  // "a 9-14 start", "58-3": a record, two counts in one (ADR 033 keeps records out of the figures).
  if (/\d\s*-\s*\d/.test(item.quantity.text)) return false;
  const unit = s.unit;
  if (unit === null || NOT_COUNTED.has(unit) || isMeasureUnit(unit) || isMeasureUnit(item.quantity.unit)) return false;
  if (isAgeUnit(unit) || dimensionOf(unit) !== null) return false;
  return !isPlayerLine(unit, [...s.events, ...s.words]);
}
