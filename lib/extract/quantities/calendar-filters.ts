/**
 * Calendar and clock vetoes: a number that is a year, a day of the month, a time or a phone number is not a count.
 * The year rule is shared with the date finder (dates/parsers.ts), so a number is a date or a count, never both.
 */

import { MONTHS, WEEKDAYS } from "../lexicon/quantities.ts";
import type { NumberReading } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";
import { PHONE_WORDS } from "./identifiers.ts";

const TIME_WORDS = new Set(
  "a.m. p.m. am pm a.m p.m o'clock gmt utc et est edt pst pdt cst cdt bst cet cest ist hrs hours h".split(" "),
);

const YEAR_PREPS = new Set(
  (
    "in since until till til during before after by circa early late mid spring summer autumn fall winter " +
    "year fy fiscal election census class of from through to between and or christmas season vintage " +
    "model the a an its their his her this that last next 's ’s than"
  ).split(" "),
);

/**
 * Lower-cased text of token i, "" past either end.
 * @example lower(segment("Over 800")[0].tokens, 0) // "over"
 */
export function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

/**
 * Month name as written in running text: capitalised, so "may" and "march" as words are not months.
 * @example isMonth(token("March")) // true; isMonth(token("march")) // false
 */
export function isMonth(token: Token | undefined): boolean {
  if (!token) return false;
  return token.text.toLowerCase() in MONTHS && /^[A-Z]/.test(token.text);
}

/** Lower-cased weekday names. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);

/** "March", "Monday": a capitalised calendar word, never the name a model number belongs to. */
export function isCalendarName(token: Token | undefined): boolean {
  return isMonth(token) || (token !== undefined && WEEKDAY_WORDS.has(token.text.toLowerCase()));
}

/** Plurals that do not end in -s and that wink lemmatises to themselves. */
const PLURAL_NOUNS = new Set(
  "people police personnel staff cattle livestock clergy crew militia children men women".split(" "),
);

/**
 * True when the token starts a plural count noun or a unit, possibly after up to two adjectives.
 * @example countedNounFollows(segment("2000 Iranian protesters")[0].tokens, 1) // true
 */
export function countedNounFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN") return t.text.toLowerCase() !== t.lemma || /s$/i.test(t.text) || PLURAL_NOUNS.has(t.lemma);
    // "three Iranian officials", "11 other FLDS men", "300 IRGC fighters": a nationality or an acronym modifies the noun.
    if (t.pos !== "ADJ" && !(t.pos === "PROPN" && /^(?:[A-Z][a-z]+(?:an|ian|ese|i|ish)|[A-Z]{2,6})$/.test(t.text)))
      return false;
  }
  return false;
}

/** Nouns for events, which a year before them dates: "the 1967 slayings", "the 2012 Olympics". */
const EVENT_NOUNS = new Set(
  (
    "attack bombing killing slaying murder riot protest election game olympics flood shooting massacre talk " +
    "accord agreement hearing reform sanction war crisis uprising revolution earthquake quake storm hurricane " +
    "fire strike coup invasion campaign season tournament championship summit merger deal law act rule " +
    "budget census referendum primary playoff final"
  ).split(" "),
);

/** Marks an abbreviated year opens with: "'09", "’16", "‘16". */
const APOSTROPHES = new Set(["'", "’", "‘"]);

/**
 * A bare four-digit number 1000..2100 is a year unless a plural noun follows and no date preposition precedes.
 * @example isYear(tokens("a 2011 plot"), reading) // true; isYear(tokens("2000 people"), reading) // false
 */
export function isYear(tokens: Token[], r: NumberReading): boolean {
  const t = tokens[r.tokenStart];
  // "iLife '09", "the class of '89", "‘16 And President": an abbreviated year; not a single quotation opening on a
  // count ("said '12 people died'").
  const mark = tokens[r.tokenStart - 1];
  if (/^\d\d$/.test(t.text) && APOSTROPHES.has(mark?.text ?? "") && mark.end === t.start)
    return !countedNounFollows(tokens, r.tokenEnd);
  if (r.kind === "range") {
    return /^(1[0-9]|20)\d\d[-–](\d\d|(1[0-9]|20)\d\d)$/.test(t.text);
  }
  if (r.kind !== "digits" || r.tokenEnd !== r.tokenStart + 1 || !/^\d{4}$/.test(t.text)) return false;
  if (r.value < 1000 || r.value > 2100) return false;
  // "1600-MHz", "a 2000-page report": a hyphenated unit or noun makes it a measure.
  const hyphen = tokens[r.tokenEnd];
  if (hyphen?.text === "-" && hyphen.start === t.end && /^(?:NOUN|PROPN)$/.test(tokens[r.tokenEnd + 1]?.pos ?? "")) {
    return false;
  }
  const prev = lower(tokens, r.tokenStart - 1);
  const strong = ["in", "since", "until", "till", "during", "before", "after", "by", "circa"].includes(prev);
  if (strong || isMonth(tokens[r.tokenStart - 1])) return true;
  // "the 1967 slayings", "the 2011 elections": events are dated, not counted.
  const determiner = ["the", "a", "an", "its", "his", "her", "their", "'s", "’s"].includes(prev);
  if (determiner && EVENT_NOUNS.has(tokens[r.tokenEnd]?.lemma ?? "") && r.value >= 1800) return true;
  // "of 2000 people" / "the 1500 troops": a plural noun after the number makes it a count again.
  if (YEAR_PREPS.has(prev) && !countedNounFollows(tokens, r.tokenEnd)) return true;
  return !countedNounFollows(tokens, r.tokenEnd);
}

