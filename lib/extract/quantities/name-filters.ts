/**
 * Vetoes for numbers that name rather than count: labels ("Article 5"), model names ("Boeing 737"), list numerals,
 * ages standing for a person, scores, the pronoun "one", ordinal parts ("the first half"), names with number words.
 */
import { SCALE_WORDS, UNIT_WORDS } from "../lexicon/quantities.ts";
import { CURRENCY_WORDS, MEASURE_UNITS } from "../lexicon/units.ts";
import type { NumberReading } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";
import { countedNounFollows, isCalendarName, lower } from "./calendar-filters.ts";
import { readPercent } from "./head.ts";

/** Words that make the following number a label or an identifier rather than a count. */
const LABELS = new Set(
  (
    "article articles section sections chapter clause paragraph para rule amendment no. no nos. number # " +
    "page p. pp. room route highway interstate flight platform gate terminal pier apartment apt apt. " +
    "suite unit level grade class title part volume vol. vol item episode ep. season verse psalm " +
    "resolution bill act proposition prop. exit district ward precinct lot channel track stage phase " +
    "round game figure fig. table appendix annex version v. model mark type tier category division row " +
    "seat block floor box line bus train day week year code size pages lines ranked rank no.1 windows " +
    "iphone ios android versions covid ps xbox world cup chapters sections squad band zone sector " +
    "id isbn issn pin zip serial ref ref. ticket badge docket invoice"
  ).split(" "),
);

const SCORE_WORDS = new Set(
  (
    "won win wins lost lose loses beat beats defeated defeat drew draw score scored lead led trailed " +
    "victory loss scoreline aggregate tie tied vote votes margin"
  ).split(" "),
);

/**
 * A number after a label word ("Article 5", "No. 10", "Route 66") identifies, it does not count.
 * @example isLabel(tokens("Section 230"), reading) // true
 */
export function isLabel(tokens: Token[], r: NumberReading): boolean {
  const prev = tokens[r.tokenStart - 1];
  if (!prev) return false;
  const p = prev.text.toLowerCase();
  if (LABELS.has(p) && r.kind !== "vague" && r.kind !== "fraction") {
    // "a day 5 people died" is rare; "Day 5", "Article 5", "No. 10" are common.
    if (
      (p === "day" || p === "week" || p === "year" || p === "line" || p === "world") &&
      countedNounFollows(tokens, r.tokenEnd)
    )
      return false;
    return r.kind === "digits" || r.kind === "words";
  }
  return false;
}

/**
 * "16vDN3E" in a short link: digits glued to letters that are no unit (units, scales and times were read
 * before this veto runs) make an identifier. "nineteen seventies" is a decade in words.
 * @example isIdentifier(tokens("bit.ly / 16vDN3E"), readingOf16) // true
 */
export function isIdentifier(tokens: Token[], r: NumberReading, isUnit: (word: string) => boolean): boolean {
  const next = tokens[r.tokenEnd];
  // Only a tail that no unit looks like (a digit inside, or a lower-upper case mix): "rad", "Ga", "km/hr" stay units.
  const glued = next && r.kind === "digits" && next.start === tokens[r.tokenEnd - 1].end;
  // "a 401(k)", "a 501(c)(3) group": a section of a code, a letter in parentheses against the number.
  if (glued && next.text === "(" && /^[a-z]$/.test(tokens[r.tokenEnd + 1]?.text ?? "")) return true;
  if (glued && /^[A-Za-z]{2,}/.test(next.text) && /\d|[a-z][A-Z]/.test(next.text)) {
    return !isUnit(next.text.toLowerCase()) && next.type !== "time";
  }
  return r.kind === "words" && /^(?:twen|thir|for|fif|six|seven|eigh|nine)ties$/.test(next?.text.toLowerCase() ?? "");
}

/**
 * "3G", "1B", "2A": a capital letter written against the number makes it a name.
 * @example isGeneration(tokens("3G"), reading) // true
 */
