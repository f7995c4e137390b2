/**
 * Rules that veto a number as a counted quantity: years, days of the month, times, phone numbers, labels
 * ("Article 5", "No. 10", "Boeing 737"), list numerals, ages, scores and the pronoun "one". Each rule is a small
 * function so a failing case points at one rule.
 */
import type { NumberReading } from "./numbers.ts";
import { isDayOfMonth, isPhone, isTime, isYear } from "./quantity-calendar-filters.ts";
import {
  isAddress,
  isAge,
  isCalibre,
  isGeneration,
  isIdentifier,
  isLabel,
  isListNumeral,
  isModelName,
  isNameWord,
  isNotAFraction,
  isPronounOne,
  isScore,
} from "./quantity-name-filters.ts";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS } from "./quantity-units.ts";
import type { Token } from "./segment.ts";

/** Words that may be glued to digits as a unit ("5km", "16GB", "10USD", "3pc"). */
function isKnownSuffix(word: string): boolean {
  return (
    word in MEASURE_UNITS ||
    word in CURRENCY_SYMBOLS ||
    word in CURRENCY_WORDS ||
    /^(?:pc|pct|percent|st|nd|rd|th|s|am|pm|hrs?|mins?|secs?|yrs?|kms?|mph|kph|kmh|mhz|ghz)$/.test(word)
  );
}

/**
 * The veto: true when the number read at `r` is not a counted quantity. `hasCurrency` keeps "$2020" a sum.
 * @example isNotAQuantity(segment("in 2009")[0].tokens, reading, false) // true
 */
export function isNotAQuantity(tokens: Token[], r: NumberReading, hasCurrency: boolean): boolean {
  if (hasCurrency) return isTime(tokens, r);
  return (
    isNotAFraction(tokens, r) ||
    isGeneration(tokens, r) ||
    isIdentifier(tokens, r, isKnownSuffix) ||
    isNameWord(tokens, r) ||
    isYear(tokens, r) ||
    isDayOfMonth(tokens, r) ||
    isTime(tokens, r) ||
    isPhone(tokens, r) ||
    isLabel(tokens, r) ||
    isAddress(tokens, r) ||
    isModelName(tokens, r) ||
    isCalibre(tokens, r) ||
    isListNumeral(tokens, r) ||
    isAge(tokens, r) ||
    isScore(tokens, r) ||
    isPronounOne(tokens, r)
  );
}
