/**
 * Numbers written in words and their pieces: "twenty-five", "two hundred and fifty", "a dozen", fractions
 * ("two-thirds", "half a million", "½"), vague plurals ("dozens", "tens of thousands") and scale words ("million",
 * "bn") after a number. Used by readNumber in numbers/numbers.ts.
 */

import {
  CURRENCY_ONLY_SCALES,
  FRACTION_WORDS,
  lexicon,
  SCALE_WORDS,
  UNIT_WORDS,
  VAGUE_MULTIPLIERS,
  VAGUE_PLURALS,
} from "../lexicon/quantities.ts";
import type { Token } from "../tokens/segment.ts";
import type { NumberReading } from "./numbers.ts";

function lower(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t === undefined ? "" : t.text.toLowerCase();
}

/** Unicode vulgar fractions ("½ cup", "1½ miles"). */
export const VULGAR = lexicon<number>({
  "½": 0.5,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 0.25,
  "¾": 0.75,
  "⅕": 0.2,
  "⅖": 0.4,
  "⅗": 0.6,
  "⅘": 0.8,
  "⅙": 1 / 6,
  "⅚": 5 / 6,
  "⅛": 0.125,
  "⅜": 0.375,
  "⅝": 0.625,
  "⅞": 0.875,
});

/**
 * A whole number followed by a fraction: "2 1/2", "1½", "two and a half", "3 and three quarters".
 * Returns the fraction and the index after it, or null.
 * @example trailingFraction(segment("2 1/2 miles")[0].tokens, 1) // [0.5, 2]
 */
export function trailingFraction(tokens: Token[], j: number): [number, number] | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text in VULGAR && tokens[j - 1].end === t.start) return [VULGAR[t.text], j + 1];
  const slash = /^(\d{1,2})\/(\d{1,2})$/.exec(t.text);
  if (slash && Number(slash[1]) < Number(slash[2]) && Number(slash[2]) <= 16)
    return [Number(slash[1]) / Number(slash[2]), j + 1];
  // "7 3 / 4 %", "101 1 / 4": the same with the slash spaced.
  const over = tokens[j + 1];
  const under = tokens[j + 2];
  if (
    over?.text === "/" &&
    under &&
    tokens[j + 3]?.text !== "/" &&
    /^\d$/.test(t.text) &&
    /^\d{1,2}$/.test(under.text) &&
    t.start === tokens[j - 1].end + 1 &&
    over.start === t.end + 1 &&
    under.start === over.end + 1 &&
    Number(t.text) < Number(under.text) &&
    Number(under.text) <= 16
  )
    return [Number(t.text) / Number(under.text), j + 3];
  if (lower(tokens, j) !== "and") return null;
  const f = readFraction(tokens, j + 1, null) ?? readNumberedFraction(tokens, j + 1);
  return f && f.kind === "fraction" ? [f.value, f.tokenEnd] : null;
}

/** "three quarters", "one fifth" after "and". */
function readNumberedFraction(tokens: Token[], j: number): Omit<NumberReading, "tokenStart"> | null {
  const w = lower(tokens, j);
  if (!(w in UNIT_WORDS) || w === "dozen") return null;
  return readFraction(tokens, j + 1, UNIT_WORDS[w]);
}

/**
 * A scale word after a number: "million", "bn", "M" against the digits, "m" only after a currency.
 * @example readScale(segment("1.2 million")[0].tokens, 1, false) // [1000000, 2]
 */
export function readScale(tokens: Token[], i: number, afterCurrency: boolean): [number, number] {
  // wink keeps a sentence-final period on abbreviations ("$5m."); the mention's span drops it again.
  const word = lower(tokens, i).replace(/\.$/, "");
  if (word === "thousands") return [1, i];
  const t = tokens[i];
  // "1.8M", "$2.174T": a capital written against the number is a scale; a lower-case "5m" is five metres.
  // Only "M" without a currency: "1B" is a first baseman and "3G" a network as often as a billion.
  const glued = t !== undefined && i > 0 && tokens[i - 1].end === t.start && /^M\.?$/.test(t.text);
  const scale = SCALE_WORDS[word] ?? (afterCurrency || glued ? CURRENCY_ONLY_SCALES[word] : undefined);
  if (scale === undefined) return [1, i];
  // "5 million" / "3 bn" compound: "2.5 billion" etc.; "100 thousand million" is not news English.
  return [scale, i + 1];
}