export function isGeneration(tokens: Token[], r: NumberReading): boolean {
  const next = tokens[r.tokenEnd];
  // Any capital letter glued to the number that is not a unit: "3G", "1B" (first base), "2A" (a class).
  return next !== undefined && /^[ABDEGHIJKNOPQRSTUXYZ]$/.test(next.text) && next.start === tokens[r.tokenEnd - 1].end;
}

/**
 * "Boeing 737", "Apollo 11", "Windows 10": a capitalised name directly before a bare integer with no noun after.
 * @example isModelName(tokens("A Boeing 737 crashed"), reading) // true
 */
export function isModelName(tokens: Token[], r: NumberReading): boolean {
  const prev = tokens[r.tokenStart - 1];
  const t = tokens[r.tokenStart];
  if (!prev || r.kind !== "digits" || !/^\d+(?:\.\d)?$/.test(t.text)) return false;
  // "Windows XP, Vista and 7": a bare number listed among names.
  // "arrested 30 on Monday and 45 on Tuesday": a day or a month is no name in the list.
  const listed =
    (prev.text === "and" || prev.text === "or" || prev.text === ",") &&
    tokens[r.tokenStart - 2]?.pos === "PROPN" &&
    !isCalendarName(tokens[r.tokenStart - 2]);
  if (
    listed &&
    /^[A-Z]/.test(tokens[r.tokenStart - 2].text) &&
    !countedNounFollows(tokens, r.tokenEnd) &&
    tokens[r.tokenEnd]?.pos !== "NOUN"
  ) {
    return true;
  }
  if (prev.pos !== "PROPN" || !/^[A-Z]/.test(prev.text) || isCalendarName(prev)) return false;
  if (prev.end !== t.start && prev.end + 1 !== t.start) return false;
  // "Trump leading Clinton 44 percent to 37 percent", "would beat Trump 46 to 40 percent": a unit after the number,
  // or after the number it runs to, makes it a measure, not a model.
  const to = lower(tokens, r.tokenEnd) === "to" && /^\d/.test(tokens[r.tokenEnd + 1]?.text ?? "") ? 2 : 0;
  if (isUnitAt(tokens, r.tokenEnd) || (to > 0 && isUnitAt(tokens, r.tokenEnd + to))) return false;
  return !countedNounFollows(tokens, r.tokenEnd);
}

/** A percent form, a currency word or a measure unit at token `k`. */
function isUnitAt(tokens: Token[], k: number): boolean {
  const word = lower(tokens, k);
  return readPercent(tokens, k) !== null || CURRENCY_WORDS[word] !== undefined || MEASURE_UNITS[word] !== undefined;
}

/**
 * A place on a football field: "the 7-yard line", "the Colts 7 yard line", "its own 20-yard line". A position, not a
 * distance gained.
 * @example isFieldPosition(tokens("to the 7-yard line"), readingOf7) // true
 */
export function isFieldPosition(tokens: Token[], r: NumberReading): boolean {
  let k = r.tokenEnd;
  if (lower(tokens, k) === "-") k++;
  return /^yards?$/.test(lower(tokens, k)) && lower(tokens, k + 1) === "line";
}

const CALIBRE_WORDS = new Set(
  "caliber calibre cal cal. revolver pistol rifle handgun magnum special acp gun".split(" "),
);

/**
 * A gun calibre written as a leading-dot decimal: "a .45-caliber pistol", "a .38 revolver".
 * @example isCalibre(tokens("a .38 revolver"), readingOf38) // true
 */
export function isCalibre(tokens: Token[], r: NumberReading): boolean {
  if (!tokens[r.tokenStart].text.startsWith(".")) return false;
  const k = lower(tokens, r.tokenEnd) === "-" ? r.tokenEnd + 1 : r.tokenEnd;
  return CALIBRE_WORDS.has(lower(tokens, k));
}

/**
 * List numerals: "1." opening a sentence, "(2)" in brackets.
 * @example isListNumeral(tokens("1. Introduction"), reading) // true
 */
/**
 * Street addresses: "325 E. Dahlia Ave.", "10 Downing Street", "1600 Pennsylvania Avenue".
 * @example isAddress(tokens("at 325 E. Dahlia Ave."), reading) // true
 */
