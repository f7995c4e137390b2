/**
 * What a number measures or counts: a unit ("%", "km", "dollars"), a total ("26 of 31"), and the counted noun
 * ("200 Iranian cities" -> city), read over the tokens after the number.
 */

import { VERB_PARTICLES } from "../lexicon/concept.ts";
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_UNITS,
  MONEY_OF_NOUNS,
  QUALIFIED_CURRENCIES,
  RATE_UNITS,
  WEIGHT_CUES,
} from "../lexicon/units.ts";
import { readNumber } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";

export interface HeadReading {
  unit: string | null;
  /** Counted noun, else the unit token, else null. */
  headIndex: number | null;
  of: number | null;
  /** Exclusive token index of the last token read. */
  end: number;
}

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const OF_DETERMINERS = new Set([
  "the",
  "all",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "these",
  "those",
  "this",
  "that",
  "a",
  "an",
  "whom",
  "which",
]);

/** The counted noun's lemma; wink leaves plural proper nouns as they are ("Americans" -> "american"). */
function lemmaOf(t: Token): string {
  if (t.pos === "PROPN" && /[^s]s$/.test(t.text) && t.lemma === t.text.toLowerCase()) return t.lemma.slice(0, -1);
  return t.lemma;
}

/** Percent forms: "%", "percent", "per cent", "pct", "percentage points". Returns [unit, tokens read]. */
export function readPercent(tokens: Token[], k: number): [string, number] | null {
  const w = lower(tokens, k);
  if (w === "%" || w === "percent" || w === "pct" || w === "pc") return ["percent", 1];
  if (w === "per" && lower(tokens, k + 1) === "cent") return ["percent", 2];
  if (w === "percentage" && /^points?$/.test(lower(tokens, k + 1))) return ["percentage point", 2];
  // "a 10 percentage-point lead".
  if (w === "percentage" && lower(tokens, k + 1) === "-" && /^points?$/.test(lower(tokens, k + 2)))
    return ["percentage point", 3];
  return null;
}

/**
 * "weighs 4.5 pounds", "500 pounds of cocaine": a pound that is a weight. A sentence that speaks of weight (WEIGHT_CUES)
 * or "pounds of" a material; "£5", "millions of pounds of damage" and plain "20 pounds" stay money.
 */
function readPoundMass(tokens: Token[], k: number): [string, number] | null {
  const w = lower(tokens, k);
  if (w !== "pound" && w !== "pounds") return null;
  const next = tokens[k + 2];
  if (lower(tokens, k + 1) === "of" && next?.pos === "NOUN" && !MONEY_OF_NOUNS.has(next.lemma))
    return ["pound-mass", 1];
  for (const t of tokens)
    if (WEIGHT_CUES.has(t.lemma) || WEIGHT_CUES.has(t.text.toLowerCase())) return ["pound-mass", 1];
  return null;
}

function readCurrencyWord(tokens: Token[], k: number): [string, number] | null {
  const w = lower(tokens, k);
  const code = CURRENCY_WORDS[w];
  if (code && !(w === "won" && tokens[k].pos !== "NOUN")) return [code, 1];
  // A sign or a capitalised code after the number: "10 €", "115USD", "50 million USD".
  const sign = CURRENCY_SYMBOLS[w];
  if (sign && (!/[a-z]/i.test(w) || tokens[k].text === tokens[k].text.toUpperCase())) return [sign, 1];
  // "Canadian dollars", "Hong Kong dollars": a known qualified name first, then any adjective + currency word.
  for (const skip of [1, 2]) {
    const word = lower(tokens, k + skip);
    if (CURRENCY_WORDS[word] === undefined) continue;
    const name = `${tokens
      .slice(k, k + skip)
      .map((t) => t.text.toLowerCase())
      .join(" ")} ${word.replace(/s$/, "")}`;
    if (QUALIFIED_CURRENCIES[name]) return [QUALIFIED_CURRENCIES[name], skip + 1];
  }
  for (const skip of [1, 2]) {
    const c = CURRENCY_WORDS[lower(tokens, k + skip)];
    if (c && tokens.slice(k, k + skip).every((t) => t.pos === "PROPN" || t.pos === "ADJ")) return [c, skip + 1];
  }
  return null;
}

