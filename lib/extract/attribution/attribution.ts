/**
 * Attribution over a document: each sentence is read by attributeSentence (./sentence.ts) in order, so
 * that pronouns, surnames and "these accounts" resolve to the sources named before them, and quotations that run on
 * over sentences keep their speaker.
 */

import { POLL_NOUNS, REPORTING_FORMS } from "../lexicon/attribution.ts";
import type { Attribution } from "../schema.ts";
import type { SentenceSegment } from "../tokens/segment.ts";
import { collectOrgNames, collectPersonNames, firstNamedBetween } from "./document-names.ts";
import { type QuoteState, quoteState } from "./quotes.ts";
import { attributeSentence, narratorOf } from "./sentence.ts";
import type { SourceRegistry } from "./sources.ts";

export { attributeSentence } from "./sentence.ts";

export interface SentenceAttribution {
  source: Attribution;
  /** Offset where the attributed part begins: the subject's start, or the sentence start. */
  scopeStart: number;
  /** Offsets of the attribution frame (source words and cue: "Police said", ", according to X"), if separable. */
  frame: { start: number; end: number } | null;
  /** Offsets of the source words alone inside the frame ("one former executive"), when read from a subject. */
  speaker?: { start: number; end: number };
  /**
   * A second source for a later clause ("Police said 12 died, while hospital officials put the toll at 15"): from its
   * scopeStart on, the sentence is that source's.
   */
  next: SentenceAttribution | null;
}

/**
 * Attributes every sentence of a document in order, so that pronouns, surnames and "these accounts" resolve to the
 * sources named before them. Returns one entry per sentence (null = the document's own assertion).
 * @example attributeSentences(text, segment(text), createSourceRegistry())
 */
export function attributeSentences(
  text: string,
  sentences: SentenceSegment[],
  registry: SourceRegistry,
): Array<SentenceAttribution | null> {
  collectPersonNames(sentences, registry);
  collectOrgNames(sentences, registry);
  const out: Array<SentenceAttribution | null> = [];
  /** Whose quotation a cue-less quoted sentence continues: the last speaker, until narration or a new speaker. */
  let speaker: SentenceAttribution | null = null;
  let carried = false;
  /** Quoted sentences with nobody named yet: a speaker named where the quotation closes takes them. */
  let pending: number[] = [];
  /** "Fox News reports:" ending a paragraph: the next paragraph is what it reports, sentence by sentence. */
  let introducing: SentenceAttribution | null = null;
  let introduced: SentenceAttribution | null = null;
  /** "Carl Bialik: “...” ...": a speaker and a colon before the paragraph's words speaks the rest of it. */
  let labelled: SentenceAttribution | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const before = i > 0 ? out[i - 1] : null;
    const sameParagraph = i > 0 && !/[\n\r]/.test(text.slice(sentences[i - 1].end, sentences[i].start));
    if (!sameParagraph) {
      carried = false;
      introduced = introducing;
      labelled = null;
    }
    introducing = null;
    const carriedIn = carried;
    const quotes = quoteState(sentences[i].tokens, carried);
    carried = quotes.openAtEnd;
    let found = attributeSentence(text, sentences[i], registry, sameParagraph ? before : null, quotes);
    // Inside a quotation that runs on, a cue of its own names the inner speaker ("Then Kerry said that 100,000 ...").
    if (!found && quotes.allQuoted && carriedIn)
      found = attributeSentence(text, sentences[i], registry, null, unquoted(quotes));
    if (!found && introduced) found = continued(introduced, sentences[i].start);
    // "..., according to a Texas Tribune poll. Ben Carson trails them at 13 percent.": a poll's standings run on.
    const poll = !found && sameParagraph && before ? pollOf(before) : null;
    if (poll && isStanding(sentences[i], registry)) found = continued(poll, sentences[i].start);
    if (!found && labelled) found = continued(labelled, sentences[i].start);
    else if (found?.source.cue?.text === ":" && !labelled) labelled = found;
    // "Howard continued his scathing remarks." + a paragraph that is one quotation: the narration's subject speaks it.
    if (!found && !speaker && !sameParagraph && opensWithQuotation(sentences[i], quotes) && i > 0 && !out[i - 1]) {
      const narrator = narratorOf(text, sentences[i - 1], registry);
      if (narrator)
        speaker = { source: { ...narrator, cue: null }, scopeStart: sentences[i].start, frame: null, next: null };
    } else if (found && endsWithColon(sentences[i], quotes)) introducing = speakerOf(found);
    if (!found && speaker && quotes.startsQuoted) found = continued(speaker, sentences[i].start);
    else if (found?.frame) speaker = found.next ?? found;
    else if (!found && !quotes.startsQuoted) speaker = null;
    // "“I am 51. We have never seen a candidate like this,” said Tom Burke.": the speaker named where the quotation
    // closes speaks the sentences of it that came before, when nobody was named for them.
    if (found?.frame && pending.length > 0 && closesQuotation(text, sentences[i], found)) {
      for (const k of pending) out[k] = continued(found, sentences[k].start);
    }
    // A quotation opened inside a narrating sentence that runs on ("In 2009, when ..., “states were hemorrhaging
    // money.") waits for its speaker too.
    if (!found && (quotes.startsQuoted || opensAfterComma(sentences[i], quotes))) pending.push(i);
    else pending = [];
    out.push(found);
  }
  return out;
}

