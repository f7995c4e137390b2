/**
 * What the words around a sum of money say it is: what the sum is "in" ("$7.3 billion in annual sales" -> "sales",
 * "$281 million in cash" -> a part paid in one kind), and whether it is a price a thing changed hands for ("will buy
 * the company for $13.9 billion"). Two sums in two kinds, or a price against a sum held in a kind, are two things.
 * Pure.
 */
import type { FigureContext } from "../context.ts";

/** A unit that is a currency code: "USD", "EUR". */
export function isCurrency(unit: string | null): unit is string {
  return unit !== null && /^[A-Z]{3}\b/.test(unit);
}

// "$7.3 billion in annual sales": the (lower-case or all-capital) noun after "in", past a few adjectives.
const MONEY_IN =
  /^\s+in\s+(?:(?:annual|yearly|quarterly|monthly|new|net|gross|additional|extra|estimated|total)\s+)*(\p{Ll}[\p{Ll}-]*|\p{Lu}(?:\p{Lu}|&)*(?![\p{Ll}]))/u;
/** The kinds a sum is paid in: "$281 million in cash" is a part of "$334 million" paid in cash and stock. */
const PAYMENT_PARTS = new Set(["cash", "stock", "stocks", "shares", "equity", "debt", "bonds", "loans"]);
const MONEY_IN_STOP = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
  "that",
  "each",
  "all",
  "total",
]);
const MONEY_IN_AND = /^\s+in\s+\p{Ll}+\s+and\s+(\p{Ll}+)/u;

/**
 * The kind of a sum of money named by "in" right after it; null for other units or places ("in Texas"). A sum paid in
 * two kinds ("$334 million in cash and stock") is "whole".
 * @example moneyIn("USD", " in annual sales") // "sales"
 */
export function moneyIn(unit: string | null, after: string): string | null {
  if (!isCurrency(unit)) return null;
  const word = MONEY_IN.exec(after)?.[1].toLowerCase();
  if (word === undefined || MONEY_IN_STOP.has(word)) return null;
  // "$334 million in cash and stock" is the whole sum, paid in two kinds.
  const second = MONEY_IN_AND.exec(after)?.[1].toLowerCase();
  return PAYMENT_PARTS.has(word) && second !== undefined && PAYMENT_PARTS.has(second) ? "whole" : word;
}

// A transaction verb, then (in the same clause) "for" and at most a comparison right before the sum.
const PRICE_BEFORE =
  /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|sell|sells|sold|selling|purchase|purchases|purchased|purchasing|pay|pays|paid|paying)\b[^.;:!?]{0,80}\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|an\s+estimated|more\s+than|less\s+than|under|over|up\s+to|just|only)\s+)?$/i;

/**
 * A sum a thing changed hands for, read from the last characters before it (`tail`).
 * @example isPrice("USD", "will buy the company for ") // true
 */
export function isPrice(unit: string | null, tail: string): boolean {
  return isCurrency(unit) && PRICE_BEFORE.test(tail);
}

type Sum = Pick<FigureContext, "moneyIn" | "price">;

/**
 * Two sums that count two things by what they are in: two kinds ("in sales", "in R and D"), a part paid in one kind
 * against the whole, or a price against a sum held in a kind.
 * @example differentSums({ moneyIn: "cash", price: false }, { moneyIn: null, price: false }) // true
 */
export function differentSums(ca: Sum, cb: Sum): boolean {
  if (ca.moneyIn !== null && cb.moneyIn !== null && ca.moneyIn !== cb.moneyIn) return true;
  // "$281 million in cash" against the deal's "$334 million": the part of a sum paid in one kind, not the sum.
  if ((ca.moneyIn === null) !== (cb.moneyIn === null) && PAYMENT_PARTS.has(ca.moneyIn ?? cb.moneyIn ?? "")) return true;
  // "buy the company for $13.9 billion" against "$54 billion in services revenue": a price is not a sum held in a kind
  // (the whole price "in cash and stock" excepted).
  const heldIn = (c: Sum) => c.moneyIn !== null && c.moneyIn !== "whole";
  return (ca.price && heldIn(cb)) || (cb.price && heldIn(ca));
}