export function isAddress(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "digits" || !/^\d+$/.test(tokens[r.tokenStart].text)) return false;
  // "in the 12000 block of East 223rd Street": US police write a location as a hundred-block, not a count of blocks.
  if (r.value >= 100 && r.value % 100 === 0 && isHundredBlock(tokens, r.tokenEnd)) return true;
  const next = tokens[r.tokenEnd];
  if (!next || !/^[A-Z]/.test(next.text)) return false;
  if (/^[NSEW]\.?$/.test(next.text) && /^[A-Z]/.test(tokens[r.tokenEnd + 1]?.text ?? "")) return true;
  for (let k = r.tokenEnd; k < r.tokenEnd + 4 && k < tokens.length; k++) {
    if (STREETS.has(tokens[k].text.toLowerCase())) return k > r.tokenEnd;
    if (!/^[A-Z]/.test(tokens[k].text)) return false;
  }
  return false;
}

/** "block of" then a capitalised word ("block of East 223rd Street", "block of Joliet Avenue"). */
function isHundredBlock(tokens: Token[], at: number): boolean {
  return (
    lower(tokens, at) === "block" && lower(tokens, at + 1) === "of" && /^\p{Lu}|^\d/u.test(tokens[at + 2]?.text ?? "")
  );
}

const STREETS = new Set(
  "street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane ln drive dr. place square way court ct".split(
    " ",
  ),
);

export function isListNumeral(tokens: Token[], r: NumberReading): boolean {
  const next = lower(tokens, r.tokenEnd);
  if (r.tokenStart === 0 && (next === "." || next === ")") && tokens.length > r.tokenEnd) return true;
  const prev = lower(tokens, r.tokenStart - 1);
  // "Clinton 1) registers ..., 2) realizes ...": an item number closed by a bracket that was never opened.
  if (next === ")" && r.kind === "digits" && r.value < 30 && !bracketOpen(tokens, r.tokenStart)) return true;
  return (prev === "(" || prev === "[") && (next === ")" || next === "]") && r.kind === "digits" && r.value < 30;
}

/**
 * "the 30-year-old", "John Smith, 45, said": an age, not a count (quantities.ts reads it as a figure of its own, unit
 * "years old", ADR 030).
 * @example isAge(tokens("the 30-year-old"), reading) // true
 */
export function isAge(tokens: Token[], r: NumberReading): boolean {
  return readAge(tokens, r) !== null;
}

/** An age as read after its number: where it ends (token index) and its unit ("years old", "months old"). */
export interface AgeReading {
  end: number;
  unit: string;
}

/**
 * Reads an age: "61-year-old", "Sixty - year - old", "a 3-month-old", "the 23-year old's", or an age in apposition
 * to a person ("The actress, 26, checked in", "killing Benjamin Banky, 40."). Null when the number is no age.
 * @example readAge(tokens("a 61-year-old man"), reading) // { end: 6, unit: "years old" }
 */
export function readAge(tokens: Token[], r: NumberReading): AgeReading | null {
  const e = r.tokenEnd;
  const span = /^(year|month|week|day)s?$/.exec(lower(tokens, e + 1));
  if (lower(tokens, e) === "-" && span !== null && lower(tokens, e + 2) === "-" && lower(tokens, e + 3) === "old")
    return { end: e + 4, unit: `${span[1]}s old` };
  if (lower(tokens, e) === "-year-old" || lower(tokens, e) === "year-old") return { end: e + 1, unit: "years old" };
  // "the 23-year old's plea": the second hyphen dropped.
  if (lower(tokens, e) === "-" && lower(tokens, e + 1) === "year" && lower(tokens, e + 2) === "old")
    return { end: e + 3, unit: "years old" };
  const prev = tokens[r.tokenStart - 1];
  const before = tokens[r.tokenStart - 2];
  const closes = [",", ".", ")", ";"].includes(lower(tokens, e));
  // "IE6, 7, 8, 9": a list of numbers, not a name's age; nor "Fang's words, 2) realizes": a numbered item.
  const list =
    /\d/.test(before?.text ?? "") ||
    (lower(tokens, e) === "," && tokens[e + 1]?.pos === "NUM") ||
    (lower(tokens, e) === ")" && !bracketOpen(tokens, r.tokenStart));
  const apposition =
    prev?.text === "," &&
    (before?.pos === "PROPN" || before?.pos === "NOUN") &&
    !list &&
    closes &&
    r.kind === "digits" &&
    Number.isInteger(r.value) &&
    r.value < 120;
  return apposition ? { end: e, unit: "years old" } : null;
}

