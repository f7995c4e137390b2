/**
 * Quantities in one sentence, over wink tokens: number (numbers/numbers.ts) + modifier (quantities/modifiers.ts) + range
 * partner + unit / total / counted noun (quantities/head.ts), minus what is not a count (quantities/vetoes.ts).
 */

import { UNIT_WORDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from "../lexicon/quantities.ts";
import { AGE_WORDS, TEMPERATURE_CUES, TEMPERATURE_EXTREMES } from "../lexicon/units.ts";
import type { NumberReading } from "../numbers/numbers.ts";
import { readNumber } from "../numbers/numbers.ts";
import type { Modifier } from "../schema.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";
import { readHead } from "./head.ts";
import { identifierEnd } from "./identifiers.ts";
import { findPreModifier, type PreModifier, toInterval } from "./modifiers.ts";
import { type AgeReading, continuesVetoedList, readAge } from "./name-filters.ts";
import { CHANGE_VERBS, currencyBefore, readRangePartner, readUnitRange, shareScale, shareUnits } from "./ranges.ts";
import { vetoReason } from "./vetoes.ts";

export interface QuantityMention {
  text: string;
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  modifier: Modifier;
  of: number | null;
  unit: string | null;
  /** index in sentence.tokens of the counted noun / unit head, null if none */
  headIndex: number | null;
  /** token index range [tokenStart, tokenEnd) covered by the mention */
  tokenStart: number;
  tokenEnd: number;
  /** Where the number itself ends ("four and a half" of "four and a half months"): what follows may describe it. */
  numberEnd: number;
}

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

/** Every word that can begin a number, built once (a Set lookup per token keeps the scan cheap). */
const WORD_STARTS = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(VAGUE_MULTIPLIERS),
  ...["a", "an", "half", "quarter", "minus", "negative"],
]);

/** Cheap gate: a number starts with a digit, a sign, a non-ASCII digit or fraction, or a number word. */
function mayStartNumber(token: Token): boolean {
  const text = token.text;
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c > 127 || c === 45 || (c === 46 && text.length > 1)) return true;
  return WORD_STARTS.has(c >= 65 && c <= 90 ? text.toLowerCase() : text);
}

/**
 * Finds the counted or measured quantities in one sentence; years, dates, times, labels and the like are skipped.
 * Offsets are absolute (the sentence's tokens carry document offsets).
 * @example findQuantities(segment("Over 800 fighters crossed.")[0])
 * // [{ text: "Over 800 fighters", value: 800, low: 800, high: null, modifier: "moreThan", unit: "fighter", ... }]
 */
export function findQuantities(sentence: SentenceSegment): QuantityMention[] {
  const tokens = sentence.tokens;
  const out: QuantityMention[] = [];
  let free = 0;
  let vetoEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i < free || !mayStartNumber(tokens[i])) continue;
    const currency = currencyBefore(tokens, i);
    // "0845 125 2222": a phone number or code is skipped whole, so none of its groups reads as a figure.
    const code = identifierEnd(tokens, i, currency !== null);
    if (code >= 0) {
      free = code;
      vetoEnd = code;
      continue;
    }
    const r = readNumber(tokens, i, currency !== null);
    if (r === null) continue;
    const vetoed = vetoEnd >= 0 && currency === null && continuesVetoedList(tokens, r, vetoEnd);
    const reason = vetoed ? "list" : vetoReason(tokens, r, currency !== null);
    // "a 61-year-old woman", "Gary Gomes, 61,": not a count, but a figure outlets get wrong (ADR 030).
    const age = reason === "age" ? readAge(tokens, r) : null;
    if (age !== null) {
      const mention = ageMention(sentence, r, age);
      out.push(mention);
      free = mention.tokenEnd;
      continue;
    }
    if (reason !== null) {
      free = r.tokenEnd;
      vetoEnd = r.tokenEnd;
      continue;
    }
    const mention = buildMention(sentence, r, currency);
    // A figure past Number.MAX_VALUE ("1e300 million") is no figure; JSON would turn it into null.
    if (![mention.value, mention.low ?? 0, mention.high ?? 0].every(Number.isFinite)) {
      free = mention.tokenEnd;
      continue;
    }
    out.push(mention);
    free = mention.tokenEnd;
  }
  shareUnits(tokens, out);
  return out;
}

