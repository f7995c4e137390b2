/**
 * Date mentions in one sentence, resolved against a reference date (the publication date) when given.
 * Years and days of the month found here are exactly the numbers quantities/quantities.ts refuses (shared isYear rule).
 */

import { MONTHS, UNIT_WORDS } from "../lexicon/quantities.ts";
import type { DateMention } from "../schema.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";
import type { MonthPart } from "./calendar.ts";
import { type DateMatch, dayFirst, monthFirst, numeric, relative, weekday, yearOnly } from "./parsers.ts";

export type DateDraft = Omit<DateMention, "id" | "claimId">;

const WEEKDAY_NAMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

const PARSERS = [numeric, monthFirst, dayFirst, yearOnly, weekday, relative];

/** Prepositions kept as the qualifier and inside the span: "since 1979", "until March". */
const QUALIFIERS: ReadonlyArray<[string[], string]> = [
  [["as", "of"], "as of"],
  [["since"], "since"],
  [["until"], "until"],
  [["till"], "until"],
  [["before"], "before"],
  [["after"], "after"],
  [["by"], "by"],
  [["through"], "until"],
  [["from"], "from"],
];

const PARTS: ReadonlyArray<[string[], Exclude<MonthPart, null>]> = [
  [["the", "end", "of"], "late"],
  [["end", "of"], "late"],
  [["the", "beginning", "of"], "early"],
  [["beginning", "of"], "early"],
  [["the", "start", "of"], "early"],
  [["start", "of"], "early"],
  [["the", "middle", "of"], "mid"],
  [["middle", "of"], "mid"],
  [["early"], "early"],
  [["late"], "late"],
  [["mid"], "mid"],
  [["the", "early"], "early"],
  [["the", "late"], "late"],
  [["the", "mid"], "mid"],
];

function endsWith(tokens: Token[], i: number, words: string[]): boolean {
  if (i - words.length < 0) return false;
  return words.every((w, k) => tokens[i - words.length + k].text.toLowerCase() === w);
}

function lookBack<T>(tokens: Token[], i: number, table: ReadonlyArray<[string[], T]>): [T, number] | null {
  for (const [words, value] of table) if (endsWith(tokens, i, words)) return [value, i - words.length];
  return null;
}

const RELATIVE_STARTS = ["yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "past"];
/** Lower-case words that can begin a date when written in lower case (relative words, counts of days). */
const LOWER_STARTS = new Set([...RELATIVE_STARTS, ...Object.keys(UNIT_WORDS)]);
/** Capitalised words that can begin a date: months, weekdays, and sentence-initial relative words. */
const CAPITAL_STARTS = new Set([...Object.keys(MONTHS), ...WEEKDAY_NAMES, ...LOWER_STARTS]);

/** Cheap gate before the parsers run: most tokens cannot start a date (most of a document is plain words). */
function mayStartDate(token: Token): boolean {
  const text = token.text;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const capital = c >= 65 && c <= 90;
  const w = capital ? text.toLowerCase() : text;
  if ((capital ? CAPITAL_STARTS : LOWER_STARTS).has(w)) return true;
  return w.length > 6 && /^(?:early|mid|late)-/.test(w);
}

/** A resolved date outside the four-digit calendar (a reference near year 0 or 9999) is left unresolved. */
function isoOrNull(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/**
 * Finds the date mentions in one sentence. `reference` (publication date) resolves "late December" or "Monday";
 * without it those resolve to null while absolute dates still resolve.
 * @example findDates(segment("The unrest began in late December.")[0], new Date("2026-01-10"))
 * // [{ text: "late December", resolved: "2025-12-20", resolvedEnd: "2025-12-31", qualifier: "late", ... }]
 */
export function findDates(sentence: SentenceSegment, reference: Date | null): DateDraft[] {
  const tokens = sentence.tokens;
  const ref = reference && !Number.isNaN(reference.getTime()) ? reference : null;
  const out: DateDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartDate(tokens[i])) continue;
    const part = lookBack(tokens, i, PARTS);
    let match: DateMatch | null = null;
    for (const parse of PARSERS) {
      match = parse(tokens, i, part?.[0] ?? null, ref);
      if (match) break;
    }
    if (!match) continue;
    const usedPart = part !== null && match.shape === "period" && !/^(?:last|this|next|past)$/i.test(tokens[i].text);
    let first = usedPart && part ? part[1] : i;
    const qualifier = lookBack(tokens, first, QUALIFIERS);
    if (qualifier) first = qualifier[1];
    const words = [qualifier?.[0], usedPart ? part?.[0] : (match.part ?? null)].filter((w): w is string => Boolean(w));
    const start = tokens[first].start;
    const end = tokens[match.tokenEnd - 1].end;
    out.push({
      text: sentence.text.slice(start - sentence.start, end - sentence.start),
      start,
      end,
      resolved: isoOrNull(match.period?.start),
      resolvedEnd: isoOrNull(match.period?.end),
      qualifier: words.length > 0 ? words.join(" ") : match.shape,
    });
    i = match.tokenEnd - 1;
  }
  return out;
}
