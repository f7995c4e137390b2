import type { ClaimRow } from "@/lib/claims/schema";

type RowQuantity = NonNullable<ClaimRow["quantity"]>;

const symbols: Partial<Record<RowQuantity["modifier"], string>> = {
  approximately: "~",
  atLeast: "≥ ",
  moreThan: "> ",
  atMost: "≤ ",
  lessThan: "< ",
};

/**
 * A quantity as an editor reads it in a table cell: modifier, number and counted unit.
 *
 * @example formatValue({ value: 800, modifier: "moreThan", unit: "fighter", ... }) // "> 800 fighters"
 * @example formatValue({ value: 26, of: 31, unit: "province", ... })               // "26 of 31 provinces"
 * @example formatValue({ value: 0.6667, modifier: "fraction", unit: null, ... })  // "2/3"
 */
export function formatValue(q: Pick<RowQuantity, "value" | "low" | "high" | "modifier" | "of" | "unit">): string {
  const unit = q.unit;
  if (q.of !== null) return withUnit(`${formatNumber(q.value)} of ${formatNumber(q.of)}`, unit, q.of);
  if (q.modifier === "fraction") return withUnit(formatFraction(q.value), unit, 2);
  if (q.modifier === "range" && q.low !== null && q.high !== null) {
    return withUnit(`${formatNumber(q.low)}–${formatNumber(q.high)}`, unit, q.high);
  }
  return withUnit(`${symbols[q.modifier] ?? ""}${formatNumber(q.value)}`, unit, q.value);
}

/**
 * @example formatNumber(2200) // "2,200"
 */
export function formatNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
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
  return `${figure} ${count === 1 ? unit : pluralize(unit)}`;
}

/**
 * Units arrive as lemmas ("fighter"); the table shows the plural form.
 *
 * @example pluralize("city") // "cities"
 */
export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (irregular[lower]) return irregular[lower];
  // Abbreviations ("km", "kg") have no vowel and take no plural.
  if (invariant.has(lower) || !/^[a-z][a-z -]*$/i.test(word) || !/[aeiouy]/i.test(word)) return word;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
