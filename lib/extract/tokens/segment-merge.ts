/**
 * Re-glues numbers that wink's tokenizer breaks: ".290" (a leading-dot decimal) becomes "." + "290",
 * "magnitude-7.1" becomes "magnitude-7" + "." + "1", "v2.0" becomes "v2" + "." + "0", "11.15am" becomes "11" + "." +
 * "15am", and wink ends a sentence at that "."; "3–2" with an en dash becomes "3" + "–" + "2" (a hyphen stays
 * whole); a site name "ESPN.com" becomes "ESPN" + "." + "com". Run before sentences are cut, so the caller can join
 * the two halves of a sentence split there.
 */
import type { Token } from "./segment.ts";

/** A word glued to digits that a decimal point continues: "magnitude-7", "v2", "iOS17". */
const WORD_DIGITS = /^[A-Za-z][A-Za-z-]*\d+$/;
/**
 * "magnitude-7.1", "M7.5": the one scale named before its figure (the second form only with a decimal, as
 * seismologists write it); split so the quantity rules read 7.1 on it.
 */
const SCALE_HYPHEN = /^(magnitude-|M(?=\d\.\d$))(\d+(?:\.\d+)?)$/i;
/** "minus-20 degree temperatures": a sign written as a word, glued to its figure by a hyphen. */
const MINUS_HYPHEN = /^minus-\d+(?:\.\d+)?$/i;

export interface MergedTokens {
  tokens: Token[];
  /** first[i] / last[i]: indices in `tokens` of the first and last token that old token i became part of. */
  first: number[];
  last: number[];
}

function gluedDigitsAfter(tokens: Token[], k: number): boolean {
  const dot = tokens[k];
  const next = tokens[k + 1];
  return dot.text === "." && next !== undefined && next.start === dot.end && /^\d+$/.test(next.text);
}

/** "3–2", "2010–11", "3.5–4.5": wink keeps "3-2" whole but splits an en dash; glue it the same way. */
function dashJoinsDigits(tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const dash = tokens[k];
  const b = tokens[k + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    a.end === dash.start &&
    dash.end === b.start &&
    DASH_SIDE.test(a.text) &&
    DASH_SIDE.test(b.text) &&
    !(tokens[k - 2]?.end === a.start && tokens[k - 2].text !== "(")
  );
}
const DASH_SIDE = /^\d[\d,]*(?:\.\d+)?$/;

/** "11.15am", "10.00pm.": wink cuts them into "11" "." "15am" (a time token) and ends a sentence at the point. */
function clockAround(tokens: Token[], k: number): boolean {
  const h = tokens[k - 1];
  const m = tokens[k + 1];
  return (
    h !== undefined &&
    m !== undefined &&
    h.end === tokens[k].start &&
    m.start === tokens[k].end &&
    m.type === "time" &&
    /^\d{1,2}$/.test(h.text) &&
    /^\d\d/.test(m.text)
  );
}

/** Top-level domains that end a site name glued to its dots ("ESPN.com", "bbc.co.uk", "bit.ly"). */
const DOMAIN_ENDS = new Set(
  "com org net gov edu mil int co uk us ca au de fr it es nl ru cn jp in io ly tv fm me info biz news".split(" "),
);

/**
 * How many tokens from k make one site name: "ESPN" "." "com", "www" "." "example" "." "com" (each part glued to its
 * dots, the last a top-level domain); 0 when none. wink cuts "ESPN.com" into three tokens and ends a sentence there.
 */
function domainLength(tokens: Token[], k: number): number {
  if (!/^[\p{L}\d][\p{L}\d-]*$/u.test(tokens[k]?.text ?? "")) return 0;
  let n = 1;
  let end = 0;
  while (
    tokens[k + n]?.text === "." &&
    tokens[k + n].start === tokens[k + n - 1].end &&
    tokens[k + n + 1]?.start === tokens[k + n].end &&
    /^[a-z][a-z\d-]*$/.test(tokens[k + n + 1].text)
  ) {
    n += 2;
    if (DOMAIN_ENDS.has(tokens[k + n - 1].text)) end = n;
  }
  return end;
}

/** "A.F.L.", "C.I.O.": initials, each with its point. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const INITIAL_PART = /^(?:\p{Lu}\.?)+$|^\.$/u;

/**
 * How many tokens from k make one hyphenated initialism ("A.F.L." "-" "C" "." "I.O." is "A.F.L.-C.I.O.", each part
 * glued to the next); 0 when none. wink cuts it and ends a sentence inside it, leaving "A.F.L.-C" as a name.
 */
function initialismLength(tokens: Token[], k: number): number {
  if (!DOTTED_INITIALS.test(tokens[k]?.text ?? "")) return 0;
  const dash = tokens[k + 1];
  if (dash?.text !== "-" || dash.start !== tokens[k].end) return 0;
  let n = 2;
  while (
    tokens[k + n] &&
    tokens[k + n].start === tokens[k + n - 1].end &&
    INITIAL_PART.test(tokens[k + n].text) &&
    !(tokens[k + n].text === "." && tokens[k + n - 1].text.endsWith("."))
  )
    n++;
  // At least one initial after the hyphen, ending on its point: "U.S.-Mexico" is two names.
  return n > 3 && tokens[k + n - 1].text.endsWith(".") ? n : 0;
}

function token(text: string, start: number, end: number, pos: string, type: string): Token {
  const slice = text.slice(start, end);
  return { text: slice, start, end, pos, lemma: slice.toLowerCase(), type };
}

