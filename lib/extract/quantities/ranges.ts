/**
 * Figures joined to each other: ranges ("10 to 15", "between 30 and 40", "44 mg to 50 mg", "3 to 5 million"),
 * changes that are not ranges ("rose from 5 to 10"), currency signs before a figure, and units shared along a
 * "to"/"and" ("45 and 50 mg", "up from 1.8 million").
 */

import { TIME_WORDS } from "../lexicon/attribution-sources.ts";
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from "../lexicon/units.ts";
import type { NumberReading } from "../numbers/numbers.ts";
import { readNumber } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";
import { WEEKDAY_WORDS } from "./calendar-filters.ts";
import { readHead } from "./head.ts";
import type { PreModifier } from "./modifiers.ts";
import type { QuantityMention } from "./quantities.ts";

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

/** Verbs of change: "rose from 5 to 10" and "rose $15 to $1,950" give two figures, not a range. */
export const CHANGE_VERBS =
  /^(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increasing|decreased?|decreasing|grew|grow|grows|grown|growing|dropped|drop|drops|climbed|climb|jumped|jump|surged|soared|slipped|declined?|cut|raised?|up|down|went|gone|doubled|tripled|plunged|tumbled|swelled|shrank|reduced?|expanded?|changed?|moved?|slid)$/;

/**
 * Currency sign or code right before token i ("$", "US$", "€", "USD").
 * @example currencyBefore(segment("over $5 million")[0].tokens, 2) // { code: "USD", index: 1 }
 */
export function currencyBefore(tokens: Token[], i: number): { code: string; index: number } | null {
  const t = tokens[i - 1];
  if (!t) return null;
  const code = CURRENCY_SYMBOLS[t.text.toLowerCase()];
  if (code === undefined) return null;
  const letters = tokens[i - 2];
  // "C $ 300", "HK$10" when wink splits the letters off the sign.
  // One-letter prefixes must touch the sign: "a $5 bill" is an article, not Australian dollars.
  const touching =
    letters !== undefined && (letters.end === t.start || (letters.text.length > 1 && letters.end === t.start - 1));
  if (t.text === "$" && touching && DOLLAR_PREFIXES[letters.text.toLowerCase()]) {
    return { code: DOLLAR_PREFIXES[letters.text.toLowerCase()], index: i - 2 };
  }
  // Letter codes only in capitals ("USD 5", not "rs" in running text); "Rs" is how rupees are written.
  if (/^[a-z]/i.test(t.text) && t.text !== t.text.toUpperCase() && !t.text.endsWith("$") && !/^Rs\.?$/.test(t.text)) {
    return null;
  }
  return { code, index: i - 1 };
}

/**
 * "10 to 15", "between 30 and 40", "10 - 15", "two or three": the upper partner of a range, or null.
 * @example readRangePartner(tokens("10 to 15 people"), readingOf10, null)?.value // 15
 */
export function readRangePartner(
  tokens: Token[],
  r: NumberReading,
  pre: PreModifier | "between" | "from" | null,
): NumberReading | null {
  const joiner = lower(tokens, r.tokenEnd);
  const ok =
    (pre === "between" && (joiner === "and" || joiner === "to")) ||
    joiner === "to" ||
    joiner === "-" ||
    joiner === "–" ||
    (joiner === "or" && r.kind === "words");
  if (!ok) return null;
  let j = r.tokenEnd + 1;
  const cur = currencyBefore(tokens, j + 1);
  if (cur) j++;
  const partner = readNumber(tokens, j, cur !== null);
  if (partner === null || partner.kind === "vague" || partner.kind === "range") return null;
  return partner;
}

/**
 * The upper end of "44 mg to 50 mg": a number after "to"/"-" that carries the same unit.
 * @example readUnitRange(tokens("44 mg to 50 mg"), 2, "mg", false, false) // { value: 50, end: 6 }
 */
export function readUnitRange(
  tokens: Token[],
  k: number,
  unit: string,
  between: boolean,
  money: boolean,
): { value: number; end: number } | null {
  const joiner = lower(tokens, k);
  if (!(joiner === "to" || joiner === "-" || joiner === "–" || (between && joiner === "and"))) return null;
  let j = k + 1;
  const cur = currencyBefore(tokens, j + 1);
  if (cur) j = cur.index + 1;
  if (money && !cur) return null;
  const r = readNumber(tokens, j, cur !== null);
  if (r === null || r.kind === "vague" || r.kind === "range") return null;
  const head = readHead(tokens, r.tokenEnd, cur, r.value);
  if (head.unit !== unit) return null;
  return { value: r.value, end: head.end };
}

/**
 * Scale shared across a range: "3 to 5 million" reads the 3 as 3 million.
 * @example shareScale(tokens("3 to 5 million"), readingOf3, readingOf5Million) // 3000000
 */
