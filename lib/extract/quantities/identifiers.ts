/**
 * Digit runs that identify rather than count: phone numbers written in spaced groups ("0845 125 2222",
 * "+44 20 7946 0958", "555 123 4567"), numbers with a leading zero ("0845", "00712"; not "0000") and long
 * unpunctuated codes named as such ("ISBN 9780306406157"). The whole run is skipped, so no group of it is read as a figure on its own.
 */

import { MEASURE_UNITS } from "../lexicon/units.ts";
import { normalizeDigits } from "../numbers/numbers.ts";
import type { Token } from "../tokens/segment.ts";

/** Words after which a number is dialled, not counted ("Call 911"). */
export const PHONE_WORDS = new Set(
  "phone call tel tel. telephone fax hotline dial ext ext. extension mobile cell whatsapp sms text".split(" "),
);

/** Nouns that name a long digit string as a code: "ISBN 9780306406157", "the order reference is 12345678901". */
const CODE_NOUNS = new Set(
  "isbn issn id reference ref serial code account order tracking phone number passport licence license pin".split(" "),
);

/** A code noun among the three words before token i. */
function namedCode(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) if (CODE_NOUNS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** Digits only (ASCII, Persian or Arabic-Indic), no separators. */
function bareDigits(token: Token | undefined): string | null {
  if (!token) return null;
  const raw = normalizeDigits(token.text);
  return /^\d+$/.test(raw) ? raw : null;
}

/**
 * When token `i` starts an identifier, the token index after it; else -1. Spaced thousands ("10 000",
 * "1 200 000") and a year before a count ("in 2009 300 people") are figures, not identifiers; so is a long run
 * with no code noun before it ("123456789101231"), and any after a currency sign ("$1000000000").
 * @example identifierEnd(segment("Call 0845 125 2222 now")[0].tokens, 1, false) // 4
 */
export function identifierEnd(tokens: Token[], i: number, afterCurrency: boolean): number {
  const first = bareDigits(tokens[i]);
  if (first === null) return -1;
  const groups = [first];
  let j = i + 1;
  for (
    let g = bareDigits(tokens[j]);
    g !== null && tokens[j].start === tokens[j - 1].end + 1;
    g = bareDigits(tokens[j])
  ) {
    groups.push(g);
    j++;
  }
  if (groups.length > 1 && /^[1-9]\d{0,2}$/.test(first) && groups.every((g, k) => k === 0 || g.length === 3)) return -1;
  if (groups.some((g) => /^0+[1-9]/.test(g))) return j;
  if (groups.length === 1) return !afterCurrency && first.length >= 10 && namedCode(tokens, i) ? j : -1;
  if (groups.length >= 3) return j;
  // Two groups ("555 1234") are a phone number only after a country code or a cue word.
  const prev = tokens[i - 1];
  return prev && (/^\+\d{1,3}$/.test(prev.text) || PHONE_WORDS.has(prev.text.toLowerCase())) ? j : -1;
}

/** What digits glued to "-ers" name: a team ("the 76ers", "the 49ers"), never a count of "ers". */
const TEAM_SUFFIXES = new Set(["ers", "er"]);

/**
 * "the Philadelphia 76ers", "San Francisco 49ers": digits glued to "ers" (55 times in PolNeAR train and the ECB+ dev
 * articles, every one a team) are a name.
 * @example isTeamName(tokens("the 76ers lost"), readingOf76) // true
 */
export function isTeamName(tokens: Token[], r: { kind: string; tokenEnd: number }): boolean {
  const next = tokens[r.tokenEnd];
  return (
    r.kind === "digits" &&
    next !== undefined &&
    next.start === tokens[r.tokenEnd - 1].end &&
    TEAM_SUFFIXES.has(next.text.toLowerCase())
  );
}

/** "zero" joined to these reads as a fixed term even without a hyphen: "a zero day exploit", "zero tolerance". */
const ZERO_TERMS = new Set(["day", "sum", "tolerance", "emission", "emissions", "gravity", "waste", "hour", "carbon"]);

/**
 * "a zero-day vulnerability", "a zero-sum game", "zero tolerance", "zero-emission vehicles": "zero" compounded with a
 * singular noun is a term, not a count of nothing ("zero points", "zero percent" still count).
 * @example isZeroTerm(tokens("a zero-day flaw"), readingOfZero) // true
 */
export function isZeroTerm(tokens: Token[], r: { tokenStart: number; tokenEnd: number }): boolean {
  if (r.tokenEnd !== r.tokenStart + 1 || tokens[r.tokenStart].text.toLowerCase() !== "zero") return false;
  const hyphen = tokens[r.tokenEnd]?.text === "-";
  const word = tokens[r.tokenEnd + (hyphen ? 1 : 0)]?.text.toLowerCase() ?? "";
  if (ZERO_TERMS.has(word)) return true;
  return hyphen && /^\p{L}+$/u.test(word) && !word.endsWith("s") && !(word in MEASURE_UNITS) && word !== "percent";
}
