/**
 * Segmentation: text -> paragraphs -> sentences -> tokens, each with exact offsets into the input.
 *
 * wink-nlp does the tokenizing, POS tagging and lemmatizing (measured fastest with POS, see
 * ../shared/docs/NLP-NOTES.md). It does not treat a newline as a boundary, so it is fed one paragraph (line) at a
 * time; it reports token values and preceding spaces but no offsets, so offsets are recovered by walking the
 * paragraph with the token values. Each paragraph is read as a freshly loaded wink would read it (./wink.ts), so the
 * result never depends on what the process read before.
 */

import type { Document } from "wink-nlp";
import { mergeNumberTokens } from "./segment-merge.ts";
import { its, withDoc } from "./wink.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink ("NOUN", "PROPN", "NUM", "VERB", ...). */
  pos: string;
  /** Lower-cased lemma ("fighters" -> "fighter"). */
  lemma: string;
  /** wink token type: "word" | "number" | "punctuation" | "emoji" | ... */
  type: string;
}

export interface SentenceSegment {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/**
 * Splits `text` into sentences with tokens. Offsets are JavaScript string indices into `text`.
 * @example segment("Over 800 fighters crossed.")[0].tokens[1] // { text: "800", start: 5, end: 8, pos: "NUM", ... }
 */
export function segment(text: string): SentenceSegment[] {
  const sentences: SentenceSegment[] = [];
  const paragraph = /[^\n\r]+/g;
  for (let m = paragraph.exec(text); m !== null; m = paragraph.exec(text)) {
    if (m[0].trim() === "") continue;
    segmentParagraph(text, m.index, m[0], sentences);
  }
  return sentences;
}

function segmentParagraph(text: string, offset: number, paragraph: string, out: SentenceSegment[]): void {
  withDoc(paragraph, (doc) => segmentDoc(doc, text, offset, paragraph, out));
}

function segmentDoc(doc: Document, text: string, offset: number, paragraph: string, out: SentenceSegment[]): void {
  const read = doc.tokens();
  const values = read.out(its.value) as string[];
  const pos = read.out(its.pos) as string[];
  // wink types its.lemma and its.type as span functions; at run time they read one token's property like its.value.
  const lemmas = read.out(its.lemma as unknown as typeof its.value) as string[];
  const types = read.out(its.type as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let at = paragraph.startsWith(value, cursor) ? cursor : paragraph.indexOf(value, cursor);
    // wink may normalise a token (rare); keep offsets honest by giving it the gap up to the next non-space.
    let length = value.length;
    if (at < 0) {
      at = cursor;
      while (at < paragraph.length && /\s/.test(paragraph[at])) at++;
      length = Math.min(value.length, paragraph.length - at);
    }
    const start = offset + at;
    const end = start + length;
    tokens.push({
      text: text.slice(start, end),
      start,
      end,
      pos: pos[i] ?? "X",
      // wink has no lemma for some contractions it keeps whole ("cannot"): the token itself is the honest fallback.
      lemma: (lemmas[i] ?? value).toLowerCase(),
      type: types[i] ?? "word",
    });
    cursor = at + length;
  }
  // wink splits ".290" and "magnitude-7.1" at the point, and may end a sentence there: re-glue and re-join.
  const merged = mergeNumberTokens(tokens, text);
  const all = merged ? merged.tokens : tokens;
  const spans: Array<[number, number]> = [];
  // One out() over the collection: an item per sentence (each() hands one to the callback) is a dozen closures each.
  for (const [a, b] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    if (a === undefined || b === undefined || tokens[a] === undefined) continue;
    const first = merged ? merged.first[a] : a;
    const last = merged ? merged.last[b] : b;
    const previous = spans[spans.length - 1];
    // A cut inside a merged number leaves two halves of one sentence ("magnitude-7." + "1 quake hit."); no sentence
    // starts with a comma or a semicolon ("said Robert Casey Jr. (D-Pa.)" + ", a Clinton backer."), nor with a
    // lower-case word after a quotation closed by "!" or "?" ("“A pathetic figure!”" + "he wrote.") or after an
    // abbreviation closing a parenthesis ("Sen. Ben Cardin (D-Md.)" + "said on Monday that ..."); no sentence ends
    // inside a short parenthesis ("Rep. Ann Kuster (D-N." + "H.), chair of ...").
    const continues =
      previous &&
      (/^[,;]$/.test(all[first].text) ||
        afterExclamation(all, previous[1], first) ||
        speakerAfterExclamation(all, previous[1], first, last) ||
        afterParenthesizedAbbreviation(all, previous[1], first) ||
        insideParenthesis(all, previous[1], first, last));
    if (previous && (first <= previous[1] || continues)) previous[1] = last;
    else if (previous && first === last && splitsQuotePair(all, previous[1], first)) previous[1] = last;
    else if (previous && first < last && splitsQuotePair(all, previous[1], first)) {
      // "... the Deal.'" + "' He added": the second apostrophe closes the quotation of the sentence before.
      // "...posts?'" + "' said Zeynep Tufekci": what follows a quotation closed by "?" may still be its frame.
      const frame = afterExclamation(all, first, first + 1) || speakerAfterExclamation(all, first, first + 1, last);
      if (frame) previous[1] = last;
      else {
        previous[1] = first;
        spans.push([first + 1, last]);
      }
    } else spans.push([first, last]);
  }
  for (const [first, last] of spans) {
    const start = all[first].start;
    const end = all[last].end;
    out.push({ start, end, text: text.slice(start, end), tokens: all.slice(first, last + 1) });
  }
}

const CLOSING_QUOTES = new Set(["”", '"', "’", "'", "»"]);

/** Token `first` starts lower-case and the sentence before ends in "!" or "?" and a closing quotation mark. */
function afterExclamation(tokens: Token[], last: number, first: number): boolean {
  return /^[a-z]/.test(tokens[first].text) && afterClosedExclamation(tokens, last);
}

function afterClosedExclamation(tokens: Token[], last: number): boolean {
  // A '' pair closes as two tokens: "?''".
  const pair = tokens[last].text === "'" && tokens[last - 1]?.text === "'";
  const mark = tokens[pair ? last - 2 : last - 1]?.text;
  return CLOSING_QUOTES.has(tokens[last].text) && (mark === "!" || mark === "?");
}

/** The cut falls between the two apostrophes of a '' closing quotation ("... the Deal.'" + "' He added"). */
function splitsQuotePair(tokens: Token[], last: number, first: number): boolean {
  const a = tokens[last];
  const b = tokens[first];
  return a.text === "'" && b.text === "'" && a.end === b.start;
}

/** Token `first` starts lower-case and the sentence before ends in ".)": a party and state tag "(R-Ky.)". */
function afterParenthesizedAbbreviation(tokens: Token[], last: number, first: number): boolean {
  return /^[a-z]/.test(tokens[first].text) && tokens[last].text === ")" && tokens[last - 1]?.text === ".";
}

/** A "(" among the last tokens before the cut is closed among the first tokens after it: "(D-N." + "H.)". */
function insideParenthesis(tokens: Token[], last: number, first: number, end: number): boolean {
  let open = false;
  for (let k = last; k >= 0 && last - k < 6; k--) {
    if (tokens[k].text === ")") return false;
    if (tokens[k].text === "(") {
      open = true;
      break;
    }
  }
  if (!open) return false;
  // wink may keep a colon on the closing parenthesis: "Rep. Trey Gowdy (R-S.C.): Who told you ...".
  for (let k = first; k <= end && k - first < 4; k++) if (tokens[k].text.startsWith(")")) return true;
  return false;
}

/**
 * "“Is it 40?” Trump asked.", "“... Donald J. Trump!” Sen. Jeff Sessions said as he launched the vote.": after a
 * quotation closed by "!" or "?", a short clause of a name and a verb (with an adjunct at most) is its speaker's frame.
 */
function speakerAfterExclamation(tokens: Token[], last: number, first: number, end: number): boolean {
  if (!afterClosedExclamation(tokens, last) || !/^\p{Lu}/u.test(tokens[first].text) || end - first > 14) return false;
  let verb = first + 1;
  while (verb <= end && verb - first <= 6 && (tokens[verb].pos === "PROPN" || /^\p{Lu}/u.test(tokens[verb].text)))
    verb++;
  const v = tokens[verb];
  // A past tense: "asked", "said", "told", "wrote".
  if (v?.pos !== "VERB" || v.text !== v.text.toLowerCase() || !/(?:ed|id|ld|ote)$/.test(v.text)) return false;
  const after = tokens[verb + 1];
  return after === undefined || verb + 1 > end || /^(?:PUNCT|ADP|ADV|SCONJ)$/.test(after.pos);
}