/**
 * A day written next to a month name: "Jan. 5", "5 January", "the 5 of March".
 * @example isDayOfMonth(tokens("Jan. 5, 2024"), readingOf5) // true
 */
export function isDayOfMonth(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "digits" || r.tokenEnd !== r.tokenStart + 1) return false;
  if (!Number.isInteger(r.value) || r.value < 1 || r.value > 31) return false;
  const prev = tokens[r.tokenStart - 1];
  const next = tokens[r.tokenEnd];
  if (isMonth(prev) || isMonth(next)) return true;
  return lower(tokens, r.tokenEnd) === "of" && isMonth(tokens[r.tokenEnd + 1]);
}

/**
 * The second number of a slash compound written without spaces that the tokenizer split ("post-9/11" as "post-9",
 * "/", "11"): a date or a name, not a count.
 * @example isSlashCompound(tokens("the post-9/11 GI Bill"), readingOf("11")) // true
 */
export function isSlashCompound(tokens: Token[], r: NumberReading): boolean {
  const slash = tokens[r.tokenStart - 1];
  const first = tokens[r.tokenStart - 2];
  return (
    slash?.text === "/" &&
    first !== undefined &&
    /\d$/.test(first.text) &&
    first.end === slash.start &&
    slash.end === tokens[r.tokenStart].start
  );
}

/**
 * Clock times: "10:30", "5 p.m.", "1400 hours", "8 GMT", "8.40pm" split by the tokenizer.
 * @example isTime(tokens("5 p.m."), reading) // true
 */
export function isTime(tokens: Token[], r: NumberReading): boolean {
  const next = lower(tokens, r.tokenEnd);
  const after = tokens[r.tokenEnd + 1]?.text ?? "";
  // "8.40pm": wink splits the time and leaves its tail, typed "time", against the number.
  const tail = tokens[r.tokenEnd];
  if (tail?.type === "time" && tail.start === tokens[r.tokenEnd - 1].end) return true;
  // "11: 23am", "01 / 5 / 2011": a clock time or a date written with spaces.
  if ((next === ":" || next === "/") && /^\d/.test(after)) return true;
  // "1400 hours" is a clock time; "3 hours" / "3 hrs" a duration.
  if (next === "hours" || next === "hrs" || next === "h") return /^[0-2]\d[0-5]\d$/.test(tokens[r.tokenStart].text);
  // "2 A. M." when the letters are written apart.
  if ((next === "a." || next === "p.") && lower(tokens, r.tokenEnd + 1) === "m.") return true;
  return TIME_WORDS.has(next);
}

const EMERGENCY_NUMBERS = new Set(["911", "999", "112"]);
const EMERGENCY_LINE = /^(?:calls?|callers?|operators?|dispatch(?:ers?)?|centers?|centres?|system|tapes?|recordings?)$/;

/**
 * Phone numbers after "call"/"phone", or in the "(555) 123-4567" shape.
 * @example isPhone(tokens("Call 911"), reading) // true
 */
export function isPhone(tokens: Token[], r: NumberReading): boolean {
  const prev = lower(tokens, r.tokenStart - 1);
  if (PHONE_WORDS.has(prev)) return true;
  // "responded to 911 calls", "a 999 operator": an emergency number naming the line, not a count.
  if (EMERGENCY_NUMBERS.has(tokens[r.tokenStart].text) && EMERGENCY_LINE.test(lower(tokens, r.tokenEnd))) return true;
  // "(555) 123-4567"
  return prev === "(" && lower(tokens, r.tokenEnd) === ")" && /^\d/.test(tokens[r.tokenEnd + 1]?.text ?? "");
}