/** Whether a "(" before `at` is still open there ("(John Smith, 45)"). */
function bracketOpen(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (tokens[i].text === ")") return false;
    if (tokens[i].text === "(") return true;
  }
  return false;
}

/**
 * Scores and records: "won 6-4", "a 3-1 win", "Seattle (7-9)".
 * @example isScore(tokens("He won 6-4"), reading) // true
 */
export function isScore(tokens: Token[], r: NumberReading): boolean {
  if (r.kind === "digits") return isSpacedScore(tokens, r);
  if (r.kind !== "range") return false;
  if (SCORE_WORDS.has(lower(tokens, r.tokenStart - 1)) || SCORE_WORDS.has(lower(tokens, r.tokenEnd))) return true;
  // "Seattle (7-9)": a win-loss record in brackets, with nothing counted.
  return lower(tokens, r.tokenStart - 1) === "(" && lower(tokens, r.tokenEnd) === ")";
}

/**
 * "won 2 - 1", "a 3 – 2 defeat": a score with the dash spaced, next to a score word. The second figure shares the
 * veto through continuesVetoedList.
 * @example isSpacedScore(tokens("Chelsea won 2 - 1"), readingOf2) // true
 */
function isSpacedScore(tokens: Token[], r: NumberReading): boolean {
  const dash = lower(tokens, r.tokenEnd);
  const other = tokens[r.tokenEnd + 1]?.text ?? "";
  if ((dash !== "-" && dash !== "–") || !/^\d{1,3}$/.test(tokens[r.tokenStart].text) || !/^\d{1,3}$/.test(other)) {
    return false;
  }
  return SCORE_WORDS.has(lower(tokens, r.tokenStart - 1)) || SCORE_WORDS.has(lower(tokens, r.tokenEnd + 2));
}

/**
 * True when the number at `r` is listed right after a number vetoed as a label or name ("Internet Explorer 8 and 9",
 * "Articles 5, 6 and 7"): it shares the veto. `vetoEnd` is the token index after the vetoed number.
 * @example continuesVetoedList(tokens("Explorer 8 and 9"), readingOf9, 3) // true
 */
export function continuesVetoedList(tokens: Token[], r: NumberReading, vetoEnd: number): boolean {
  if (r.kind !== "digits" || !/^\d+(?:\.\d)?$/.test(tokens[r.tokenStart].text)) return false;
  // "won 2 - 1", "a 3 – 2 defeat": the second figure of a spaced score.
  const dash = lower(tokens, vetoEnd);
  if (r.tokenStart === vetoEnd + 1 && (dash === "-" || dash === "–")) {
    return isSpacedScore(tokens, { ...r, tokenStart: vetoEnd - 1, tokenEnd: vetoEnd });
  }
  // "since 1979, 300 people died": a counted noun makes it a count again.
  if (countedNounFollows(tokens, r.tokenEnd) || tokens[r.tokenEnd]?.pos === "NOUN") return false;
  const joiner = lower(tokens, vetoEnd);
  const gap = r.tokenStart - vetoEnd;
  if (gap === 1) return joiner === "and" || joiner === "or" || joiner === "," || joiner === "&" || joiner === "/";
  return gap === 2 && joiner === "," && (lower(tokens, vetoEnd + 1) === "and" || lower(tokens, vetoEnd + 1) === "or");
}

