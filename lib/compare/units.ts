/**
 * Figures of one measure written in different units ("about 2,000 feet", "600 metres"): compared in the measure's
 * base unit, and a figure that is the other converted ("2,000 feet (600 m)") is the same figure, not a disagreement.
 */
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_SCALES,
  MEASURE_UNITS,
  QUALIFIED_CURRENCIES,
  RATE_UNITS,
  TIME_UNITS,
  UNIT_SCALES,
} from "@/lib/extract/lexicon/units.ts";
import type { Quantity } from "@/lib/extract/schema.ts";
import { measureOf, roundingStep } from "./interval.ts";

type Measured = Pick<Quantity, "value" | "of" | "unit">;

// A conversion rounded to the writer's taste: "10 miles (16 km)" is 0.6% off, "5 km (3 miles)" 3.5%.
const CONVERSION_SLACK = 0.04;

const MEASURES = new Set<string>([
  ...Object.values(CURRENCY_SYMBOLS),
  ...Object.values(CURRENCY_WORDS),
  ...Object.values(MEASURE_UNITS),
  ...Object.values(QUALIFIED_CURRENCIES),
  ...Object.values(RATE_UNITS),
  ...TIME_UNITS,
]);

/**
 * Whether a unit measures (a currency, a measure, a rate, a percentage, a duration) rather than counts things: "10
 * hours" or "$10" may be rounded where "10 games" is counted.
 * @example isMeasureUnit("USD") // true
 * @example isMeasureUnit("game") // false
 */
export function isMeasureUnit(unit: string | null): boolean {
  return unit !== null && (MEASURES.has(unit) || MEASURES.has(unit.toLowerCase()));
}

/** The dimension of a unit that converts by a factor ("length" for "foot" and "m", "calendar span" for "day"), or null. */
export function dimensionOf(unit: string | null): string | null {
  if (unit === null) return null;
  return UNIT_SCALES[unit]?.dimension ?? DURATION_SCALES[unit]?.dimension ?? null;
}

/** Two counts (not shares) in different units of one dimension: "2,000 ft" and "600 m". */
export function convertible(a: Measured, b: Measured): boolean {
  if (a.unit === b.unit || a.of !== null || b.of !== null) return false;
  const da = dimensionOf(a.unit);
  return da !== null && da === dimensionOf(b.unit);
}

/** Whether figures are one measure written in several units ("~200 ft" and "~150 m"): each convertible to the first. */
export function mixedUnits(quantities: readonly Measured[]): boolean {
  const [first, ...rest] = quantities;
  return rest.some((q) => q.unit !== first.unit) && rest.every((q) => q.unit === first.unit || convertible(q, first));
}

/** The size of a unit in its dimension's base unit; 1 for a unit that does not convert. */
function scaleOf(unit: string | null): number {
  return (unit !== null && (UNIT_SCALES[unit]?.factor ?? DURATION_SCALES[unit]?.factor)) || 1;
}

/**
 * The comparable figure in the dimension's base unit (metres, kilograms, litres...): measureOf for a share or a unit
 * that does not convert. For ordering and spreads; verdicts convert only the pair (`inBaseUnit`).
 * @example baseMeasureOf({ value: 2000, of: null, unit: "foot" }) // 609.6
 */
export function baseMeasureOf(q: Measured): number {
  return q.of === null ? q.value * scaleOf(q.unit) : measureOf(q);
}

/** The figure with its value and bounds in the base unit, and the step it was written to, scaled alike. */
export function inBaseUnit(q: Quantity): { quantity: Quantity; step: number } {
  const scale = scaleOf(q.unit);
  const times = (n: number | null) => (n === null ? null : n * scale);
  return {
    quantity: { ...q, value: q.value * scale, low: times(q.low), high: times(q.high) },
    step: roundingStep(q.value) * scale,
  };
}

/**
 * Whether one figure is the other converted, as writers round a conversion: a few per cent apart ("2,000 ft (600 m)"
 * is 1.6%). Looser pairs ("2 km" against "1 mile") are left to the verdict, which allows for each figure's rounding.
 * @example isConversion(twoThousandFeet, sixHundredMetres) // true
 */
export function isConversion(a: Quantity, b: Quantity): boolean {
  const va = baseMeasureOf(a);
  const vb = baseMeasureOf(b);
  return Math.abs(va - vb) <= Math.max(Math.abs(va), Math.abs(vb)) * CONVERSION_SLACK;
}

/** The symbol of a dimension's base unit, the one figures are converted to: "m" for a length, "kg" for a mass. */
export function baseSymbol(dimension: string): string {
  if (dimension === "calendar span") return "days";
  if (dimension === "clock span") return "seconds";
  for (const scale of Object.values(UNIT_SCALES))
    if (scale.dimension === dimension && scale.factor === 1) return scale.symbol;
  return dimension;
}
