/**
 * Quotation marks inside a claim: the double marks a quotation between which is never cut (coordination.ts), and scare
 * quotes — a short quoted noun phrase inside a clause ("a “burn bag”", "“Twilight” has grossed") — that a label reads
 * through, marks and all (label.ts). Read off wink's tokens and POS tags.
 */
import type { Token } from "../tokens/segment.ts";

/** Double quotation marks, opening or closing. */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "«", "»", "„", "''", "``"]);
const OPENING_QUOTES = new Set(["“", '"', "‘", "'", "``", "''"]);
const CLOSING_QUOTES = new Set(["”", '"', "’", "'", "''"]);
/** The words a scare quote may hold: a short noun phrase ("a “burn bag”", "a two-year “pause”"), no verb. */
const SCARE_QUOTED = /^(?:NOUN|PROPN|ADJ|NUM|DET|ADP|PUNCT)$/;
/** At most this many words between the marks. */
const SCARE_WORDS = 4;

/** A scare quote opening at token `i` (a short quoted noun phrase inside a clause): the index after it, else -1. */
export function scareQuoteEnd(tokens: Token[], i: number, limit: number): number {
  if (!OPENING_QUOTES.has(tokens[i].text)) return -1;
  let verbs = 0;
  for (let j = i + 1; j < tokens.length && j <= i + SCARE_WORDS + 1 && tokens[j].end <= limit; j++) {
    // wink may tag a word of a two-word phrase as a verb ("“burn bag”"); a longer quotation with a verb is speech.
    if (j > i + 1 && CLOSING_QUOTES.has(tokens[j].text)) return verbs === 0 || j - i <= 3 ? j + 1 : -1;
    if (tokens[j].pos === "VERB") verbs++;
    else if (!scareWord(tokens[j])) return -1;
  }
  return -1;
}

/** A scare quote closing at token `j`, read backwards: the index of its opening mark, else -1. */
export function scareQuoteStart(tokens: Token[], j: number, from: number): number {
  if (!CLOSING_QUOTES.has(tokens[j].text)) return -1;
  for (let i = j - 1; i >= 0 && i >= j - SCARE_WORDS - 1 && tokens[i].start >= from; i--) {
    if (i < j - 1 && OPENING_QUOTES.has(tokens[i].text)) {
      return scareQuoteEnd(tokens, i, Number.POSITIVE_INFINITY) === j + 1 ? i : -1;
    }
    if (!scareWord(tokens[i]) && tokens[i].pos !== "VERB") return -1;
  }
  return -1;
}

function scareWord(t: Token): boolean {
  return SCARE_QUOTED.test(t.pos) && (t.pos !== "PUNCT" || t.text === "-");
}