/** Whether the total of a share starts at token `i`: a number ("five", "10") or "a" before a scale ("a million"). */
function sharesOutOf(tokens: Token[], i: number): boolean {
  const word = lower(tokens, i);
  if (/^\d/.test(word) || UNIT_WORDS[word] !== undefined) return true;
  return word === "a" && SCALE_WORDS[lower(tokens, i + 1)] !== undefined;
}

/**
 * "one of the...", "the one", "no one", "one another": the pronoun, not a count.
 * @example isPronounOne(tokens("one of the largest"), reading) // true
 */
export function isPronounOne(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "words" || r.value !== 1 || lower(tokens, r.tokenStart) !== "one") return false;
  const prev = lower(tokens, r.tokenStart - 1);
  const next = tokens[r.tokenEnd];
  if (!next) return true;
  const n = next.text.toLowerCase();
  // "one in five adults", "one in a million", "only one out of three": a share, read with its total ("the one in the
  // Oval Office" is a pronoun); "one to three years": a range.
  if (n === "in" && sharesOutOf(tokens, r.tokenEnd + 1)) return false;
  if (n === "out" && lower(tokens, r.tokenEnd + 1) === "of") return false;
  if (
    (n === "to" || n === "or" || n === "-") &&
    /^(?:\d|two|three|four|five|six|seven|eight|nine|ten)/i.test(tokens[r.tokenEnd + 1]?.text ?? "")
  ) {
    return false;
  }
  if (
    ["the", "this", "that", "no", "any", "every", "each", "which", "someone", "anyone", "only", "'s", "’s"].includes(
      prev,
    )
  ) {
    return true;
  }
  if (
    [
      "of",
      "another",
      "other",
      "day",
      "time",
      "way",
      "thing",
      "side",
      "hand",
      "point",
      "more",
      "or",
      "and",
      "who",
      "that",
    ].includes(n)
  )
    return true;
  // "one imagines", "one hopes": "one" never counts a plural, so the "noun" is a verb and "one" the pronoun.
  if (next.pos === "NOUN" && /[^s]s$/.test(next.text) && next.lemma !== n) return true;
  return next.pos !== "NOUN" && next.pos !== "ADJ" && next.pos !== "PROPN";
}

/**
 * "the first half of 2024", "the second half", "half-brother", "half-time": a part of a period or a compound.
 * @example isNotAFraction(tokens("the first half of 2024"), readingOfHalf) // true
 */
export function isNotAFraction(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "fraction") return false;
  const first = lower(tokens, r.tokenStart);
  const prev = lower(tokens, r.tokenStart - 1);
  if (ORDINAL_BEFORE_PART.has(prev) && (first === "half" || first === "quarter" || first === "third")) return true;
  const after = tokens[r.tokenEnd];
  return after?.text === "-" && after.start === tokens[r.tokenEnd - 1].end;
}

const ORDINAL_BEFORE_PART = new Set(
  (
    "first second third fourth final last other latter former back front opening closing better 1st 2nd " + "3rd 4th"
  ).split(" "),
);

/**
 * "Formula One drivers", "the Big Four firms", "Ocean's Eleven": a capitalised number word inside a name. A title-case
 * headline ("Police Say Three Dead") keeps its number: the word after it is capitalised too.
 * @example isNameWord(tokens("Formula One drivers"), readingOfOne) // true
 */
export function isNameWord(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "words" || r.tokenStart === 0) return false;
  const t = tokens[r.tokenStart];
  if (!/^[A-Z]/.test(t.text)) return false;
  const prev = tokens[r.tokenStart - 1];
  const next = tokens[r.tokenEnd];
  // "The Three Musketeers" inside a sentence: a capitalised article starts a title.
  const title = prev.text === "The" && r.tokenStart > 1 && /^[A-Z]/.test(next?.text ?? "");
  if (title) return true;
  const nameBefore = /^[A-Z]/.test(prev.text) && prev.pos !== "DET" && !/^[.:;!?"“”‘’'([-]/.test(prev.text);
  const possessive = (prev.text === "'s" || prev.text === "’s") && /^[A-Z]/.test(tokens[r.tokenStart - 2]?.text ?? "");
  return (nameBefore || possessive) && !/^[A-Z]/.test(next?.text ?? "");
}
