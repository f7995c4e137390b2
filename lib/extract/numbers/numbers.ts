/**
 * Number surfaces -> values, read over wink tokens. Hand-written (docs/decisions/001-hand-written-number-parser.md):
 * a lexicon walk costs well under a microsecond a token, where Recognizers-Text costs 20-30 us a word.
 */

import type { Token } from "../tokens/segment.ts";
import { segment } from "../tokens/segment.ts";
import { readScale, readVague, readWords, round, round4, trailingFraction, VULGAR } from "./words.ts";

export type NumberKind = "digits" | "words" | "fraction" | "vague" | "range";

export interface NumberReading {
  value: number;
  /** Interval ends implied by the surface alone (vague plurals, "10-15"); equal to value for a plain number. */
  low: number;
  high: number;
  kind: NumberKind;
  /** Token index range [tokenStart, tokenEnd) read. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Persian (U+06F0..) and Arabic-Indic (U+0660..) digits and their separators, mapped to ASCII.
 * @example normalizeDigits("۱٬۲۰۰") // "1,200"
 */
export function normalizeDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (ch === "\u066c") out += ",";
    else if (ch === "\u066b") out += ".";
    else out += ch;
  }
  return out;
}

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/**
 * Parses one digit token: "2,200" -> 2200, "1.2" -> 1.2, "۸۰۰" -> 800; anything else -> null.
 * @example parseDigits("٣٥٫٥") // 35.5
 */
export function parseDigits(text: string): number | null {
  const t = normalizeDigits(text);
  if (!PLAIN.test(t)) return null;
  const value = Number(t.replace(/,/g, ""));
  // A 400-digit string is Infinity: no figure, and JSON would print it as null.
  return Number.isFinite(value) ? value : null;
}

/**
 * True when the token holds only digits and digit punctuation (a candidate for parseDigits or a range); a
 * leading-dot decimal (".290", re-glued by tokens/segment-merge.ts) counts.
 * @example isDigitToken("2,200") // true; isDigitToken(".5") // true; isDigitToken("F-16") // false
 */
export function isDigitToken(text: string): boolean {
  return /^\.?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9,.\u066b\u066c\-–/]*$/.test(text);
}

/**
 * Reads the number that starts at token `i`, or returns null. `afterCurrency` allows "m"/"b" as scales ("$5m").
 * @example readNumber(segment("over 1.2 million people")[0].tokens, 1, false) // { value: 1200000, kind: "digits", ... }
 */
export function readNumber(tokens: Token[], i: number, afterCurrency: boolean): NumberReading | null {
  const text = tokens[i]?.text;
  if (text === undefined) return null;
  if (text in VULGAR) return withScale(tokens, i, i + 1, VULGAR[text], "fraction", afterCurrency);
  if (isDigitToken(text)) return readDigits(tokens, i, afterCurrency, 1);
  // "-18" is one token; "minus 5" two. A sign glued to a word ("COVID-19") never reaches here.
  if (/^[-−]\.?[\d\u0660-\u0669\u06f0-\u06f9]/.test(text) && isDigitToken(text.slice(1))) {
    const r = readDigits(tokens, i, afterCurrency, -1, text.slice(1));
    return r;
  }
  if (
    (text.toLowerCase() === "minus" || text.toLowerCase() === "negative") &&
    isDigitToken(tokens[i + 1]?.text ?? "")
  ) {
    const r = readDigits(tokens, i + 1, afterCurrency, -1);
    return r && r.kind === "digits" ? { ...r, tokenStart: i } : null;
  }
  return readVague(tokens, i) ?? readWords(tokens, i);
}

function withScale(
  tokens: Token[],
  start: number,
  end: number,
  base: number,
  kind: NumberKind,
  afterCurrency: boolean,
): NumberReading {
  const [scale, after] = readScale(tokens, end, afterCurrency);
  const value = scale === 1 && kind === "fraction" ? round4(base) : round(base * scale);
  return { value, low: value, high: value, kind: scale === 1 ? kind : "digits", tokenStart: start, tokenEnd: after };
}

