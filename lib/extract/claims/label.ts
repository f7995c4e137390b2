/**
 * Short labels an editor can scan in a table: "over 800 fighters crossed into Iran", "Ghulam Isaczai stated: he had
 * no knowledge of such deployments". A figure's label is the clause that holds it, cut at clause boundaries read off
 * wink's POS tags (commas, clause openers, dashes, quotation marks, the reporting verb of the frame); never a comma
 * list of figures, never ending on "said" or a function word, never longer than {@link MAX_LABEL} characters.
 */
import { recipientEnd } from "../attribution/recipient.ts";
import { REPORTING_FORMS } from "../lexicon/attribution.ts";
import { AGE_WORDS, isAgeUnit } from "../lexicon/units.ts";
import type { QuantityMention } from "../quantities/quantities.ts";
import type { Attribution } from "../schema.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";
import { mainClauseAt } from "./coordination.ts";
import { scareQuoteEnd, scareQuoteStart } from "./quote-marks.ts";

export const MAX_LABEL = 90;
const LEADING_GLUE =
  /^(?:(?:(?:on|last|this|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|today|yesterday|tonight)?[\s,]*(?:that\s+)?/iu;
/** A label shorter than this says too little ("85"); the words around the figure are shown instead. */
const MIN_LABEL = 14;
const WINDOW = 6;
const DANGLING = new Set(["ADP", "DET", "PART", "CCONJ", "SCONJ", "AUX", "PRON"]);

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

/** Marks that open or close a clause: the label never crosses them. */
const HARD_BREAK = new Set([";", ":", "—", "–", "--", "(", ")", "“", "”", '"', "«", "»", "?", "!"]);
/** Words that open a subordinate or relative clause: the figure's clause stops before them. */
const CLAUSE_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "whereas",
  "because",
  "although",
  "though",
  "if",
  "when",
  "after",
  "before",
  "since",
  "as",
  "until",
  "unless",
  "where",
]);

function opensClauseAt(t: Token): boolean {
  const word = t.text.toLowerCase();
  if (t.pos === "SCONJ") return true;
  // "that year", "as many as": a determiner or a comparison is not a clause opener.
  return CLAUSE_WORDS.has(word) && t.pos !== "DET" && t.pos !== "ADV" && t.pos !== "ADJ";
}

function isQuoteMark(t: Token): boolean {
  return t.text === "'" || t.text === "’" || t.text === "‘" || t.text === "`";
}

const CONTRASTING = new Set(["but", "yet"]);

/** A reporting form tagged as a noun or a name is none: "in three key states", "the State Department". */
function isNominal(t: Token): boolean {
  return t.pos === "NOUN" || t.pos === "PROPN";
}

/** Left edge of the figure's clause: after a clause opener, a comma, a reporting verb ("said 12 people ..."). */
function clauseStart(tokens: Token[], at: number, from: number, frame = true): number {
  let j = at - 1;
  for (; j >= 0 && tokens[j].start >= from; j--) {
    const t = tokens[j];
    const opening = scareQuoteStart(tokens, j, from);
    if (opening >= 0) {
      j = opening;
      continue;
    }
    if (HARD_BREAK.has(t.text) || t.text === "," || isQuoteMark(t) || opensClauseAt(t)) break;
    // "... will involve changes but he downplayed any lay-offs among its 3,000 employees": a second main clause ("and"
    // joins subjects as often: "The FBI and ATF offered").
    if (CONTRASTING.has(t.text.toLowerCase()) && mainClauseAt(tokens, j + 1, tokens[at].end)) break;
    if (frame && REPORTING_FORMS.has(t.text.toLowerCase()) && !isNominal(t)) {
      // "Police told AFP 12 people died": who was told is not part of the clause.
      if (REPORTING_FORMS.get(t.text.toLowerCase()) === "tell") return Math.min(recipientEnd(tokens, j), at);
      break;
    }
  }
  return j + 1;
}

/**
 * "17 people, 38 patients and eight firefighters were treated": a comma that only continues a list of noun phrases
 * up to the clause's verb; returns the verb's index, or -1 when the comma ends the clause.
 */
