/**
 * The verdict between two figures for the same thing, and the words that explain it.
 */
import { formatPercent } from "@/lib/claims/format.ts";
import { isAgeUnit } from "@/lib/extract/lexicon/units.ts";
import type { Quantity } from "@/lib/extract/schema.ts";
import { type Interval, isPointEstimate, measureOf, overlaps, roundingStep, toInterval } from "./interval.ts";
import type { CompareItem } from "./item.ts";
import { baseMeasureOf, convertible, dimensionOf, inBaseUnit, isConversion, isMeasureUnit } from "./units.ts";

export type PairVerdict = "conflict" | "soft" | "developing" | null;

/**
 * Compares two figures that count the same thing.
 * - conflict: the intervals cannot both hold, or two point estimates differ beyond the rounding of the coarser one;
 * - soft: compatible, but different measures (a share against "26 of 31") or precisions ("over 800" against "~850");
 * - developing: a later publication reports a higher figure (a rising toll), not a contradiction (issue 4);
 * - null: the same figure.
 * @example pairVerdict(approx800, approx850) // "conflict"
 */
export function pairVerdict(a: CompareItem, b: CompareItem): PairVerdict {
  const qa = a.quantity;
  const qb = b.quantity;
  if (sameFigure(qa, qb)) return null;
  if (isShare(qa) !== isShare(qb) || (qa.of === null) !== (qb.of === null)) return "soft";
  let raw: PairVerdict;
  if (convertible(qa, qb)) {
    // "2,000 feet (600 m)": one figure in two units; otherwise both are compared in the base unit.
    const samePhrasing = qa.modifier === qb.modifier || (isPointEstimate(qa.modifier) && isPointEstimate(qb.modifier));
    if (samePhrasing && isConversion(qa, qb)) return null;
    const ca = inBaseUnit(qa);
    const cb = inBaseUnit(qb);
    raw = rawVerdict(ca.quantity, cb.quantity, Math.max(ca.step, cb.step));
  } else raw = rawVerdict(qa, qb, null);
  // "at least 3" in the morning, "at least 24" at night: still being counted, whether or not the bounds overlap.
  if (raw !== null && isRising(a, b)) return "developing";
  return raw;
}

/** `step`: the coarser written step in the pair's unit, when the figures were converted to one; else read here. */
function rawVerdict(qa: Quantity, qb: Quantity, step: number | null): PairVerdict {
  const ma = measureOf(qa);
  const mb = measureOf(qb);
  if (isPointEstimate(qa.modifier) && isPointEstimate(qb.modifier)) {
    // "10 minutes" and "about 10 minutes": one figure, nothing for an editor to look at.
    if (ma === mb) return null;
    // "almost 100" says which side of 100 it is on ([90, 100], docs/quantity-semantics.md), where "about 100" only
    // rounds: a figure outside that side is another figure, whatever the rounding ("89 arrested" or "105 arrested").
    if (isNearly(qa) || isNearly(qb)) return overlaps(toInterval(qa), toInterval(qb)) ? "soft" : "conflict";
    // The coarser figure's rounding decides: "~800" (to the hundred) and "~850" differ by half a step: conflict.
    // An age is written to the year ("60-year-old" is not "about 60"): 60 against 61 is two ages; a temperature to
    // the degree ("minus 20 degrees" is not "about minus 20"): minus 17 against minus 20 is two readings. A count of
    // ten or fewer things written without a hedge is counted ("missed 10 games"): 10 against nine is two counts.
    const writtenExactly =
      (isExactAge(qa) && isExactAge(qb)) ||
      (isExactDegree(qa) && isExactDegree(qb)) ||
      (countedToTen(qa) && countedToTen(qb));
    const coarser = writtenExactly ? 1 : (step ?? Math.max(roundingStep(ma), roundingStep(mb)));
    return Math.abs(ma - mb) < coarser / 2 ? "soft" : "conflict";
  }
  // "between six and 75 years" and "from 7 to 75 years": the same upper end, so both give the range's ends, and they
  // disagree on the lower one. Two ranges that share no end ("30-40", "35-45") are two estimates: compatible.
  if (isWrittenRange(qa) && isWrittenRange(qb)) {
    const [la, ha, lb, hb] = [qa.low, qa.high, qb.low, qb.high] as number[];
    const differ = (x: number, y: number) =>
      Math.abs(x - y) >= (step ?? Math.max(roundingStep(x), roundingStep(y))) / 2;
    if ((la === lb && differ(ha, hb)) || (ha === hb && differ(la, lb))) return "conflict";
  }
  return overlaps(statedInterval(qa, step), statedInterval(qb, step)) ? "soft" : "conflict";
}

