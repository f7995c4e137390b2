/**
 * Display of a quantity in one short string — the one formatter for the table's value column, the flag popover, the
 * claim and group pages and the CSV export ("> 800 fighters", "~850 fighters", "26 of 31 provinces", "2/3").
 * Isomorphic.
 */
import { mixedUnits } from "@/lib/compare/units.ts";
import { UNIT_SCALES } from "@/lib/extract/lexicon/units.ts";
import type { Modifier } from "@/lib/extract/schema";

export interface QuantityLike {
  value: number;
  low: number | null;
  high: number | null;
  modifier: Modifier | string;
  of: number | null;
  unit: string | null;
}

const prefix: Record<string, string> = {
  approximately: "~",
  atLeast: "≥ ",
  moreThan: "> ",
  atMost: "≤ ",
  lessThan: "< ",
};

// One formatter for every call: toLocaleString builds a new one each time, which dominated a million-row export.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * @example formatNumber(2200) // "2,200"
 */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/**
 * Formats a quantity with its modifier and its unit, plural where the figure is not one.
 *
 * @example formatQuantity({ value: 800, low: 800, high: null, modifier: "moreThan", of: null, unit: "fighter" }) // "> 800 fighters"
 * @example formatQuantity({ value: 26, low: 26, high: 26, modifier: "fraction", of: 31, unit: "province" }) // "26 of 31 provinces"
 * @example formatQuantity({ value: 0.6667, low: 0.6667, high: 0.6667, modifier: "fraction", of: null, unit: null }) // "2/3"
 */
export function formatQuantity(q: QuantityLike, withUnits = true): string {
  const unit = withUnits ? q.unit : null;
  if (q.of !== null) return withUnit(`${formatNumber(q.value)} of ${formatNumber(q.of)}`, unit, q.of);
  // A share of one whole: "2/3 of the country", "1/2 of the staff".
  if (q.modifier === "fraction") return unit ? `${formatFraction(q.value)} of the ${unit}` : formatFraction(q.value);
  if (q.modifier === "range" && q.low !== null && q.high !== null) {
    return withUnit(`${formatNumber(q.low)}–${formatNumber(q.high)}`, unit, q.high);
  }
  return withUnit(`${prefix[q.modifier] ?? ""}${formatNumber(q.value)}`, unit, q.value);
}

/**
 * The figures of one flag as its chip writes them: bare ("~800 vs ~850", "2/3 vs 26 of 31"), with their units when
 * they are one measure written in several units ("~150 m" and "~200 ft" are one length, ADR 031).
 * @example flagFigures([feet200, metres150]) // ["~200 ft", "~150 m"]
 */
export function flagFigures(quantities: readonly QuantityLike[]): string[] {
  const withUnits = quantities.length > 0 && mixedUnits(quantities);
  return quantities.map((q) => formatQuantity(q, withUnits));
}

function formatFraction(value: number): string {
  if (value > 0 && value < 1) {
    for (let den = 2; den <= 12; den++) {
      const num = Math.round(value * den);
      if (num > 0 && Math.abs(num / den - value) < 0.005) return `${num}/${den}`;
    }
  }
  return formatNumber(value);
}

const irregular: Record<string, string> = { person: "people", child: "children", man: "men", woman: "women" };
const invariant = new Set(["people", "police", "personnel", "staff", "sheep", "aircraft", "series", "species"]);

function withUnit(figure: string, unit: string | null, count: number): string {
  if (!unit) return figure;
  if (unit === "percent" || unit === "%") return `${figure}%`;
  // Currency codes read best in front: "USD 5,000".
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${figure}`;
  // A unit of measure by its symbol, as flags write it when two figures differ in units: "200 ft", "6.6 lb", "150 m".
  const measure = UNIT_SCALES[unit];
  if (measure) return `${figure} ${measure.symbol}`;
  return `${figure} ${count === 1 ? unit : pluralize(unit)}`;
}

/**
 * Units arrive as lemmas ("fighter"); people read the plural form.
 *
 * @example pluralize("city") // "cities"
 */
export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (Object.hasOwn(irregular, lower)) return irregular[lower];
  // Abbreviations ("km", "kg") have no vowel and take no plural.
  if (invariant.has(lower) || !/^[a-z][a-z -]*$/i.test(word) || !/[aeiouy]/i.test(word)) return word;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