function verbAfterList(tokens: Token[], comma: number, limit: number): number {
  for (let j = comma + 1; j < tokens.length && j <= comma + 16 && tokens[j].end <= limit; j++) {
    const t = tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX") return REPORTING_FORMS.has(t.text.toLowerCase()) ? -1 : j;
    if (HARD_BREAK.has(t.text) || opensClauseAt(t) || isQuoteMark(t)) return -1;
    if (!/^(?:NUM|NOUN|PROPN|ADJ|DET|CCONJ|PUNCT|ADP|SYM|PART)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** ", police said,", ", officials told reporters,": the index after a frame set off by commas at `comma`, or -1. */
function parentheticalFrameEnd(tokens: Token[], comma: number, limit: number): number {
  for (let j = comma + 1; j < tokens.length && j <= comma + 8 && tokens[j].end <= limit; j++) {
    const t = tokens[j];
    if (t.text === ",") return -1;
    if (t.pos !== "VERB" || !REPORTING_FORMS.has(t.text.toLowerCase())) {
      if (!/^(?:NOUN|PROPN|ADJ|DET|PRON)$/.test(t.pos)) return -1;
      continue;
    }
    if (j === comma + 1) return -1;
    // The frame may name whom it told ("told reporters") before its closing comma.
    let k = j + 1;
    while (k < tokens.length && k <= j + 3 && /^(?:NOUN|PROPN|DET|PRON)$/.test(tokens[k].pos)) k++;
    return tokens[k]?.text === "," && tokens[k + 1] !== undefined && tokens[k + 1].end <= limit ? k + 1 : -1;
  }
  return -1;
}

/** A subject and its (non-reporting) verb right after the comma at `comma`: "..., Americans will confront". */
function mainClauseAfter(tokens: Token[], comma: number, limit: number): boolean {
  for (let j = comma + 1; j < tokens.length && j <= comma + 6 && tokens[j].end <= limit; j++) {
    const t = tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX") return j > comma + 1 && !REPORTING_FORMS.has(t.text.toLowerCase());
    if (!/^(?:NOUN|PROPN|ADJ|DET|PRON|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** Right edge (exclusive) of the figure's clause, and a list of noun phrases skipped inside it, if any. */
function clauseEnd(
  tokens: Token[],
  left: number,
  from: number,
  limit: number,
  figureStart = from,
): { end: number; skip: [number, number] | null } {
  let b = from;
  // Only a figure in subject position (no verb before it in its clause) can head a list of subjects.
  let verbSeen = false;
  for (let j = left; j < from; j++) if (tokens[j].pos === "VERB" || tokens[j].pos === "AUX") verbSeen = true;
  // "Over the course of 48 hours, Americans will confront ...": a figure inside a phrase fronted by a preposition
  // reads with the clause after the comma ("over 800 fighters from ..., and ... have crossed" is a list).
  // "Of the 288 candidates, 286 have ...", "In one such email, Carter discussed ...": the figure's own modifier
  // ("Over 800") is part of its mention, so a preposition before the mention fronts a phrase.
  let fronted = !verbSeen && tokens[left]?.pos === "ADP" && figureStart > left;
  let skip: [number, number] | null = null;
  while (b < tokens.length && tokens[b].end <= limit) {
    const t = tokens[b];
    const quoted = scareQuoteEnd(tokens, b, limit);
    if (quoted > 0) {
      b = quoted;
      continue;
    }
    if (HARD_BREAK.has(t.text) || isQuoteMark(t) || opensClauseAt(t)) break;
    if (t.text === "," && fronted && mainClauseAfter(tokens, b, limit)) {
      fronted = false;
      b++;
      continue;
    }
    // "At least 12 workers, police said, were killed": the frame set off inside the clause is left out.
    const frame: number = t.text === "," && !skip ? parentheticalFrameEnd(tokens, b, limit) : -1;
    if (frame > 0) {
      skip = [b, frame];
      b = frame;
      continue;
    }
    if (t.text === ",") {
      const verb: number = skip || verbSeen ? -1 : verbAfterList(tokens, b, limit);
      if (verb < b + 2) break;
      skip = [b, verb];
      b = verb;
      continue;
    }
    // "12 bodies said to be": a reporting verb after the figure belongs to the frame, not to the label.
    if (REPORTING_FORMS.has(t.text.toLowerCase()) && t.pos === "VERB" && b > from) break;
    if (t.pos === "VERB" || t.pos === "AUX") verbSeen = true;
    b++;
  }
  return { end: b, skip };
}

/** Drops glue at both ends: "that", conjunctions, dangling function words, a reporting verb, punctuation. */
function trimEnds(tokens: Token[], a: number, b: number): [number, number] {
  let start = a;
  let end = b;
  // A scare quote's marks stay with their words ("“Twilight” has grossed", "requested “total privacy”").
  while (
    start < end &&
    (tokens[start].pos === "PUNCT" || tokens[start].pos === "CCONJ" || opensClauseAt(tokens[start])) &&
    !(scareQuoteEnd(tokens, start, Number.POSITIVE_INFINITY) > start + 1)
  )
    start++;
  while (
    end > start + 1 &&
    (DANGLING.has(tokens[end - 1].pos) ||
      tokens[end - 1].pos === "PUNCT" ||
      (REPORTING_FORMS.has(tokens[end - 1].text.toLowerCase()) && !isNominal(tokens[end - 1]))) &&
    !(scareQuoteStart(tokens, end - 1, tokens[start].start) >= start)
  )
    end--;
  return [start, end];
}

/**
 * Label for a claim with quantities: the clause that holds the (first) figure, cut at clause boundaries, without the
 * attribution frame ("at least 12 workers were killed in the fire", "the figure was over 60"). Never a comma list of
 * figures: a list of noun phrases before the verb is left out ("17 people ... were treated").
 * `limit` is the claim's end offset and `from` its start: the label never reads outside its claim.
 * @example quantityLabel(text, sentence, [overEightHundredFighters], claimEnd) // "over 800 fighters crossed into Iran"
 */
export function quantityLabel(
  text: string,
  sentence: SentenceSegment,
  mentions: QuantityMention[],
  limit: number,
  from = sentence.start,
): string {
  const tokens = sentence.tokens;
  const first = mentions[0];
  const appositive = ageAppositionLabel(text, tokens, first, limit, from);
  if (appositive !== null) return shorten(appositive);
  const label = clauseLabel(text, tokens, first, limit, clauseStart(tokens, first.tokenStart, from));
  if (label.length >= MIN_LABEL) return shorten(label);
  // Too short without its frame ("27 fires"): the whole clause, frame included ("The union counted 27 fires").
  const whole = clauseLabel(text, tokens, first, limit, clauseStart(tokens, first.tokenStart, from, false));
  return whole.length >= MIN_LABEL ? shorten(whole) : around(text, tokens, first, limit, from);
}

function clauseLabel(text: string, tokens: Token[], first: QuantityMention, limit: number, left: number): string {
  const { end: right, skip } = clauseEnd(tokens, left, phraseEnd(first), limit, first.tokenStart);
  const [a, b] = trimEnds(tokens, left, right);
  let label: string;
  if (skip && skip[0] > a && skip[1] < b) {
    label = `${span(text, tokens, a, skip[0])} ${span(text, tokens, skip[1], b)}`;
  } else label = b > a ? span(text, tokens, a, b) : "";
  if (label.length > MAX_LABEL && first.tokenStart - a > WINDOW) {
    // A long clause: start a few words before the figure so that it stays in view.
    const [a2, b2] = trimEnds(tokens, first.tokenStart - WINDOW, b);
    label = span(text, tokens, a2, b2);
  }
  return label.replace(/[\s,;:]+$/, "");
}

/**
 * "Gary Gomes, 61, was arrested on Monday", "Sharron Smith, age 61, was charged": an age set off by commas is labelled
 * with the name it belongs to and the clause that goes on after it, not as the bare "61". Null for any other figure.
 */
function ageAppositionLabel(
  text: string,
  tokens: Token[],
  m: QuantityMention,
  limit: number,
  from: number,
): string | null {
  if (!isAgeUnit(m.unit)) return null;
  let comma = m.tokenStart - 1;
  if (AGE_WORDS.has(tokens[comma]?.text.toLowerCase() ?? "")) comma--;
  if (tokens[comma]?.text !== "," || comma < 1) return null;
  const left = clauseStart(tokens, comma - 1, from);
  const after = tokens[m.tokenEnd]?.text === "," ? m.tokenEnd + 1 : m.tokenEnd;
  const { end } = clauseEnd(tokens, after, after, limit);
  const [a, b] = trimEnds(tokens, left, end);
  return b > a ? span(text, tokens, a, b).replace(/[\s,;:]+$/, "") : null;
}

/** The words around a bare figure inside its clause and its claim: "died at the age of 85". */
function around(text: string, tokens: Token[], m: QuantityMention, limit: number, from: number): string {
  let a = m.tokenStart;
  while (a > 0 && m.tokenStart - a < WINDOW && tokens[a - 1].pos !== "PUNCT" && tokens[a - 1].start >= from) a--;
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
