/**
 * Comparison modifiers ("over", "at least", "approximately"...) and the interval each one implies.
 * Semantics: docs/quantity-semantics.md.
 */

import { PRE_MODIFIERS } from "../lexicon/quantities.ts";
import type { Modifier } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";

/** Relative half-width of an "approximately" interval: "approximately 850" = [765, 935]. */
export const APPROXIMATELY_TOLERANCE = 0.1;

export type PreModifier = (typeof PRE_MODIFIERS)[number][1];

const BY_LENGTH = [...PRE_MODIFIERS].sort((a, b) => b[0].length - a[0].length);

/**
 * Finds the modifier phrase ending right before token `i`; returns its kind and first token index.
 * @example findPreModifier(segment("at least 38 fatalities")[0].tokens, 2) // { kind: "atLeast", start: 0 }
 */
export function findPreModifier(tokens: Token[], i: number): { kind: PreModifier; start: number } | null {
  for (const [words, kind] of BY_LENGTH) {
    const start = i - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[start + k].text.toLowerCase() !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { kind, start };
  }
  return null;
}

export interface Interval {
  modifier: Modifier;
  low: number | null;
  high: number | null;
}

/**
 * The interval for a value read with a modifier; `low`/`high` are the surface's own bounds (a vague plural or a
 * written range), equal to `value` for a plain number.
 * @example toInterval("moreThan", 800, 800, 800) // { modifier: "moreThan", low: 800, high: null }
 */
export function toInterval(kind: PreModifier | null, value: number, low: number, high: number): Interval {
  const tol = Math.abs(value) * APPROXIMATELY_TOLERANCE;
  switch (kind) {
    case "moreThan":
      return { modifier: "moreThan", low: high, high: null };
    case "atLeast":
      return { modifier: "atLeast", low, high: null };
    case "atMost":
      return { modifier: "atMost", low: null, high };
    case "lessThan":
      return { modifier: "lessThan", low: null, high: low };
    case "approximately":
      if (low !== high) return { modifier: "range", low, high };
      return { modifier: "approximately", low: round(value - tol), high: round(value + tol) };
    case "nearly":
      // "nearly 800" stays below 800 by at most the tolerance.
      return { modifier: "approximately", low: round(value - tol), high: value };
    default:
      if (low !== high) return { modifier: "range", low, high };
      return { modifier: "exact", low: value, high: value };
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
