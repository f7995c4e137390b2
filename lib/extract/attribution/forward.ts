/**
 * Source phrases read forward from a cue: "according to the health ministry", "described by Time as", and the
 * inverted "..., said John Smith, a spokesman for the ministry".
 */
import { PUBLISHED_IN_NOUNS, words } from "../lexicon/attribution.ts";
import type { Token } from "../tokens/segment.ts";
import { MAX_RUN, npAt, type Run, SUBJECT_PRONOUNS, type Subject, trimRun } from "./runs.ts";

/** Words that end a name read forward: "said Lawrence yesterday", "said A. J. Smith in a news release". */
const NAME_STOPS = new Set(
  words(
    "yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday last this earlier later",
  ),
);

/**
 * True for a time word that ends a name read forward ("said Lawrence yesterday").
 * @example isNameStop("Monday") // true
 */
export function isNameStop(word: string): boolean {
  return NAME_STOPS.has(word.toLowerCase());
}

/**
 * A past participle taking a preposition after a speaker ("one Republican involved in the planning", "a woman dressed
 * in black"): a reduced relative clause that describes the speaker, not part of the name.
 */
export function participleWithPreposition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return /^[a-z]+ed$/.test(t.text) && (t.pos === "ADJ" || t.pos === "VERB") && tokens[i + 1]?.pos === "ADP";
}

function endsName(tokens: Token[], i: number, from: number): boolean {
  const word = tokens[i].text.toLowerCase();
  if (i > from && NAME_STOPS.has(word)) return true;
  const next = tokens[i + 1];
  // "said one Republican involved in the planning": a participle taking a preposition describes the speaker.
  if (i > from && participleWithPreposition(tokens, i)) return true;
  // "in a news release", "on Tuesday": a lower-case preposition after a name starts an adjunct ("an article in the
  // Boston Globe" names where it was printed).
  return (
    i > from &&
    !PUBLISHED_IN_NOUNS.has(tokens[i - 1].text.toLowerCase()) &&
    (word === "in" || word === "on" || word === "at") &&
    next !== undefined &&
    (next.pos === "DET" || NAME_STOPS.has(next.text.toLowerCase()))
  );
}

/**
 * The noun-phrase run starting at `from` ("according to the health ministry", "said John Smith"), and an
 * appositive after a comma ("said John Smith, a spokesman for the ministry").
 * @example subjectAfter(tokens, 2) // tokens "according to the health ministry ." -> name 2..5
 */
export function subjectAfter(tokens: Token[], from: number): Subject | null {
  let end = from;
  // "said by telephone": an agent phrase, not a name.
  if (tokens[from]?.text === "by") return null;
  if (end < tokens.length && tokens[end].pos === "PRON" && SUBJECT_PRONOUNS.has(tokens[end].text.toLowerCase())) {
    return { name: { start: end, end: end + 1 }, appositive: null, start: end };
  }
  while (end < tokens.length && end - from < MAX_RUN && npAt(tokens, end) && !endsName(tokens, end, from)) end++;
  const name = trimRun(tokens, { start: from, end });
  if (!name) return null;
  let appositive: Run | null = null;
  if (end < tokens.length - 1 && tokens[end].text === ",") {
    let aEnd = end + 1;
    while (aEnd < tokens.length && aEnd - end < MAX_RUN && npAt(tokens, aEnd)) aEnd++;
    const closes = aEnd >= tokens.length || tokens[aEnd].pos === "PUNCT";
    if (closes && tokens[end + 1].pos === "DET") appositive = trimRun(tokens, { start: end + 1, end: aEnd });
  }
  return { name, appositive, start: name.start };
}