/**
 * An age as a figure: "61-year-old" (the words up to "old"), or the bare "61" of "Gary Gomes, 61,". Its concept is
 * whose age it is (concept/age.ts).
 * @example ageMention(sentence, reading, { end: 6, unit: "years old" }) // { text: "61-year-old", value: 61, ... }
 */
function ageMention(sentence: SentenceSegment, r: NumberReading, age: AgeReading): QuantityMention {
  const tokens = sentence.tokens;
  const s = tokens[r.tokenStart].start;
  const e = tokens[age.end - 1].end;
  return {
    text: sentence.text.slice(s - sentence.start, e - sentence.start),
    start: s,
    end: e,
    value: r.value,
    low: r.low,
    high: r.high,
    modifier: "exact",
    of: null,
    unit: age.unit,
    headIndex: null,
    tokenStart: r.tokenStart,
    tokenEnd: age.end,
    numberEnd: r.tokenEnd,
  };
}

/**
 * Whether the sentence speaks of temperature (TEMPERATURE_CUES), or a "low of" / "high of" stands before the figure.
 * @example speaksOfTemperature(segment("Temperatures fell to minus 20.")[0].tokens, 3) // true
 */
function speaksOfTemperature(tokens: Token[], numberStart: number): boolean {
  if (lower(tokens, numberStart - 1) === "of" && TEMPERATURE_EXTREMES.has(lower(tokens, numberStart - 2))) return true;
  return tokens.some(
    (t, k) => TEMPERATURE_CUES.has(t.lemma) || TEMPERATURE_CUES.has(`${lower(tokens, k - 1)} ${t.lemma}`),
  );
}

/** A share's bound in the written total's units ("more than half of the 288": 144); as is without a total. */
function scaleBy(x: number | null, total: number | null): number | null {
  return x === null || total === null ? x : Math.round(x * total * 1e4) / 1e4;
}

