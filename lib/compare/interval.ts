/**
 * Quantity semantics for comparison (DESIGN.md, "Quantity semantics"): every quantity is an interval, and a figure
 * written round ("800", "1.2 million") also carries the precision it was rounded to.
 */
import { APPROXIMATELY_TOLERANCE } from "@/lib/extract/quantities/modifiers.ts";
import type { Quantity } from "@/lib/extract/schema.ts";

export interface Interval {
  low: number;
  high: number;
  /** true when the end itself is excluded: "over 800" is (800, inf). */
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * Half-width for "approximately" when a quantity arrives without bounds (hand-made or older rows): the extractor's
 * own documented tolerance (docs/quantity-semantics.md), so both paths read "approximately" alike. Bounds the
 * extractor filled always win.
 */
export const APPROXIMATELY_FALLBACK = APPROXIMATELY_TOLERANCE;

/** The comparable figure: a share for "26 of 31" and fractions, else the value. */
export function measureOf(q: Pick<Quantity, "value" | "of">): number {
  return q.of !== null && q.of !== 0 ? q.value / q.of : q.value;
}

/**
 * The interval a quantity asserts.
 * @example toInterval({ value: 800, low: 800, high: null, modifier: "moreThan", of: null })
 * // { low: 800, high: Infinity, lowOpen: true, highOpen: false }
 */
export function toInterval(q: Pick<Quantity, "value" | "low" | "high" | "modifier" | "of">): Interval {
  const total = q.of !== null && q.of !== 0 ? q.of : 1;
  const value = q.value / total;
  const low = q.low === null ? null : q.low / total;
  const high = q.high === null ? null : q.high / total;
  switch (q.modifier) {
    case "moreThan":
      return { low: low ?? value, high: Number.POSITIVE_INFINITY, lowOpen: true, highOpen: false };
    case "atLeast":
      return { low: low ?? value, high: Number.POSITIVE_INFINITY, lowOpen: false, highOpen: false };
    case "lessThan":
      return { low: Number.NEGATIVE_INFINITY, high: high ?? value, lowOpen: false, highOpen: true };
    case "atMost":
      return { low: Number.NEGATIVE_INFINITY, high: high ?? value, lowOpen: false, highOpen: false };
    case "approximately": {
      // The extractor's bounds when it filled them ("nearly 800" = [720, 800] ends at its figure), else the tolerance.
      if (low !== null && high !== null && low < high) return { low, high, lowOpen: false, highOpen: false };
      const tolerance = Math.abs(value) * APPROXIMATELY_FALLBACK;
      return { low: value - tolerance, high: value + tolerance, lowOpen: false, highOpen: false };
    }
    default:
      return { low: low ?? value, high: high ?? value, lowOpen: false, highOpen: false };
  }
}

/**
 * Whether both intervals can hold at once.
 * @example overlaps(toInterval(over800), toInterval(exact500)) // false
 */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/**
 * The step a figure was rounded to, read from how it is written: 800 -> 100, 850 -> 10, 1.2 million -> 100,000,
 * 7.5 -> 0.1, 45 -> 1. Two point estimates within half the coarser step are the same figure at different precisions.
 * @example roundingStep(1_200_000) // 100000
 */
export function roundingStep(value: number): number {
  const v = Math.abs(value);
  if (v === 0 || !Number.isFinite(v)) return 1;
  if (Number.isInteger(v)) {
    let step = 1;
    while (v % (step * 10) === 0) step *= 10;
    return step;
  }
  // Decimals: count the written decimals, capped so float noise (0.1 + 0.2) does not read as 17 digits.
  const decimals = Math.min(6, (v.toString().split(".")[1] ?? "").length);
  return 10 ** -decimals;
}

/** True for modifiers that state one figure (possibly rounded) rather than a bound. */
export function isPointEstimate(modifier: Quantity["modifier"]): boolean {
  return modifier === "exact" || modifier === "approximately" || modifier === "fraction";
}