function temperatureScale(w: string): string | null {
  if (w === "c" || w === "celsius" || w === "celcius" || w === "centigrade") return "celsius";
  if (w === "f" || w === "fahrenheit" || w === "farenheit") return "fahrenheit";
  return null;
}

/** "per hour", "a day", "/h" after a unit: [time unit, tokens read] or null. */
function readRate(tokens: Token[], k: number): [string, number] | null {
  const w = lower(tokens, k);
  if (w !== "per" && w !== "a" && w !== "an" && w !== "/" && w !== "each") return null;
  const u = lower(tokens, k + 1);
  const unit = RATE_UNITS[u] ?? RATE_UNITS[u.replace(/s$/, "")];
  if (unit === undefined) return null;
  // "a share", "a person" only read as rates after money ("$1.40 a share"); "a day" after anything.
  return [unit, 2];
}

/** "km", "square kilometres", "°C", "10-year": a measurement unit right after the number. */
function readMeasure(tokens: Token[], k: number, numberEnd: number): [string, number] | null {
  let w = lower(tokens, k);
  let offset = 0;
  if (w === "-" && tokens[k - 1]?.end === tokens[k]?.start) {
    offset = 1;
    w = lower(tokens, k + 1);
  }
  const shape = w === "square" || w === "sq" || w === "sq." ? "square" : w === "cubic" || w === "cu" ? "cubic" : null;
  if (shape && MEASURE_UNITS[lower(tokens, k + offset + 1)]) {
    return [`${shape} ${MEASURE_UNITS[lower(tokens, k + offset + 1)]}`, offset + 2];
  }
  if (w === "°" || w === "degree" || w === "degrees" || w === "deg" || w === "deg.") {
    const scale = temperatureScale(lower(tokens, k + offset + 1));
    if (scale) return [scale, offset + 2];
    return ["degree", offset + 1];
  }
  // "25C", "77F": a capital scale letter written against the number is a temperature.
  const glued = tokens[k]?.start === tokens[numberEnd - 1].end;
  if (glued && (tokens[k].text === "C" || tokens[k].text === "F"))
    return [tokens[k].text === "C" ? "celsius" : "fahrenheit", 1];
  // "2,000ft." at a sentence end: wink keeps the full stop on the abbreviation.
  const unit = MEASURE_UNITS[w] ?? (w.length > 2 && w.endsWith(".") ? MEASURE_UNITS[w.slice(0, -1)] : undefined);
  if (unit === undefined) return null;
  // One-letter units ("5m", "5g") only when written against the number: "5 g" and "the G" are too ambiguous.
  if (w.length === 1 && tokens[numberEnd - 1].end !== tokens[k + offset].start) return null;
  if (unit === "percent") return null;
  return [unit, offset + 1];
}

/** Skips "of [the|all|Iran's|the country's]" and reads a total; returns [total, index after it] or null. */
function readOfTotal(tokens: Token[], k: number, value: number): [number, number] | null {
  const w = lower(tokens, k);
  // "one in five adults": a small total, never "5 in 2020".
  if (w === "in" || (w === "out" && lower(tokens, k + 1) === "of")) {
    const r = readNumber(tokens, k + (w === "in" ? 1 : 2), false);
    if (
      r === null ||
      (r.kind !== "words" && r.kind !== "digits") ||
      r.value <= value ||
      (w === "in" && (r.value > 1000 || /^\d{4}$/.test(tokens[r.tokenStart].text)))
    )
      return null;
    return [r.value, r.tokenEnd];
  }
  if (w !== "of") return null;
  let m = k + 1;
  while (OF_DETERMINERS.has(lower(tokens, m))) m++;
  if (POSSESSIVE.has(lower(tokens, m + 1)) && tokens[m]?.pos !== "NUM") m += 2;
  else if (POSSESSIVE.has(lower(tokens, m + 2)) && tokens[m + 1]?.pos !== "NUM") m += 3;
  const r = readNumber(tokens, m, false);
  if (r === null || r.kind === "vague" || r.kind === "fraction" || r.kind === "range" || r.value < value) return null;
  // "half of 2024" is a period, not a total.
  if (/^\d{4}$/.test(tokens[r.tokenStart].text) && r.value >= 1000 && r.value <= 2100) return null;
  return [r.value, r.tokenEnd];
}

