/**
 * Display of a figure in one short string — the one formatter for the table's value column, the claim page and the
 * CSV export ("> 800 fighters", "~850 fighters", "26 of 31 provinces", "2/3"), and, in words, for the flags'
 * explanations, the group page and the tracker ("over 800", "at least 38", "26 of 31 (84%)", "67%").
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

/**
 * How a figure is written: with symbols where space is short (a table cell, a flag's chip, a CSV cell), or as an
 * editor would say it in a sentence (a flag's explanation); there a share also says its percentage.
 */
export type FigureStyle = "symbols" | "words";

/** The bound a modifier puts on a figure, in each style. */
const MODIFIERS: Readonly<Record<string, Readonly<Record<FigureStyle, string>>>> = {
  approximately: { symbols: "~", words: "~" },
  atLeast: { symbols: "≥ ", words: "at least " },
  moreThan: { symbols: "> ", words: "over " },
  atMost: { symbols: "≤ ", words: "at most " },
  lessThan: { symbols: "< ", words: "under " },
};

// One formatter for every call: toLocaleString builds a new one each time, which dominated a million-row export
// (and was 1.5% of the whole pipeline in a profile of the flags' explanations).
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * @example formatNumber(2200) // "2,200"
 * @example formatNumber(2.25) // "2.25"
 */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/**
 * A share of one as a whole percentage.
 * @example formatPercent(0.8387) // "84%"
 */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Formats a quantity with its modifier and, unless `units` is false, its unit (plural where the figure is not one).
 *
 * @example formatQuantity({ value: 800, low: 800, high: null, modifier: "moreThan", of: null, unit: "fighter" }) // "> 800 fighters"
 * @example formatQuantity({ value: 26, low: 26, high: 26, modifier: "fraction", of: 31, unit: "province" }) // "26 of 31 provinces"
 * @example formatQuantity({ value: 0.6667, low: 0.6667, high: 0.6667, modifier: "fraction", of: null, unit: null }) // "2/3"
 * @example formatQuantity({ value: 38, low: 38, high: null, modifier: "atLeast", of: 50, unit: null }, { style: "words" }) // "at least 38 of 50 (76%)"
 */
export function formatQuantity(
  q: QuantityLike,
  { style = "symbols", units = true }: { style?: FigureStyle; units?: boolean } = {},
): string {
  const unit = units ? q.unit : null;
  const bound = MODIFIERS[q.modifier]?.[style] ?? "";
  if (q.of !== null) {
    // A share of a written total counts out of it ("two-thirds of the 31 provinces" is 20.67 of 31): written as the
    // share when it is no whole count ("2/3 of 31").
    const count = Number.isInteger(q.value) || q.of === 0 ? formatNumber(q.value) : formatFraction(q.value / q.of);
    const part = `${bound}${count} of ${formatNumber(q.of)}`;
    const percent = style === "words" && q.of !== 0 ? ` (${formatPercent(q.value / q.of)})` : "";
    return withUnit(`${part}${percent}`, unit, q.of);
  }
  // A share of one whole: "2/3 of the country" in a cell, "67%" in a sentence.
  if (q.modifier === "fraction" && q.value <= 1) {
    const share = style === "words" ? formatPercent(q.value) : formatFraction(q.value);
    return unit ? `${share} of the ${unit}` : share;
  }
  if (q.modifier === "range" && q.low !== null && q.high !== null) {
    return withUnit(`${formatNumber(q.low)}–${formatNumber(q.high)}`, unit, q.high);
  }
  return withUnit(`${bound}${formatNumber(q.value)}`, unit, q.value);
}

/**
 * The figure as an editor would say it, without its unit: "~800", "over 800", "at least 38", "26 of 31 (84%)", "67%".
 * @example formatFigure({ value: 850, low: 800, high: 900, modifier: "approximately", of: null, unit: "fighter" }) // "~850"
 */
export function formatFigure(q: QuantityLike): string {
  return formatQuantity(q, { style: "words", units: false });
}

/**
 * The figures of one flag side by side: bare ("~800 vs ~850", "2/3 vs 26 of 31"), with their units when they are one
 * measure written in several units ("~150 m" and "~200 ft" are one length, ADR 031). The chip writes them with
 * symbols, the explanation in words.
 * @example flagFigures([feet200, metres150]) // ["~200 ft", "~150 m"]
 */
export function flagFigures(quantities: readonly QuantityLike[], style: FigureStyle = "symbols"): string[] {
  const units = quantities.length > 0 && mixedUnits(quantities);
  return quantities.map((q) => formatQuantity(q, { style, units }));
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
