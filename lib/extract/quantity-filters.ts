/**
 * Rules that veto a number as a counted quantity: years, days of the month, times, phone numbers, labels
 * ("Article 5", "No. 10", "Boeing 737"), list numerals, ages, scores and the pronoun "one". Each rule is a small
 * function so a failing case points at one rule.
 */
import type { NumberReading } from "./numbers.ts";
import { MONTHS } from "./quantity-lexicon.ts";
import type { Token } from "./segment.ts";

/** Words that make the following number a label or an identifier rather than a count. */
const LABELS = new Set([
  "article",
  "articles",
  "section",
  "sections",
  "chapter",
  "clause",
  "paragraph",
  "para",
  "rule",
  "amendment",
  "no.",
  "no",
  "nos.",
  "number",
  "#",
  "page",
  "p.",
  "pp.",
  "room",
  "route",
  "highway",
  "interstate",
  "flight",
  "platform",
  "gate",
  "terminal",
  "pier",
  "apartment",
  "apt",
  "apt.",
  "suite",
  "unit",
  "level",
  "grade",
  "class",
  "title",
  "part",
  "volume",
  "vol.",
  "vol",
  "item",
  "episode",
  "ep.",
  "season",
  "verse",
  "psalm",
  "resolution",
  "bill",
  "act",
  "proposition",
  "prop.",
  "exit",
  "district",
  "ward",
  "precinct",
  "lot",
  "channel",
  "track",
  "stage",
  "phase",
  "round",
  "game",
  "figure",
  "fig.",
  "table",
  "appendix",
  "annex",
  "version",
  "v.",
  "model",
  "mark",
  "type",
  "tier",
  "category",
  "division",
  "row",
  "seat",
  "block",
  "floor",
  "box",
  "line",
  "bus",
  "train",
  "day",
  "week",
  "year",
  "code",
  "size",
  "pages",
  "lines",
  "ranked",
  "rank",
  "no.1",
  "windows",
  "iphone",
  "ios",
  "android",
  "versions",
  "covid",
  "ps",
  "xbox",
  "world",
  "cup",
  "chapters",
  "sections",
  "squad",
  "band",
  "zone",
  "sector",
]);

const TIME_WORDS = new Set([
  "a.m.",
  "p.m.",
  "am",
  "pm",
  "a.m",
  "p.m",
  "o'clock",
  "gmt",
  "utc",
  "et",
  "est",
  "edt",
  "pst",
  "pdt",
  "cst",
  "cdt",
  "bst",
  "cet",
  "cest",
  "ist",
  "hrs",
  "hours",
  "h",
]);

const YEAR_PREPS = new Set([
  "in",
  "since",
  "until",
  "till",
  "til",
  "during",
  "before",
  "after",
  "by",
  "circa",
  "early",
  "late",
  "mid",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "year",
  "fy",
  "fiscal",
  "election",
  "census",
  "class",
  "of",
  "from",
  "through",
  "to",
  "between",
  "and",
  "or",
  "christmas",
  "season",
  "vintage",
  "model",
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
  "last",
  "next",
  "'s",
  "’s",
  "than",
]);

const SCORE_WORDS = new Set([
  "won",
  "win",
  "wins",
  "lost",
  "lose",
  "loses",
  "beat",
  "beats",
  "defeated",
  "defeat",
  "drew",
  "draw",
  "score",
  "scored",
  "lead",
  "led",
  "trailed",
  "victory",
  "loss",
  "scoreline",
  "aggregate",
  "tie",
  "tied",
  "vote",
  "votes",
  "margin",
]);

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

/** Month name as written in running text: capitalised, so "may" and "march" as words are not months. */
export function isMonth(token: Token | undefined): boolean {
  if (!token) return false;
  return token.text.toLowerCase() in MONTHS && /^[A-Z]/.test(token.text);
}

/** Plurals that do not end in -s and that wink lemmatises to themselves. */
const PLURAL_NOUNS = new Set([
  "people",
  "police",
  "personnel",
  "staff",
  "cattle",
  "livestock",
  "clergy",
  "crew",
  "militia",
  "children",
  "men",
  "women",
]);

/** True when the token starts a plural count noun or a unit, possibly after up to two adjectives. */
function countedNounFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN") return t.text.toLowerCase() !== t.lemma || /s$/i.test(t.text) || PLURAL_NOUNS.has(t.lemma);
    if (t.pos !== "ADJ" && !(t.pos === "PROPN" && /^[A-Z][a-z]+(?:an|ian|ese|i|ish)$/.test(t.text))) return false;
  }
  return false;
}