const TIME_DEICTICS = new Set(["last", "next", "this", "past", "coming"]);
const TIME_NOUNS = new Set(
  "season year week month day night weekend quarter term summer winter spring autumn fall time decade century".split(
    " ",
  ),
);

function isModifierToken(t: Token): boolean {
  if (t.pos === "ADJ" || t.pos === "ADV") return true;
  if (t.text === "-") return true;
  if (t.pos === "VERB" && /(?:ed|en|ing)$/i.test(t.text)) return true;
  // Demonyms and names used as modifiers: "Iranian cities", "Hezbollah fighters".
  return t.pos === "PROPN" && /^[A-Z]/.test(t.text);
}

/** The counted noun from token k: skips up to four modifiers, then takes the last noun of a compound. */
function readCountedNoun(tokens: Token[], k: number): number | null {
  // "batted .290 last season", "30 this year": a time adverbial after the number, not what it counts.
  if (TIME_DEICTICS.has(lower(tokens, k)) && TIME_NOUNS.has(tokens[k + 1]?.lemma ?? "")) return null;
  let firstPropn: number | null = null;
  for (let m = k; m < k + 5 && m < tokens.length; m++) {
    const t = tokens[m];
    // "800 battle-hardened fighters": a noun hyphened to an adjective or participle is a compound modifier of the noun
    // after it, when one follows ("deputies-many in uniform" keeps "deputies").
    const dash = tokens[m + 1];
    const joined = tokens[m + 2];
    if (
      t.pos === "NOUN" &&
      dash?.text === "-" &&
      dash.start === t.end &&
      joined?.start === dash.end &&
      (joined.pos === "ADJ" || joined.pos === "VERB")
    ) {
      const after = readCountedNoun(tokens, m + 3);
      if (after !== null) return after;
    }
    if (t.pos === "NOUN") {
      let head = m;
      while (tokens[head + 1]?.pos === "NOUN" && tokens[head + 1].start === tokens[head].end + 1) head++;
      // "150 phone calls to other pastors": wink reads the plural after a singular noun modifier as a verb. Not after
      // "one" ("one person dies in ...").
      if (
        head === m &&
        m === k &&
        !/s$/i.test(tokens[head].text) &&
        !SINGULAR_COUNTS.has(lower(tokens, k - 1)) &&
        tokens[head + 1]?.start === tokens[head].end + 1 &&
        isPluralNounTaggedVerb(tokens, head + 1)
      )
        head++;
      // "five of her daughter's orphaned kids", "a third of the area's population": the possessor is not the head.
      const possessive = POSSESSIVE.has(lower(tokens, head + 1)) ? readCountedNoun(tokens, head + 2) : null;
      if (possessive !== null) return possessive;
      // "three leading scientific societies": an -ing word taken for a noun; the phrase's last noun is the head.
      if (/ing$/.test(tokens[head].text)) {
        let n = head + 1;
        while (tokens[n]?.pos === "ADJ") n++;
        if (tokens[n]?.pos === "NOUN") head = n;
      }
      return head;
    }
    if (t.pos === "PROPN" && firstPropn === null) firstPropn = m;
    // "pleaded guilty to two counts of murder", "nine rebounds as ...": wink reads the plural as a verb; a verb in -s
    // right after the number, with a preposition, a conjunction or the clause's end after it, is the noun counted.
    if (m === k && isPluralNounTaggedVerb(tokens, m)) return m;
    if (!isModifierToken(t)) break;
  }
  // "5 Americans": a plural proper noun directly after the number is what is counted.
  if (firstPropn === k && /s$/.test(tokens[k].text)) return k;
  return null;
}

