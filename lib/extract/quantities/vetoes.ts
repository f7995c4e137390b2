/**
 * Rules that veto a number as a counted quantity: years, days of the month, times, phone numbers, labels
 * ("Article 5", "No. 10", "Boeing 737"), list numerals, ages, scores and the pronoun "one". The rules are data, a
 * table of `{ name, test }` tried in order; `vetoReason` says which one vetoed a number, so a negative case asserts
 * the rule it expects (quantities/vetoes.test.ts) and a failing case points at one rule.
 */

import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS } from "../lexicon/units.ts";
import type { NumberReading } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";
import { isDayOfMonth, isPhone, isSlashCompound, isTime, isYear } from "./calendar-filters.ts";
import { isTeamName, isZeroTerm } from "./identifiers.ts";
import {
  isAddress,
  isAge,
  isCalibre,
  isFieldPosition,
  isGeneration,
  isIdentifier,
  isLabel,
  isListNumeral,
  isModelName,
  isNameWord,
  isNotAFraction,
  isPronounOne,
  isScore,
} from "./name-filters.ts";

/** Words that may be glued to digits as a unit ("5km", "16GB", "10USD", "3pc"). */
function isKnownSuffix(word: string): boolean {
  return (
    word in MEASURE_UNITS ||
    word in CURRENCY_SYMBOLS ||
    word in CURRENCY_WORDS ||
    /^(?:pc|pct|percent|st|nd|rd|th|s|am|pm|hrs?|mins?|secs?|yrs?|kms?|mph|kph|kmh|mhz|ghz)$/.test(word)
  );
}

/** One veto: its name (what the number is instead: "year", "label" ...) and its test. */
export interface QuantityVeto {
  name: string;
  test: (tokens: Token[], r: NumberReading) => boolean;
  /** Tried after a currency sign too ("$2020" is a sum, but "$5 at 10.30am" has a time in it). */
  withCurrency?: boolean;
}

/** The vetoes, in the order they are tried (the first that holds names the reason). */
export const QUANTITY_VETOES: readonly QuantityVeto[] = [
  { name: "not a fraction", test: isNotAFraction },
  { name: "generation", test: isGeneration },
  { name: "identifier", test: (tokens, r) => isIdentifier(tokens, r, isKnownSuffix) },
  { name: "team name", test: isTeamName },
  { name: "zero term", test: isZeroTerm },
  { name: "name word", test: isNameWord },
  { name: "year", test: isYear },
  { name: "day of the month", test: isDayOfMonth },
  { name: "time", test: isTime, withCurrency: true },
  { name: "slash compound", test: isSlashCompound },
  { name: "phone number", test: isPhone },
  // The specific readings before the broad ones ("Smith, 45," is an age before it is a capitalised word + number).
  { name: "age", test: isAge },
  { name: "score", test: isScore },
  { name: "list numeral", test: isListNumeral },
  { name: "calibre", test: isCalibre },
  { name: "field position", test: isFieldPosition },
  { name: "address", test: isAddress },
  { name: "label", test: isLabel },
  { name: "model name", test: isModelName },
  { name: "pronoun one", test: isPronounOne },
];

/**
 * Why the number read at `r` is not a counted quantity: the name of the first veto that holds, or null when none does.
 * `hasCurrency` keeps "$2020" a sum (only the vetoes marked withCurrency apply after a currency sign).
 * @example vetoReason(segment("in 2009")[0].tokens, reading, false) // "year"
 */
export function vetoReason(tokens: Token[], r: NumberReading, hasCurrency: boolean): string | null {
  for (const veto of QUANTITY_VETOES) {
    if (hasCurrency && !veto.withCurrency) continue;
    if (veto.test(tokens, r)) return veto.name;
  }
  return null;
}
