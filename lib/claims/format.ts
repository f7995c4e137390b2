/**
 * Display of a quantity in one short string, shared by the table's value column and the flag popover
 * ("> 800 fighters", "~850 fighters", "26 of 31 provinces"). Isomorphic.
 */
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
  exact: "",
  approximately: "~",
  atLeast: "≥ ",
  moreThan: "> ",
  atMost: "≤ ",
  lessThan: "< ",
};

// One formatter for every call: toLocaleString builds a new one each time, which dominated a million-row export.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function number(n: number): string {
  return numberFormat.format(n);
}

/**
 * Formats a quantity with its modifier and unit.
 *
 * @example
 * formatQuantity({ value: 800, low: 800, high: null, modifier: "moreThan", of: null, unit: "fighter" }) // "> 800 fighter"
 * formatQuantity({ value: 26, low: 26, high: 26, modifier: "fraction", of: 31, unit: "province" }) // "26 of 31 province"
 */
export function formatQuantity(q: QuantityLike, withUnit = true): string {
  const unit = withUnit && q.unit ? ` ${q.unit}` : "";
  if (q.modifier === "range" && q.low !== null && q.high !== null) return `${number(q.low)}–${number(q.high)}${unit}`;
  if (q.modifier === "fraction" && q.of !== null) return `${number(q.value)} of ${number(q.of)}${unit}`;
  if (q.modifier === "fraction") return `${number(Math.round(q.value * 1000) / 10)}%${unit}`;
  return `${prefix[q.modifier] ?? ""}${number(q.value)}${unit}`;
}