/**
 * The interval a figure states, a round exact figure with its rounding: "30 years" is 25-35 where "more than 30 years"
 * is open above 30, so the two agree; "12 killed" (written to the unit) against "more than 12" does not; a decimal
 * carries the rounding of its last digit ("4.5 pounds" against "under 4.5 pounds").
 */
function statedInterval(q: Quantity, step: number | null): Interval {
  const interval = toInterval(q);
  // Figures converted to one unit (`step` given) are not widened: the pair's coarser step is not this figure's.
  if (step !== null || q.modifier !== "exact" || q.of !== null || isAgeUnit(q.unit)) return interval;
  const rounding = roundingStep(measureOf(q));
  // A count written to the unit is counted ("12 killed"); a decimal is a measurement rounded to its last digit
  // ("weighs 4.5 pounds" is 4.45-4.55, so it meets "under 4.5 pounds").
  if (rounding < 10 && Number.isInteger(measureOf(q))) return interval;
  return { ...interval, low: interval.low - rounding / 2, high: interval.high + rounding / 2 };
}

/** A range written with both ends ("between 6 and 75", "10-15"), not a vague plural ("dozens": 24-99). */
const VAGUE_RANGE = /\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b/i;
function isWrittenRange(q: Quantity): boolean {
  return q.modifier === "range" && q.low !== null && q.high !== null && !VAGUE_RANGE.test(q.text);
}

/** "nearly / almost / close to N": an approximation bounded above by N (the extractor's [0.9 N, N]). */
function isNearly(q: Quantity): boolean {
  return q.modifier === "approximately" && q.high === q.value && q.low !== null && q.low < q.value;
}

function isExactAge(q: Quantity): boolean {
  return q.modifier === "exact" && isAgeUnit(q.unit);
}

function isExactDegree(q: Quantity): boolean {
  return q.modifier === "exact" && q.unit === "degree";
}

/** Different publication times, and the later one reports more: a toll that is still being counted. */
function isRising(a: CompareItem, b: CompareItem): boolean {
  if (a.publishedAt === null || b.publishedAt === null) return false;
  const ta = Date.parse(a.publishedAt);
  const tb = Date.parse(b.publishedAt);
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || ta === tb) return false;
  const [early, late] = ta < tb ? [a.quantity, b.quantity] : [b.quantity, a.quantity];
  return baseMeasureOf(late) > baseMeasureOf(early);
}

/**
 * The same figure written again: same value, modifier, total and bounds, in the same unit ("2,000 feet" is not
 * "2,000 metres", "two months" not "two years", though each pair is one measure).
 */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  if (a.value !== b.value || a.modifier !== b.modifier || a.of !== b.of || a.low !== b.low || a.high !== b.high) {
    return false;
  }
  if (a.unit?.toLowerCase() === b.unit?.toLowerCase()) return true;
  return dimensionOf(a.unit) === null && dimensionOf(b.unit) === null;
}

/** A share of a whole ("two-thirds of the country", "40 percent") rather than a count. */
export function isShare(q: Quantity): boolean {
  return q.of !== null || (q.modifier === "fraction" && q.value <= 1);
}

/** Relative difference from the smaller to the larger measure, as "+6%"; two ages' difference in years. */
export function spreadText(a: Quantity, b: Quantity): string {
  const low = Math.min(baseMeasureOf(a), baseMeasureOf(b));
  const high = Math.max(baseMeasureOf(a), baseMeasureOf(b));
  // Two ages differ by years, not by a share: "1 year apart" says what an editor checks.
  if (isExactAge(a) && isExactAge(b) && a.unit === b.unit) {
    const span = (a.unit ?? "").replace(/s old$/, "");
    return `${high - low} ${span}${high - low === 1 ? "" : "s"} apart`;
  }
  if (low <= 0) return "";
  return `+${formatPercent((high - low) / low)}`;
}

/** "10 games", "nine people": a count of ten or fewer things written without a hedge, not a measure ("10 hours"). */
function countedToTen(q: Quantity): boolean {
  return (
    q.modifier === "exact" &&
    q.of === null &&
    Number.isInteger(q.value) &&
    q.value >= 0 &&
    q.value <= 10 &&
    !isMeasureUnit(q.unit) &&
    !isAgeUnit(q.unit)
  );
}