/** A bare four-digit number 1000..2100 is a year unless a plural noun follows and no date preposition precedes. */
export function isYear(tokens: Token[], r: NumberReading): boolean {
  const t = tokens[r.tokenStart];
  if (r.kind === "range") {
    return /^(1[0-9]|20)\d\d[-–](\d\d|(1[0-9]|20)\d\d)$/.test(t.text);
  }
  if (r.kind !== "digits" || r.tokenEnd !== r.tokenStart + 1 || !/^\d{4}$/.test(t.text)) return false;
  if (r.value < 1000 || r.value > 2100) return false;
  const prev = lower(tokens, r.tokenStart - 1);
  const strong = ["in", "since", "until", "till", "during", "before", "after", "by", "circa"].includes(prev);
  if (strong || isMonth(tokens[r.tokenStart - 1])) return true;
  // "of 2000 people" / "the 1500 troops": a plural noun after the number makes it a count again.
  if (YEAR_PREPS.has(prev) && !countedNounFollows(tokens, r.tokenEnd)) return true;
  return !countedNounFollows(tokens, r.tokenEnd);
}

function isDayOfMonth(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "digits" || r.tokenEnd !== r.tokenStart + 1) return false;
  if (!Number.isInteger(r.value) || r.value < 1 || r.value > 31) return false;
  const prev = tokens[r.tokenStart - 1];
  const next = tokens[r.tokenEnd];
  if (isMonth(prev) || isMonth(next)) return true;
  return lower(tokens, r.tokenEnd) === "of" && isMonth(tokens[r.tokenEnd + 1]);
}

function isTime(tokens: Token[], r: NumberReading): boolean {
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

function isPhone(tokens: Token[], r: NumberReading): boolean {
  const prev = lower(tokens, r.tokenStart - 1);
  if (
    ["phone", "call", "tel", "tel.", "telephone", "fax", "hotline", "dial", "ext", "ext.", "extension"].includes(prev)
  ) {
    return true;
  }
  // "(555) 123-4567"
  return prev === "(" && lower(tokens, r.tokenEnd) === ")" && /^\d/.test(tokens[r.tokenEnd + 1]?.text ?? "");
}

function isLabel(tokens: Token[], r: NumberReading): boolean {
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

/** "3G", "5G": a network generation, written against the number. */
function isGeneration(tokens: Token[], r: NumberReading): boolean {
  const next = tokens[r.tokenEnd];
  return next !== undefined && next.text === "G" && next.start === tokens[r.tokenEnd - 1].end;
}

/** "Boeing 737", "Apollo 11", "Windows 10": a capitalised name directly before a bare integer with no noun after. */
function isModelName(tokens: Token[], r: NumberReading): boolean {
  const prev = tokens[r.tokenStart - 1];
  const t = tokens[r.tokenStart];
  if (!prev || r.kind !== "digits" || !/^\d+(?:\.\d)?$/.test(t.text)) return false;
  if (prev.pos !== "PROPN" || !/^[A-Z]/.test(prev.text) || isMonth(prev)) return false;
  if (prev.end !== t.start && prev.end + 1 !== t.start) return false;
  return !countedNounFollows(tokens, r.tokenEnd);
}

function isListNumeral(tokens: Token[], r: NumberReading): boolean {
  const next = lower(tokens, r.tokenEnd);
  if (r.tokenStart === 0 && (next === "." || next === ")") && tokens.length > r.tokenEnd) return true;
  const prev = lower(tokens, r.tokenStart - 1);
  return (prev === "(" || prev === "[") && (next === ")" || next === "]") && r.kind === "digits" && r.value < 30;
}

/** "the 30-year-old", "John Smith, 45, said": ages that stand for a person. */
function isAge(tokens: Token[], r: NumberReading): boolean {
  const e = r.tokenEnd;
  if (
    lower(tokens, e) === "-" &&
    /^(year|month|week|day)s?$/.test(lower(tokens, e + 1)) &&
    lower(tokens, e + 2) === "-" &&
    lower(tokens, e + 3) === "old"
  )
    return true;
  if (lower(tokens, e) === "-year-old" || lower(tokens, e) === "year-old") return true;
  const prev = tokens[r.tokenStart - 1];
  const before = tokens[r.tokenStart - 2];
  // "The actress, 26, checked in", "killing Benjamin Banky, 40.": an age in apposition to a person.
  const closes = [",", ".", ")", ";"].includes(lower(tokens, e));
  return (
    prev?.text === "," &&
    (before?.pos === "PROPN" || before?.pos === "NOUN") &&
    closes &&
    r.kind === "digits" &&
    Number.isInteger(r.value) &&
    r.value < 120
  );
}

function isScore(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "range") return false;
  if (SCORE_WORDS.has(lower(tokens, r.tokenStart - 1)) || SCORE_WORDS.has(lower(tokens, r.tokenEnd))) return true;
  // "Seattle (7-9)": a win-loss record in brackets, with nothing counted.
  return lower(tokens, r.tokenStart - 1) === "(" && lower(tokens, r.tokenEnd) === ")";
}

/**
 * True when the number at `r` is listed right after a number vetoed as a label or name ("Internet Explorer 8 and 9",
 * "Articles 5, 6 and 7"): it shares the veto. `vetoEnd` is the token index after the vetoed number.
 */
export function continuesVetoedList(tokens: Token[], r: NumberReading, vetoEnd: number): boolean {
  if (r.kind !== "digits" || !/^\d+(?:\.\d)?$/.test(tokens[r.tokenStart].text)) return false;
  // "since 1979, 300 people died": a counted noun makes it a count again.
  if (countedNounFollows(tokens, r.tokenEnd) || tokens[r.tokenEnd]?.pos === "NOUN") return false;
  const joiner = lower(tokens, vetoEnd);
  const gap = r.tokenStart - vetoEnd;
  if (gap === 1) return joiner === "and" || joiner === "or" || joiner === "," || joiner === "&" || joiner === "/";
  return gap === 2 && joiner === "," && (lower(tokens, vetoEnd + 1) === "and" || lower(tokens, vetoEnd + 1) === "or");
}

/** "one of the...", "the one", "no one", "one another": the pronoun, not a count. */
function isPronounOne(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "words" || r.value !== 1 || lower(tokens, r.tokenStart) !== "one") return false;
  const prev = lower(tokens, r.tokenStart - 1);
  const next = tokens[r.tokenEnd];
  if (!next) return true;
  const n = next.text.toLowerCase();
  // "one in five adults", "only one out of three": a share, read with its total; "one to three years": a range.
  if (n === "in" || (n === "out" && lower(tokens, r.tokenEnd + 1) === "of")) return false;
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
 * The veto: true when the number read at `r` is not a counted quantity. `hasCurrency` keeps "$2020" a sum.
 * @example isNotAQuantity(segment("in 2009")[0].tokens, reading, false) // true
 */
/** "the first half of 2024", "the second half", "half-brother", "half-time": a part of a period or a compound. */
function isNotAFraction(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "fraction") return false;
  const first = lower(tokens, r.tokenStart);
  const prev = lower(tokens, r.tokenStart - 1);
  if (ORDINAL_BEFORE_PART.has(prev) && (first === "half" || first === "quarter" || first === "third")) return true;
  const after = tokens[r.tokenEnd];
  return after?.text === "-" && after.start === tokens[r.tokenEnd - 1].end;
}

