/**
 * Is a source a name or a description (ADR 019)? "Police", "the fire service", "Officials", "a poll" mean something
 * only inside their article: scope "document". "Human Rights Watch", "Lisa Daftari", "Gazipur police" name one
 * speaker wherever they are cited: scope "global". A phrase with no proper word in it is a description.
 */
import { DOCUMENT_NOUNS, MEDIA_NOUNS, POLL_NOUNS } from "../lexicon/attribution.ts";
import {
  ANAPHORIC_DETERMINERS,
  CARRIER_NOUNS,
  LEADING_DETERMINERS,
  ORG_WORDS,
  SOURCE_NOUNS,
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { SourceScope } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";
import { isCap } from "./names.ts";

/**
 * A word descriptions are made of, even capitalized ("Police", "the Ministry", "Officials", "Survey").
 * @example isCommonSourceWord("Police") // true
 * @example isCommonSourceWord("Gazipur") // false
 */
export function isCommonSourceWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    SOURCE_NOUNS.has(w) ||
    TITLES.has(w) ||
    ORG_WORDS.has(w) ||
    POLL_NOUNS.has(w) ||
    DOCUMENT_NOUNS.has(w) ||
    CARRIER_NOUNS.has(w) ||
    MEDIA_NOUNS.has(w) ||
    LEADING_DETERMINERS.has(w) ||
    ANAPHORIC_DETERMINERS.has(w)
  );
}

/**
 * The scope of the phrase tokens[start, end) as written: a capitalized word that is not a common source word makes
 * it a name. A sentence's first word is capitalized anyway: it counts only when tagged a proper noun.
 * @example scopeOfTokens(tokensOf("Police said"), 0, 1) // "document"
 * @example scopeOfTokens(tokensOf("Gazipur police said"), 0, 2) // "global"
 */
export function scopeOfTokens(tokens: Token[], start: number, end: number): SourceScope {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    const capital = i === 0 ? t.pos === "PROPN" && isCap(t) : isCap(t);
    if (capital && !isCommonSourceWord(t.text)) return "global";
  }
  return "document";
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The scope of a source name typed by an editor (a new claim's source, a rename), with no text around it. The
 * extractor writes a description with a capital first letter only ("Fire service", "Police"), so a capitalized word
 * after the first that is not a common source word, or a lone capitalized word, makes it a name.
 * @example scopeOfName("Police") // "document"
 * @example scopeOfName("Fire service") // "document"
 * @example scopeOfName("Dhaka Metropolitan Police") // "global"
 * @example scopeOfName("Hengaw") // "global"
 */
export function scopeOfName(name: string): SourceScope {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "global";
  const rest = words.slice(1);
  if (rest.some((w) => startsUpper(w) && !isCommonSourceWord(w))) return "global";
  const first = words[0];
  if (!startsUpper(first) || isCommonSourceWord(first)) return "document";
  return rest.length === 0 || rest.some(startsUpper) ? "global" : "document";
}