/** Number words before a singular noun that may be a subject: "one person dies in ...", "a man says". */
const SINGULAR_COUNTS = new Set(["one", "1", "a", "an", "single", "another"]);

function isPluralNounTaggedVerb(tokens: Token[], m: number): boolean {
  const t = tokens[m];
  if (t.pos !== "VERB" || !/[^s]s$/.test(t.text)) return false;
  const next = tokens[m + 1];
  if (next === undefined || next.pos === "PUNCT" || next.pos === "CCONJ") return true;
  // "the odds of winning all six comes out to 1 in 64": a particle after it makes it the verb it is.
  return next.pos === "ADP" && !VERB_PARTICLES.has(next.text.toLowerCase());
}

/** Counted noun after "of": "two-thirds of the country", "dozens of people", "20 percent of voters". */
function readOfNoun(tokens: Token[], k: number): number | null {
  // "half the country" needs no "of".
  const bareHalf = lower(tokens, k - 1) === "half" && OF_DETERMINERS.has(lower(tokens, k));
  if (lower(tokens, k) !== "of" && !bareHalf) return null;
  let m = bareHalf ? k : k + 1;
  while (OF_DETERMINERS.has(lower(tokens, m))) m++;
  return readCountedNoun(tokens, m);
}

/**
 * Reads the unit, total and counted noun after a number ending at token `numberEnd`.
 * `currency` is the ISO code of a currency sign read before the number, with its token index.
 * @example readHead(segment("26 of Iran’s 31 provinces")[0].tokens, 1, null) // { unit: "province", of: 31, ... }
 */
export function readHead(
  tokens: Token[],
  numberEnd: number,
  currency: { code: string; index: number } | null,
  value = 0,
): HeadReading {
  let k = numberEnd;
  let unit: string | null = currency?.code ?? null;
  let unitIndex: number | null = currency?.index ?? null;
  const percent = unit === null ? readPercent(tokens, k) : null;
  const mass = unit === null && percent === null ? readPoundMass(tokens, k) : null;
  const money = unit === null && percent === null && mass === null ? readCurrencyWord(tokens, k) : null;
  const measure =
    unit === null && percent === null && money === null ? (mass ?? readMeasure(tokens, k, numberEnd)) : null;
  const found = percent ?? money ?? measure;
  if (found) {
    unit = found[0];
    unitIndex = k + found[1] - 1;
    k += found[1];
  }
  if (unit !== null && unit !== "percent" && unit !== "percentage point") {
    const rate = readRate(tokens, k);
    if (
      rate &&
      ((rate[0] !== "share" && rate[0] !== "person" && rate[0] !== "capita" && rate[0] !== "head") ||
        currency !== null ||
        money !== null)
    ) {
      return { unit: `${unit} per ${rate[0]}`, headIndex: unitIndex, of: null, end: k + rate[1] };
    }
    return { unit, headIndex: unitIndex, of: null, end: k };
  }
  // "a 2000-page report", "a 10-point lead": the noun hyphenated to the number is what it counts.
  const hyphen = tokens[k];
  const joined = tokens[k + 1];
  if (unit === null && hyphen?.text === "-" && hyphen.start === tokens[k - 1].end && joined?.start === hyphen.end) {
    if (joined.pos === "NOUN") return { unit: joined.lemma, headIndex: k + 1, of: null, end: k + 2 };
  }
  const total = unit === null ? readOfTotal(tokens, k, value) : null;
  if (total) {
    const head = readCountedNoun(tokens, total[1]);
    const end = head === null ? total[1] : head + 1;
    return { unit: head === null ? null : lemmaOf(tokens[head]), headIndex: head, of: total[0], end };
  }
  const head = unit === null ? (readCountedNoun(tokens, k) ?? readOfNoun(tokens, k)) : readOfNoun(tokens, k);
  if (head === null) return { unit, headIndex: unitIndex, of: null, end: k };
  return { unit: unit ?? lemmaOf(tokens[head]), headIndex: head, of: null, end: head + 1 };
}