function buildMention(
  sentence: SentenceSegment,
  r: NumberReading,
  currency: { code: string; index: number } | null,
): QuantityMention {
  const tokens = sentence.tokens;
  const numberStart = currency ? currency.index : r.tokenStart;
  const preFound = findPreModifier(tokens, numberStart);
  const word = lower(tokens, numberStart - 1);
  const rangeWord = word === "between" || word === "from" ? word : null;
  const pre: PreModifier | null = rangeWord ? null : (preFound?.kind ?? null);
  let start = rangeWord ? numberStart - 1 : (preFound?.start ?? numberStart);
  let low = r.low;
  let high = r.high;
  let numberEnd = r.tokenEnd;
  let unitCurrency = currency;
  // "rose from 5 to 10", "gold rose $15 to $1,950": two figures of a change, not a range.
  const verbAt = rangeWord === "from" ? numberStart - 2 : (preFound?.start ?? numberStart) - 1;
  const isChange =
    CHANGE_VERBS.test(lower(tokens, verbAt)) ||
    (rangeWord === "from" && CHANGE_VERBS.test(lower(tokens, numberStart - 3)));
  const partner = r.kind === "fraction" || isChange ? null : readRangePartner(tokens, r, rangeWord ?? pre);
  if (partner && partner.value > r.value) {
    low = shareScale(tokens, r, partner);
    high = partner.value;
    numberEnd = partner.tokenEnd;
    unitCurrency = unitCurrency ?? currencyBefore(tokens, partner.tokenStart);
  }
  let head = readHead(tokens, numberEnd, unitCurrency, low);
  if (
    !partner &&
    !isChange &&
    head.of === null &&
    head.unit !== null &&
    head.headIndex !== null &&
    r.kind !== "fraction"
  ) {
    // "44 mg to 50 mg", "-18 °C to -34 °C": a range whose ends both carry the unit.
    const upper = readUnitRange(tokens, head.end, head.unit, rangeWord === "between", unitCurrency !== null);
    // "leading Clinton 44 percent to 37 percent": a falling pair is a standing, two figures (temperatures below zero
    // run either way: "-18 °C to -34 °C").
    if (upper && (upper.value > low || upper.value < 0 || low < 0)) {
      [low, high] = [Math.min(low, upper.value), Math.max(low, upper.value)];
      head = { ...head, end: upper.end };
      numberEnd = upper.end;
    }
  }
  if (rangeWord && low === high) start = numberStart;
  // "aged 45", "at the age of 91", "60 years old": an age in years.
  const before = lower(tokens, numberStart - 1);
  if (
    head.unit === null &&
    (AGE_WORDS.has(before) ||
      (before === "of" && lower(tokens, numberStart - 2) === "age") ||
      agedByVerb(tokens, numberStart, head.end, low))
  ) {
    head = { ...head, unit: "years old" };
  } else if (head.unit === "year" && lower(tokens, head.end) === "old") {
    head = { ...head, unit: "years old", headIndex: null, end: head.end + 1 };
  } else if (head.unit === null && low < 0 && speaksOfTemperature(tokens, numberStart)) {
    // "Temperatures fell to minus 20": a bare figure below zero is a temperature there; a bare 40 stays bare.
    head = { ...head, unit: "degree" };
  }
  // "a magnitude 7.8 earthquake": the scale is named before the number.
  const richter = lower(tokens, head.end) === "on" && lower(tokens, head.end + 2) === "richter";
  // "a magnitude-7.1 quake", "M7.5" (tokens/segment-merge.ts splits them).
  const scaleAt = lower(tokens, numberStart - 1) === "-" ? numberStart - 2 : numberStart - 1;
  const m = tokens[numberStart - 1]?.text === "M" && tokens[numberStart - 1].end === tokens[numberStart].start;
  if ((lower(tokens, scaleAt) === "magnitude" || m || richter) && (head.unit === null || head.headIndex !== null)) {
    head = { ...head, unit: "magnitude" };
  }
  // A bare share is a "fraction"; a compared one ("more than half", "nearly two-thirds") keeps its comparison,
  // which is what the discrepancy check needs.
  const interval =
    r.kind === "fraction" && (pre === null || pre === "exact")
      ? { modifier: "fraction" as const, low: r.value, high: r.value }
      : toInterval(pre, low, low, high);
  // "more than half of the 288 candidates": a share of a written total counts out of it, like "26 of 31 provinces"
  // (value and bounds in candidates, docs/quantity-semantics.md), so the share compares as 144 / 288.
  const total = r.kind === "fraction" ? head.of : null;
  const tokenEnd = Math.max(head.end, numberEnd);
  const s = tokens[start].start;
  const last = tokens[tokenEnd - 1];
  // An abbreviation that carries the sentence's full stop ("$5m.", "5 km.") ends before it.
  const e = /^[A-Za-z]{1,3}\.$/.test(last.text) && tokenEnd === tokens.length ? last.end - 1 : last.end;
  return {
    text: sentence.text.slice(s - sentence.start, e - sentence.start),
    start: s,
    end: e,
    value: scaleBy(low, total) as number,
    low: scaleBy(interval.low, total),
    high: scaleBy(interval.high, total),
    modifier: interval.modifier,
    of: head.of,
    unit: head.unit,
    headIndex: head.headIndex,
    tokenStart: start,
    tokenEnd,
    numberEnd,
  };
}

/** Words a verbal age may end on: "She was 91.", "dies at 91 in Los Angeles", "Obama was 47 when". */
const AGE_ENDS = new Set([".", ",", ";", ")", "and", "when", "in", "on", "after"]);
/** "died at 91", "passed away at 91" ("dead at 95" only after a name: agedByVerb). */
const DEATH_WORDS = new Set(["die", "dies", "died", "away"]);

/**
 * "She was 91.", "Gigante, who died at 77 in prison", "who turned 68 on Saturday", "Tennant and Hakim, both 51,": an
 * age by its verb, a whole number under 120 with no noun after it, said of a person (a pronoun or a name before
 * "was").
 */
function agedByVerb(tokens: Token[], numberStart: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value >= 120 || !/^\d+$/.test(tokens[numberStart].text)) return false;
  if (end < tokens.length && !AGE_ENDS.has(lower(tokens, end))) return false;
  const before = lower(tokens, numberStart - 1);
  const twoBefore = tokens[numberStart - 2];
  if (before === "turned" || before === "turns") return true;
  // "died at 91", "passed away at 91", a headline's "Mark Felt dead at 95" — not "the number of dead at 16".
  if (before === "at") {
    const death = lower(tokens, numberStart - 2);
    return death === "dead" ? tokens[numberStart - 3]?.pos === "PROPN" : DEATH_WORDS.has(death);
  }
  if (before === "both") return twoBefore?.text === ",";
  if (before === "was" || before === "is") {
    return twoBefore?.pos === "PROPN" || ["he", "she"].includes(twoBefore?.text.toLowerCase() ?? "");
  }
  return false;
}