export function shareScale(tokens: Token[], low: NumberReading, high: NumberReading): number {
  if (low.tokenEnd - low.tokenStart !== 1 || high.tokenEnd - high.tokenStart < 2) return low.value;
  const scaled = low.value * (high.value / (readNumber([tokens[high.tokenStart]], 0, false)?.value ?? high.value));
  return scaled <= high.value ? scaled : low.value;
}

/**
 * "rose from 5 to 10 percent", "45 and 50 mg": a bare figure joined to the next one by "to", "and", "or" or a dash
 * takes that figure's unit.
 * @example shareUnits(tokens("45 and 50 mg"), mentions) // mentions[0].unit === "mg"
 */
export function shareUnits(tokens: Token[], mentions: QuantityMention[]): void {
  // "2.5 million people need aid, up from 1.8 million": a baseline after "from" takes the figure's unit.
  for (let m = 1; m < mentions.length; m++) {
    const a = mentions[m];
    const b = mentions[m - 1];
    if (a.unit !== null || b.unit === null || lower(tokens, a.tokenStart - 1) !== "from") continue;
    if (["up", "down", "rising", "falling", "increase", "decrease"].includes(lower(tokens, a.tokenStart - 2))) {
      a.unit = b.unit;
      a.headIndex = b.headIndex;
    }
  }
  for (let m = mentions.length - 2; m >= 0; m--) {
    const a = mentions[m];
    const b = mentions[m + 1];
    if (a.unit !== null || b.unit === null || b.tokenStart !== a.tokenEnd + 1) continue;
    if (!["to", "and", "or", "-", "–"].includes(lower(tokens, a.tokenEnd))) continue;
    a.unit = b.unit;
    a.headIndex = b.headIndex;
  }
  // "killed 12 people and wounded 40", "arrested 30 protesters on Monday and 45 on Tuesday", "finished with 20 points
  // and now has 2,302 for his career": a bare count in a clause coordinated with a counted figure counts the same
  // noun. Its own clause still says what it counts (no head: the concept is read around the figure).
  for (let m = 1; m < mentions.length; m++) {
    const a = mentions[m];
    const b = mentions[m - 1];
    if (a.unit !== null || b.unit === null || b.headIndex === null || a.tokenEnd - a.tokenStart !== 1) continue;
    if (gappedCount(tokens, b.tokenEnd, a.tokenStart, a.tokenEnd)) a.unit = b.unit;
  }
}

/** Words that may stand between a counted figure and a bare one that shares its noun: verbs, adverbs, times. */
const GAP_TAGS = new Set(["CCONJ", "ADV", "VERB", "AUX", "ADP", "PART"]);
/** Before a bare figure: words that make it something else than a count ("at 5", "No. 4", "in 40 minutes"). */
const NOT_COUNT_BEFORE = new Set([
  "at",
  "in",
  "no",
  "no.",
  "number",
  "by",
  "of",
  "than",
  "since",
  "aged",
  "age",
  "from",
]);

/**
 * Whether the tokens [from, start) join a bare figure at `start` to the counted one before them: a coordinator ("and",
 * "but", "while"; a comma alone sets off an age or another stat: "two girls, 12 and 15", "nine rebounds, scoring 14"),
 * at most eight tokens, nothing in between that could be a counted thing of its own (a noun),
 * and nothing after the figure that would be its own noun.
 */
function gappedCount(tokens: Token[], from: number, start: number, end: number): boolean {
  if (start - from < 1 || start - from > 8) return false;
  if (NOT_COUNT_BEFORE.has(lower(tokens, start - 1))) return false;
  // "and 40 were injured": the figure may be its clause's subject; a noun after it would be its own counted thing.
  const next = tokens[end];
  if (next && !/^(?:PUNCT|ADP|ADV|CCONJ|SCONJ|AUX|VERB)$/.test(next.pos)) return false;
  // "40 of them", "40%": a part or a share; "was 7 for 10", "3 of 4": a ratio.
  if (lower(tokens, end) === "of" || lower(tokens, end) === "%") return false;
  if (lower(tokens, end) === "for" && /^\d/.test(tokens[end + 1]?.text ?? "")) return false;
  let joined = false;
  for (let k = from; k < start; k++) {
    const t = tokens[k];
    const word = lower(tokens, k);
    if (word === "and" || word === "but" || word === "while" || word === "whereas") joined = true;
    else if (isTimeName(t)) continue;
    else if (!GAP_TAGS.has(t.pos) && word !== "the") return false;
  }
  return joined;
}

const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_WORDS, ...TIME_WORDS, "morning", "evening"]);

function isTimeName(t: Token): boolean {
  return DAY_WORDS.has(t.text.toLowerCase());
}
