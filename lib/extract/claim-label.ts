/**
 * Short labels an editor can scan in a table: "over 800 fighters crossed into Iran", "Ghulam Isaczai stated: he had
 * no knowledge of such deployments". Built from the quantity, its counted noun and the governing verb, read off
 * wink's POS tags; never longer than {@link MAX_LABEL} characters.
 */
import { REPORTING_FORMS } from "./attribution-lexicon.ts";
import type { QuantityMention } from "./quantities.ts";
import type { Attribution } from "./schema.ts";
import type { SentenceSegment, Token } from "./segment.ts";

export const MAX_LABEL = 90;
const LEADING_GLUE =
  /^(?:(?:(?:on|last|this|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|today|yesterday|tonight)?[\s,]*(?:that\s+)?/iu;
/** A label shorter than this says too little ("85"); the words around the figure are shown instead. */
const MIN_LABEL = 14;
const WINDOW = 6;
const CLAUSE_BREAK = new Set([";", ":", "—", "–", "(", ")", "?", "!"]);
const STOP_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "although",
  "while",
  "since",
  "when",
  "after",
  "before",
  "if",
  "as",
  "but",
  "and",
  "or",
  "where",
  "until",
  "unless",
]);
const MAX_VERB_DISTANCE = 24;
const DANGLING = new Set(["ADP", "DET", "PART", "CCONJ", "SCONJ", "AUX", "PRON"]);
const VERB_TAIL = 4;

function span(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end).replace(/\s+/g, " ");
}

/**
 * Cuts a label at a word boundary with an ellipsis when it is longer than `max`.
 * @example shorten("a b c d", 5) // "a b…"
 */
export function shorten(label: string, max = MAX_LABEL): string {
  const clean = label.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

function phraseEnd(m: QuantityMention): number {
  return Math.max(m.tokenEnd, m.headIndex !== null ? m.headIndex + 1 : 0);
}

/** The verb the quantity's noun is the subject of, and a few words after it: "crossed into Iran". */
function verbAfter(text: string, tokens: Token[], from: number, limit: number): string | null {
  for (let j = from; j < tokens.length && tokens[j].end <= limit && j < from + MAX_VERB_DISTANCE; j++) {
    const t = tokens[j];
    const word = t.text.toLowerCase();
    // "and"/"or" may join the noun's list ("fighters from X, Y, and Z have crossed"), so they do not stop the search.
    if (CLAUSE_BREAK.has(t.text) || t.pos === "SCONJ" || (STOP_WORDS.has(word) && word !== "and" && word !== "or")) {
      return null;
    }
    // "Quds Force-linked groups": a hyphenated participle modifies a noun, it is not the clause's verb.
    if (t.pos !== "VERB" || tokens[j - 1]?.text === "-") continue;
    let end = j + 1;
    while (end < tokens.length && end < j + 1 + VERB_TAIL && tokens[end].end <= limit) {
      const next = tokens[end];
      if (
        next.pos === "PUNCT" ||
        next.pos === "CCONJ" ||
        next.pos === "SCONJ" ||
        STOP_WORDS.has(next.text.toLowerCase())
      )
        break;
      end++;
    }
    // Never cut a name in half: "ordered the FBI director Patrick Gray".
    while (
      end < tokens.length &&
      end < j + 1 + VERB_TAIL + 3 &&
      tokens[end].end <= limit &&
      tokens[end].pos === "PROPN" &&
      tokens[end - 1].pos === "PROPN"
    )
      end++;
    // Never end on a dangling function word: "crossed the border under the" -> "crossed the border".
    while (end > j + 1 && DANGLING.has(tokens[end - 1].pos)) end--;
    return span(text, tokens, j, end);
  }
  return null;
}

/** The verb governing a quantity from the left in the same clause: "spread to more than 200 cities". */
function verbBefore(tokens: Token[], from: number): number {
  for (let j = from - 1; j >= 0 && j > from - 8; j--) {
    const t = tokens[j];
    if (t.pos === "PUNCT" || t.pos === "SCONJ") return -1;
    // "said the figure was over 60": the label starts after the reporting verb, which the source column shows.
    if (REPORTING_FORMS.has(t.text.toLowerCase())) return j + 1 < from ? j + 1 : -1;
    if (t.pos === "VERB") return j;
  }
  return -1;
}

/**
 * Label for a claim with quantities: the figures with their nouns and the verb that says what they did.
 * `limit` is the claim's end offset: the label never reads past its claim.
 * @example quantityLabel(text, sentence, [overEightHundredFighters], claimEnd) // "over 800 fighters crossed into Iran"
 */
export function quantityLabel(
  text: string,
  sentence: SentenceSegment,
  mentions: QuantityMention[],
  limit: number,
): string {
  const tokens = sentence.tokens;
  const shown = mentions.slice(0, 3);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const lastEnd = phraseEnd(last);
  if (shown.length === 1) {
    const after = verbAfter(text, tokens, lastEnd, limit);
    if (after) return shorten(`${span(text, tokens, first.tokenStart, lastEnd)} ${after}`);
  }
  const verb = verbBefore(tokens, first.tokenStart);
  if (verb >= 0 && lastEnd - verb <= 16) return shorten(span(text, tokens, verb, lastEnd));
  const joined = shorten(shown.map((m) => span(text, tokens, m.tokenStart, phraseEnd(m))).join(", "));
  return joined.length >= MIN_LABEL ? joined : around(text, tokens, first, limit);
}

/** The words around a bare figure inside its clause: "died at the age of 85". */
function around(text: string, tokens: Token[], m: QuantityMention, limit: number): string {
  let a = m.tokenStart;
  while (a > 0 && m.tokenStart - a < WINDOW && tokens[a - 1].pos !== "PUNCT") a--;
  let b = phraseEnd(m);
  while (b < tokens.length && b - m.tokenEnd < WINDOW && tokens[b].pos !== "PUNCT" && tokens[b].end <= limit) b++;
  return shorten(span(text, tokens, a, b));
}

/**
 * Label for an attributed claim without figures: who, then the start of what they say.
 * @example attributedLabel("he had no knowledge of such deployments", source) // "Ghulam Isaczai: he had no..."
 */
export function attributedLabel(content: string, source: Attribution): string {
  // Leading glue left by removing the frame: "on Friday that ...", ", adding that", quotation marks.
  const body = content
    .replace(/^[\s,:;“”"'‘’—–-]+/u, "")
    .replace(LEADING_GLUE, "")
    .replace(/^[\s,:;“”"'‘’]+|[\s.,;:“”"'‘’]+$/gu, "");
  return shorten(`${source.name}: ${body.charAt(0).toUpperCase()}${body.slice(1)}`);
}

/**
 * Label for an unattributed claim: the sentence itself, shortened.
 * @example plainLabel("The unrest began in late December.") // "The unrest began in late December"
 */
export function plainLabel(content: string): string {
  return shorten(content.replace(/[\s.]+$/, ""));
}