const WORD_SCALES = lexicon<number>({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });

/**
 * "twenty-five", "two hundred and fifty", "a dozen", "a million", "two-thirds", "half a million".
 * @example readWords(segment("two hundred and fifty")[0].tokens, 0)?.value // 250
 */
export function readWords(tokens: Token[], i: number): NumberReading | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastWasNumber = false;
  let lastWasScale = false;
  let lastScale = 1;
  const first = lower(tokens, j);
  if ((first === "a" || first === "an" || first === "one") && isScaleOrDozen(lower(tokens, j + 1))) {
    current = 1;
    seen = true;
    j++;
  }
  for (; j < tokens.length; j++) {
    const w = lower(tokens, j);
    const next = lower(tokens, j + 1);
    if (w in UNIT_WORDS && (w === "dozen" || !(lastWasNumber && UNIT_WORDS[w] >= 10 && current % 100 !== 0))) {
      current = w === "dozen" ? (current || 1) * 12 : current + UNIT_WORDS[w];
      seen = true;
      lastWasNumber = true;
      lastWasScale = false;
    } else if (w === "hundred" && seen) {
      current = (current || 1) * 100;
      lastWasNumber = true;
      lastWasScale = true;
      lastScale = 100;
    } else if (w in WORD_SCALES && seen) {
      total += (current || 1) * WORD_SCALES[w];
      current = 0;
      lastWasNumber = true;
      lastWasScale = true;
      lastScale = WORD_SCALES[w];
    } else if (w === "-" && seen && next in UNIT_WORDS && adjacentHyphen(tokens, j, w)) {
      // "twenty-five": the hyphen joins, the loop reads the next word.
    } else if (
      w === "and" &&
      lastWasScale &&
      next in UNIT_WORDS &&
      FRACTION_WORDS[lower(tokens, j + 2)] === undefined
    ) {
      // "two hundred and fifty"; never "three and one fourth" (a fraction follows) nor "one and two" (a list).
    } else break;
  }
  const whole = total + current;
  const fraction = readFraction(tokens, seen ? j : i, seen ? whole : null);
  if (fraction) return { ...fraction, tokenStart: i };
  if (!seen) return null;
  const trailing = trailingFraction(tokens, j);
  if (trailing) {
    // "five and a half million" = 5.5 million; "three million and a half" = 3.5 million.
    const [scale, after] = readScale(tokens, trailing[1], false);
    // "one billion and three quarters million" = 1,000,750,000: a scaled whole keeps its own scale.
    const scaledWhole = current === 0 && lastWasScale;
    const value =
      scale > 1
        ? scaledWhole
          ? whole + trailing[0] * scale
          : (whole + trailing[0]) * scale
        : whole + trailing[0] * (scaledWhole ? lastScale : 1);
    return {
      value: round(value),
      low: round(value),
      high: round(value),
      kind: "words",
      tokenStart: i,
      tokenEnd: after,
    };
  }
  return { value: whole, low: whole, high: whole, kind: "words", tokenStart: i, tokenEnd: j };
}

function isScaleOrDozen(w: string): boolean {
  return w === "dozen" || w === "hundred" || w in WORD_SCALES;
}

function adjacentHyphen(tokens: Token[], j: number, w: string): boolean {
  if (w !== "-") return true;
  return tokens[j - 1].end === tokens[j].start && tokens[j].end === tokens[j + 1].start;
}

/** Words before a bare "a third" that make it a share: "fell by a third", "about a quarter". */
const SHARE_LEAD = new Set([
  "by",
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "some",
  "over",
  "under",
  "than",
  "just",
]);

/**
 * "two-thirds", "three quarters", "a third", "half", "half a million". `numerator` null = no number word before.
 * @example readFraction(segment("two-thirds")[0].tokens, 1, 2)?.value // 0.6667
 */