function readDigits(
  tokens: Token[],
  i: number,
  afterCurrency: boolean,
  sign: 1 | -1,
  text?: string,
): NumberReading | null {
  const raw = normalizeDigits(text ?? tokens[i].text);
  let plain = parseDigits(raw);
  const spaced = plain !== null && sign > 0 ? spacedFraction(tokens, i, raw) : null;
  if (spaced) return spaced;
  if (plain !== null) {
    let j = i + 1;
    // "10 000": thin-space thousands, only for a lone group of exactly three digits written one space apart.
    let group = /^\d{1,3}$/.test(raw);
    while (group && /^\d{3}(?:\.\d+)?$/.test(tokens[j]?.text ?? "") && tokens[j].start === tokens[j - 1].end + 1) {
      plain = plain * 1000 + Number(tokens[j].text);
      group = !tokens[j].text.includes(".");
      j++;
    }
    // "2, 000ft": a thousands comma with a stray space. Only a group that starts with 0 joins; "3, 400" stays a list.
    while (
      group &&
      tokens[j]?.text === "," &&
      tokens[j].start === tokens[j - 1].end &&
      /^0\d{2}$/.test(tokens[j + 1]?.text ?? "") &&
      tokens[j + 1].start === tokens[j].end + 1
    ) {
      plain = plain * 1000 + Number(tokens[j + 1].text);
      j += 2;
    }
    if (Number.isInteger(plain)) {
      const fraction = trailingFraction(tokens, j);
      if (fraction) {
        plain += fraction[0];
        j = fraction[1];
      }
    }
    const [scale, end] = readScale(tokens, j, afterCurrency);
    const value = round(sign * plain * scale);
    return { value, low: value, high: value, kind: "digits", tokenStart: i, tokenEnd: end };
  }
  if (sign < 0) return null;
  const mixed = mixedFraction(tokens, i, raw, afterCurrency);
  if (mixed) return mixed;
  const dash = /^([\d,.]+)[-–]([\d,.]+)$/.exec(raw);
  if (dash) {
    const a = parseDigits(dash[1]);
    const b = parseDigits(dash[2]);
    // "3-1" is a score, "555-1234" a phone number: only an increasing pair reads as a range.
    if (a === null || b === null || a >= b || (/^\d{3}$/.test(dash[1]) && /^\d{4}$/.test(dash[2]))) return null;
    const [scale, end] = readScale(tokens, i + 1, afterCurrency);
    return {
      value: round(a * scale),
      low: round(a * scale),
      high: round(b * scale),
      kind: "range",
      tokenStart: i,
      tokenEnd: end,
    };
  }
  const slash = /^(\d)\/(\d{1,2})$/.exec(raw);
  if (slash) {
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    // "1/3" is a fraction; "9/11" and "24/7" are names.
    if (a === 0 || a >= b || b > 10) return null;
    const value = round4(a / b);
    return { value, low: value, high: value, kind: "fraction", tokenStart: i, tokenEnd: i + 1 };
  }
  return null;
}

/**
 * "4-1/2 months", "2-1/2 percent": a mixed number whose whole part is glued to its fraction by a hyphen (wire-service
 * style; "4 1/2" and "4½" read through trailingFraction). The fraction obeys a lone fraction's bounds (readDigits), so
 * a score or record ("52-3") has no slash to take this path and "2-9/11" or "1-24/7" no fraction to read.
 * @example mixedFraction(segment("4-1/2 months")[0].tokens, 0, "4-1/2", false) // { value: 4.5, kind: "digits", ... }
 */
function mixedFraction(tokens: Token[], i: number, raw: string, afterCurrency: boolean): NumberReading | null {
  const m = /^(\d{1,3})-(\d{1,2})\/(\d{1,2})$/.exec(raw);
  if (!m) return null;
  const over = Number(m[2]);
  const under = Number(m[3]);
  if (over === 0 || over >= under || under > 10) return null;
  const [scale, end] = readScale(tokens, i + 1, afterCurrency);
  const value = round((Number(m[1]) + over / under) * scale);
  return { value, low: value, high: value, kind: "digits", tokenStart: i, tokenEnd: end };
}

/**
 * "1 / 3 inches", "1 / 4 inch": a fraction written with a spaced slash (as "1/3"); not a date "01 / 5 / 2011".
 * @example spacedFraction(segment("1 / 3 inches")[0].tokens, 0, "1") // { value: 0.3333, kind: "fraction", ... }
 */
function spacedFraction(tokens: Token[], i: number, raw: string): NumberReading | null {
  const slash = tokens[i + 1];
  const under = tokens[i + 2];
  if (slash?.text !== "/" || !under || !/^[1-9]$/.test(raw) || !/^\d{1,2}$/.test(under.text)) return null;
  if (tokens[i - 1]?.text === "/" || tokens[i + 3]?.text === "/") return null;
  if (slash.start !== tokens[i].end + 1 || under.start !== slash.end + 1) return null;
  const a = Number(raw);
  const b = Number(under.text);
  if (a >= b || b > 10) return null;
  const value = round4(a / b);
  return { value, low: value, high: value, kind: "fraction", tokenStart: i, tokenEnd: i + 3 };
}

/**
 * Parses a whole number surface on its own: "1.2 million" -> 1200000, "two-thirds" -> 0.6667, "dozens" -> 24 (low).
 * @example parseNumber("twenty-five") // 25
 */
export function parseNumber(surface: string): NumberReading | null {
  const sentence = segment(surface)[0];
  if (!sentence) return null;
  const tokens = sentence.tokens;
  let start = 0;
  const afterCurrency = /^(?:[$€£¥₹]|us\$)$/i.test(tokens[0]?.text ?? "");
  if (afterCurrency) start = 1;
  return readNumber(tokens, start, afterCurrency);
}
