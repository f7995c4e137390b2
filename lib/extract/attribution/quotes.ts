/**
 * Quotation marks as news writes them: straight "...", curly “...”, single ‘...’ and '...', the two-character
 * ``...'' pairs of US wire copy (wink splits them into two tokens), guillemets «...». A quote may stay open at the
 * end of a sentence and close sentences later ("It will not be easy. We need 60 votes."), so the state is carried
 * from sentence to sentence inside a paragraph.
 */
import type { Token } from "../tokens/segment.ts";

export const DOUBLE_OPEN: ReadonlySet<string> = new Set(["“", "«", "„"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);

/**
 * Closing marks after which a speaker may follow ("...,” she said", "...,'' Lily Batchelder said").
 * @example CLOSING_MARKS.has("”") // true
 */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(["”", '"', "’", "'", "»"]);

export interface QuoteState {
  /** Per token: inside a quotation (the marks included). */
  mask: boolean[];
  /** A quotation is still open after the last token. */
  openAtEnd: boolean;
  /** The sentence starts inside a quotation (carried in, or its first token opens one). */
  startsQuoted: boolean;
  /** Every word of the sentence is inside a quotation. */
  allQuoted: boolean;
}

const hugs = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const isWordish = (t: Token | undefined) => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  // ASCII letters and digits first: the Unicode test only runs for the rest.
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return /[\p{L}\p{N}$£€]/u.test(t.text);
};

/**
 * Marks the tokens inside quotation marks, so a verb inside a quote ("they would not testify") is not the cue.
 * `carried` says a quotation opened in an earlier sentence of the paragraph is still open.
 * @example quoteState(tokens, false).mask // [true, true, true, false, ...] for “We are ready,” she said.
 */
export function quoteState(tokens: Token[], carried: boolean): QuoteState {
  const n = tokens.length;
  const mask = new Array<boolean>(n).fill(false);
  /** Index where the open quotation began (0 when carried in), -1 when none is open; `single` for ‘ and '. */
  let open = carried ? 0 : -1;
  let single = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i].text;
    if (t.length > 1 || isWordChar(t.charCodeAt(0))) continue;
    const action = markAt(tokens, i, open >= 0, single);
    if (action === OPEN_DOUBLE || action === OPEN_SINGLE) {
      open = i;
      single = action === OPEN_SINGLE;
    } else if (action === CLOSE || action === CLOSE_PAIR) {
      const last = action === CLOSE_PAIR ? i + 1 : i;
      for (let j = Math.max(open, 0); j <= last && j < n; j++) mask[j] = true;
      open = -1;
    }
    if (action === SKIP_PAIR || action === CLOSE_PAIR || action === OPEN_DOUBLE_PAIR) {
      if (action === OPEN_DOUBLE_PAIR) {
        open = i;
        single = false;
      }
      i++;
    }
  }
  const openAtEnd = open >= 0;
  if (openAtEnd) for (let j = open; j < n; j++) mask[j] = true;
  let words = 0;
  let quotedWords = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (!isWordish(tokens[i])) continue;
    if (first < 0) first = i;
    words++;
    if (mask[i]) quotedWords++;
  }
  return {
    mask,
    openAtEnd,
    startsQuoted: first >= 0 && mask[first],
    allQuoted: words > 0 && quotedWords === words,
  };
}

const NONE = 0;
const OPEN_DOUBLE = 1;
const OPEN_SINGLE = 2;
const CLOSE = 3;
/** '' closing: the two tokens. */
const CLOSE_PAIR = 4;
/** `` opening: the two tokens. */
const OPEN_DOUBLE_PAIR = 5;
/** `` or '' that changes nothing: skip its second token. */
const SKIP_PAIR = 6;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What the one-character token at i does to the quotation state. */
function markAt(tokens: Token[], i: number, isOpen: boolean, single: boolean): number {
  const t = tokens[i].text;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // `` opens and '' closes a double quotation; wink gives each as two tokens.
  if (t === "`" && next?.text === "`" && hugs(tokens[i], next)) return isOpen ? SKIP_PAIR : OPEN_DOUBLE_PAIR;
  if (t === "'" && next?.text === "'" && hugs(tokens[i], next)) {
    if (isOpen && !single) return CLOSE_PAIR;
    if (!isOpen && isWordish(tokens[i + 2]) && !hugs(prev, tokens[i])) return OPEN_DOUBLE_PAIR;
    return SKIP_PAIR;
  }
  if (DOUBLE_OPEN.has(t)) {
    if (!isOpen || single) return OPEN_DOUBLE;
    // An opening mark typed for the closing one: it hugs the word or comma before it and a space follows
    // ("It's unusual,“ said Larry Noble").
    return hugs(prev, tokens[i]) && !hugs(tokens[i], next) && next !== undefined ? CLOSE : NONE;
  }
  // A closing mark with none open: the sentence started inside a quotation.
  if (DOUBLE_CLOSE.has(t)) return CLOSE;
  if (t === '"') {
    if ((isOpen && !single) || !hugs(tokens[i], next)) return CLOSE;
    // With none open, a straight quote that hugs the next word opens: after a space, or glued on both sides in text
    // that lost its spaces ('director of"A Beautiful Mind"whose film,"Frost/Nixon," is'); one open closes
    // ('horrible,"said'), above.
    if (!hugs(prev, tokens[i]) || isWordish(next)) return OPEN_DOUBLE;
    return CLOSE;
  }
  if (t === "‘" || t === "`") return isOpen ? NONE : OPEN_SINGLE;
  if (t === "’" || t === "'") {
    // An apostrophe ("Workers' groups", "the ’90s") closes only a single quotation that is open.
    if (isOpen && single && (!isWordish(next) || (hugsPrevWord(prev, tokens[i]) && !hugs(tokens[i], next))))
      return CLOSE;
    if (!isOpen && t === "'" && isWordish(next) && hugs(tokens[i], next) && !hugs(prev, tokens[i])) return OPEN_SINGLE;
  }
  return NONE;
}

function hugsPrevWord(prev: Token | undefined, t: Token): boolean {
  return hugs(prev, t) && prev !== undefined && /[\p{L}\p{N}.,!?]$/u.test(prev.text);
}

/**
 * Per token: inside quotation marks (one sentence on its own).
 * @example quotedMask(tokens) // [false, true, true, false, ...]
 */
export function quotedMask(tokens: Token[]): boolean[] {
  return quoteState(tokens, false).mask;
}