/** Pushes "magnitude" "-" "7.1" (or "M" "7.5") for a scale glued to its figure at text[start..end). */
function splitScale(out: Token[], text: string, start: number, prefix: string, end: number): void {
  const word = prefix.endsWith("-") ? prefix.length - 1 : prefix.length;
  out.push(token(text, start, start + word, "NOUN", "word"));
  if (word < prefix.length) out.push(token(text, start + word, start + prefix.length, "PUNCT", "punctuation"));
  out.push(token(text, start + prefix.length, end, "NUM", "number"));
}

/** "minus-20" -> "minus" "20": the word reads as the sign (numbers/numbers.ts), the hyphen is dropped. */
function splitMinus(out: Token[], text: string, start: number, end: number): void {
  out.push(token(text, start, start + 5, "ADJ", "word"));
  out.push(token(text, start + 6, end, "NUM", "number"));
}

/**
 * Merges the decimal points wink split off (see the file comment); null when there is nothing to merge, which is
 * the common case and costs one comparison a token.
 * @example mergeNumberTokens(segmentTokens("He batted .290"), "He batted .290")?.tokens[2].text // ".290"
 */
export function mergeNumberTokens(tokens: Token[], text: string): MergedTokens | null {
  let found = false;
  for (let k = 0; k < tokens.length && !found; k++) {
    const t = tokens[k].text;
    if (t === ".") found = gluedDigitsAfter(tokens, k) || clockAround(tokens, k) || domainLength(tokens, k - 1) > 0;
    else if (t === "-") found = initialismLength(tokens, k - 1) > 0;
    else if (t === "–") found = dashJoinsDigits(tokens, k);
    else
      found =
        t.length > 6 &&
        (t[0] === "m" || t[0] === "M") &&
        (MINUS_HYPHEN.test(t) || (t.length > 10 && SCALE_HYPHEN.test(t)));
  }
  if (!found) return null;
  const out: Token[] = [];
  const first: number[] = [];
  const last: number[] = [];
  /** Records that `count` old tokens became out[from..]. */
  const group = (from: number, count: number) => {
    for (let c = 0; c < count; c++) {
      first.push(from);
      last.push(out.length - 1);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    const from = out.length;
    if (dot && dot.start === t.end && WORD_DIGITS.test(t.text) && gluedDigitsAfter(tokens, i + 1)) {
      // "magnitude-7" "." "1" -> "magnitude" "-" "7.1"; "minus-20" "." "5" -> "minus" "20.5" (as "minus-20" below);
      // "v2" "." "0" -> "v2.0" (a name, read as no figure).
      const end = tokens[i + 2].end;
      const scale = SCALE_HYPHEN.exec(text.slice(t.start, end));
      if (scale) splitScale(out, text, t.start, scale[1], end);
      else if (MINUS_HYPHEN.test(text.slice(t.start, end))) splitMinus(out, text, t.start, end);
      else {
        out.push(token(text, t.start, end, "PROPN", "word"));
      }
      group(from, 3);
      i += 2;
      continue;
    }
    const site = dot?.text === "." ? domainLength(tokens, i) : 0;
    if (site > 0) {
      // "ESPN.com first reported": one name, and no sentence ends inside it.
      out.push(token(text, t.start, tokens[i + site - 1].end, "PROPN", "word"));
      group(from, site);
      i += site - 1;
      continue;
    }
    const initialism = dot?.text === "-" ? initialismLength(tokens, i) : 0;
    if (initialism > 0) {
      // "polling by the A.F.L.-C.I.O.": one name, and no sentence ends inside it.
      out.push(token(text, t.start, tokens[i + initialism - 1].end, "PROPN", "word"));
      group(from, initialism);
      i += initialism - 1;
      continue;
    }
    if (dot?.text === "." && clockAround(tokens, i + 1)) {
      out.push(token(text, t.start, tokens[i + 2].end, "SYM", "time"));
      group(from, 3);
      i += 2;
      continue;
    }
    if (dot?.text === "–" && dashJoinsDigits(tokens, i + 1)) {
      out.push(token(text, t.start, tokens[i + 2].end, "NUM", "number"));
      group(from, 3);
      i += 2;
      continue;
    }
    if (MINUS_HYPHEN.test(t.text)) {
      splitMinus(out, text, t.start, t.end);
      group(from, 1);
      continue;
    }
    const scale = SCALE_HYPHEN.exec(t.text);
    if (scale) {
      // "a magnitude-7 quake", as "magnitude-7.1" above.
      splitScale(out, text, t.start, scale[1], t.end);
      group(from, 1);
      continue;
    }
    const prev = tokens[i - 1];
    // A leading-dot decimal: the "." stands after a space, the start, or a sign or bracket (".290", "$.50", "(.5").
    if (
      t.text === "." &&
      gluedDigitsAfter(tokens, i) &&
      (!prev || prev.end < t.start || /[^\p{L}\p{N}.]$/u.test(prev.text))
    ) {
      const sign = out[out.length - 1];
      const before = tokens[i - 2];
      // "-.5": fold a sign that stands alone before the decimal.
      if (
        sign &&
        (sign.text === "-" || sign.text === "−") &&
        sign.end === t.start &&
        (!before || before.end < sign.start)
      ) {
        out[out.length - 1] = token(text, sign.start, tokens[i + 1].end, "NUM", "number");
        group(from - 1, 2);
      } else {
        out.push(token(text, t.start, tokens[i + 1].end, "NUM", "number"));
        group(from, 2);
      }
      i += 1;
      continue;
    }
    out.push(t);
    group(from, 1);
  }
  return { tokens: out, first, last };
}