/**
 * The sentence opens with a quotation mark ("<tweet author="..."> is markup) and names no speaker of its own outside
 * it ("“...,” said a longtime GOP data expert who ..." is that expert's, even when the grammar does not read him).
 */
function opensWithQuotation(sentence: SentenceSegment, quotes: QuoteState): boolean {
  if (!quotes.startsQuoted || !/^[“"‘`«]/.test(sentence.text)) return false;
  return sentence.tokens.every((t, k) => quotes.mask[k] || !REPORTING_FORMS.has(t.text));
}

/**
 * A quotation opens after a comma and is still open at the sentence's end ("..., “states were hemorrhaging money.");
 * one opened after a colon is the clause subject's ("Clinton has since apologized: “Yes, I should have ...").
 */
function opensAfterComma(sentence: SentenceSegment, quotes: QuoteState): boolean {
  if (!quotes.openAtEnd) return false;
  let k = quotes.mask.length - 1;
  while (k >= 0 && quotes.mask[k]) k--;
  return k >= 0 && sentence.tokens[k].text === ",";
}

/** The sentence's last word outside quotation marks is a colon: "Soerens argued that:", "as the website notes:". */
function endsWithColon(sentence: SentenceSegment, quotes: QuoteState): boolean {
  const last = sentence.tokens.length - 1;
  return last > 0 && sentence.tokens[last].text === ":" && !quotes.mask[last];
}

/** The last source a sentence names (its second clause's, when it has one), never the document. */
function speakerOf(found: SentenceAttribution): SentenceAttribution | null {
  let speaker: SentenceAttribution | null = null;
  for (let a: SentenceAttribution | null = found; a; a = a.next) if (a.source.kind !== "unattributed") speaker = a;
  return speaker;
}

/** The attribution frame follows a closing quotation mark, or the sentence is nothing but the frame. */
function closesQuotation(text: string, sentence: SentenceSegment, found: SentenceAttribution): boolean {
  const frame = found.frame;
  if (!frame) return false;
  if (/[”"'’»],?\s*$/.test(text.slice(Math.max(sentence.start, frame.start - 4), frame.start))) return true;
  return frame.start - sentence.start <= 1;
}

function unquoted(quotes: QuoteState): QuoteState {
  return { ...quotes, mask: quotes.mask.map(() => false) };
}

/** "“I hope they help me,” Mr. Trump said. “I will sign 10 bills.”": the second quotation is Trump's too. */
/** The poll the sentence before was attributed to (its last attributed clause), or null. */
function pollOf(before: SentenceAttribution): SentenceAttribution | null {
  const last = speakerOf(before);
  if (!last) return null;
  const head = last.source.name.split(/\s+/).pop()?.toLowerCase() ?? "";
  return last.source.kind === "poll" || POLL_NOUNS.has(head) ? last : null;
}

/**
 * A candidate's standing in percent: "Carson trails them at 13 percent", "Rubio comes in at 9 percent", "Everyone
 * else is at 2 percent" — a person the document names, or the rest of the field ("Unemployment is at 5 percent" is
 * no standing in the poll).
 */
const STANDING =
  /\b(?:trails?|trailing|leads?|leading|tied|ties|(?:comes?|came) in|(?:is|are|was|were|stands?|sits?) at|follows?|behind|ahead|garner(?:s|ed)?|gets?|got|draws?|drew|polls?|polling)\b/i;
const PERCENT_FIGURE = /\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b|points?\b)/i;

const REST_OF_FIELD = /\b(?:everyone else|everybody else|the rest|others|undecided)\b/i;

function isStanding(sentence: SentenceSegment, registry: SourceRegistry): boolean {
  const text = sentence.text;
  if (!PERCENT_FIGURE.test(text) || !STANDING.test(text) || /[“”"]/.test(text)) return false;
  return REST_OF_FIELD.test(text) || firstNamedBetween(registry, sentence.start, sentence.end) !== null;
}

function continued(speaker: SentenceAttribution, start: number): SentenceAttribution {
  return { source: speaker.source, scopeStart: start, frame: null, next: null };
}