const ORDINAL_BEFORE_PART = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "final",
  "last",
  "other",
  "latter",
  "former",
  "back",
  "front",
  "opening",
  "closing",
  "better",
  "1st",
  "2nd",
  "3rd",
  "4th",
]);

/**
 * "Formula One drivers", "the Big Four firms", "Ocean's Eleven": a capitalised number word inside a name. A title-case
 * headline ("Police Say Three Dead") keeps its number: the word after it is capitalised too.
 */
function isNameWord(tokens: Token[], r: NumberReading): boolean {
  if (r.kind !== "words" || r.tokenStart === 0) return false;
  const t = tokens[r.tokenStart];
  if (!/^[A-Z]/.test(t.text)) return false;
  const prev = tokens[r.tokenStart - 1];
  const next = tokens[r.tokenEnd];
  const nameBefore = /^[A-Z]/.test(prev.text) && prev.pos !== "DET" && !/^[.:;!?"“”‘’'([-]/.test(prev.text);
  const possessive = (prev.text === "'s" || prev.text === "’s") && /^[A-Z]/.test(tokens[r.tokenStart - 2]?.text ?? "");
  return (nameBefore || possessive) && !/^[A-Z]/.test(next?.text ?? "");
}

export function isNotAQuantity(tokens: Token[], r: NumberReading, hasCurrency: boolean): boolean {
  if (hasCurrency) return isTime(tokens, r);
  return (
    isNotAFraction(tokens, r) ||
    isGeneration(tokens, r) ||
    isNameWord(tokens, r) ||
    isYear(tokens, r) ||
    isDayOfMonth(tokens, r) ||
    isTime(tokens, r) ||
    isPhone(tokens, r) ||
    isLabel(tokens, r) ||
    isModelName(tokens, r) ||
    isListNumeral(tokens, r) ||
    isAge(tokens, r) ||
    isScore(tokens, r) ||
    isPronounOne(tokens, r)
  );
}