export function readFraction(
  tokens: Token[],
  j: number,
  numerator: number | null,
): Omit<NumberReading, "tokenStart"> | null {
  let k = j;
  let num = numerator;
  if (num === null) {
    const w = lower(tokens, k);
    const scale = WORD_SCALES[lower(tokens, k + 1)];
    if ((w === "half" || w === "quarter") && scale !== undefined) {
      const value = (w === "half" ? 0.5 : 0.25) * scale;
      return { value, low: value, high: value, kind: "words", tokenEnd: k + 2 };
    }
    if (w === "a" || w === "an") {
      num = 1;
      k++;
    } else if (w !== "half") return null;
  } else if (lower(tokens, k) === "-") k++;
  const word = lower(tokens, k);
  const denominator = FRACTION_WORDS[word];
  if (denominator === undefined) return null;
  // "a third time", "a second term": an article before a singular ordinal and a noun is an ordinal, not a share.
  const articled = numerator === null && word !== "half" && !word.endsWith("s");
  if (articled && (tokens[k + 1]?.pos === "NOUN" || tokens[k + 1]?.pos === "ADJ")) return null;
  // "killing two and wounding a third": after another word, a bare "a third" is a third person; a share needs "of"
  // after it ("a third of the vote") or a word that measures by it before ("cut by a third", "about a third").
  // Sentence-initial "A third were Democrats" / "A third was shot" cannot be told apart: left a share.
  if (articled && j > 0 && lower(tokens, k + 1) !== "of" && !SHARE_LEAD.has(lower(tokens, j - 1))) return null;
  if (word === "half" && num === null) num = 1;
  // Singular denominators take only one ("a third"); plural ones any count above one, improper too ("three halves").
  if (num === null || num <= 0 || (!word.endsWith("s") && num !== 1)) return null;
  // Plural denominators need a numerator above one ("two-thirds"), singular ones exactly one ("a third").
  if (word.endsWith("s") === (num === 1)) return null;
  k++;
  let value = num / denominator;
  // "half a million", "a quarter of a million"
  let m = k;
  if (lower(tokens, m) === "of") m++;
  if (lower(tokens, m) === "a" && lower(tokens, m + 1) in WORD_SCALES) {
    value *= WORD_SCALES[lower(tokens, m + 1)];
    return { value, low: value, high: value, kind: "words", tokenEnd: m + 2 };
  }
  value = round4(value);
  return { value, low: value, high: value, kind: "fraction", tokenEnd: k };
}

/**
 * "dozens", "hundreds of thousands", "tens of thousands", "several hundred", "a few dozen".
 * @example readVague(segment("tens of thousands")[0].tokens, 0) // { low: 20000, high: 99999, ... }
 */
export function readVague(tokens: Token[], i: number): NumberReading | null {
  let w = lower(tokens, i);
  let k = i;
  if ((w === "a" || w === "an") && lower(tokens, i + 1) === "few") {
    k++;
    w = "few";
  }
  const multiplier = VAGUE_MULTIPLIERS[w];
  if (multiplier) {
    const next = lower(tokens, k + 1);
    const unit = next === "dozen" ? 12 : next === "hundred" ? 100 : WORD_SCALES[next];
    if (unit === undefined) return null;
    const [lo, hi] = multiplier;
    return { value: lo * unit, low: lo * unit, high: hi * unit, kind: "vague", tokenStart: i, tokenEnd: k + 2 };
  }
  const range = VAGUE_PLURALS[w];
  if (!range) return null;
  let [lo, hi] = range;
  let end = k + 1;
  // "tens of thousands", "hundreds of millions"
  const after = lower(tokens, k + 2);
  if (lower(tokens, k + 1) === "of" && (after === "thousands" || after === "millions" || after === "billions")) {
    const unit = after === "thousands" ? 1e3 : after === "millions" ? 1e6 : 1e9;
    const base = w === "dozens" ? [24, 99] : w === "tens" ? [20, 99] : w === "hundreds" ? [200, 999] : null;
    if (base === null) return null;
    lo = base[0] * unit;
    hi = (base[1] + 1) * unit - 1;
    end = k + 3;
  } else if (w === "tens" || w === "scores") {
    // bare "tens" is not a number in news English; "scores" only as "scores of".
    if (w === "tens" || lower(tokens, k + 1) !== "of") return null;
  }
  return { value: lo, low: lo, high: hi, kind: "vague", tokenStart: i, tokenEnd: end };
}

/**
 * Rounds to 6 decimals so "1.2 million" is 1200000, not 1199999.9999999998.
 * @example round(1.2 * 1e6) // 1200000
 */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Rounds a fraction to 4 decimals: two-thirds = 0.6667.
 * @example round4(2 / 3) // 0.6667
 */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
