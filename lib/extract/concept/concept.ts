/**
 * The concept a quantity counts, as a short phrase an editor can read and lib/compare can group on:
 * counted noun with its modifiers, the verb that governs it, and that verb's object or scope.
 *
 * No parser is available (wink's lite model tags, it does not parse), so the governing verb is found with a few
 * positional rules over POS tags, measured on news text: first a verb to the right of the counted noun ("800
 * fighters ... crossed into Iran"), else the nearest verb to the left ("police arrested 300 protesters").
 */

import {
  AMOUNT_UNITS,
  CLAUSE_BREAKS,
  OF_KIND_NOUNS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  VERB_PARTICLES,
} from "../lexicon/concept.ts";
import { AGE_WORDS, isAgeUnit, MEASURE_UNITS, measureWords } from "../lexicon/units.ts";
import type { QuantityMention } from "../quantities/quantities.ts";
import type { Quantity } from "../schema.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";

/** How far the verb search looks, in tokens; past this a verb rarely governs the quantity. */
const RIGHT_WINDOW = 25;
const LEFT_WINDOW = 15;
/** Content words kept after the verb: enough for "crossed into Iran", short enough to stay a label. */
const SCOPE_WORDS = 4;

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);
/** Units of length: a distance is only comparable with its reference point. */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(measureWords("length"));
/** Phrasal-verb particles kept with the verb: "took part in", "broke out in". */
const PARTICLES = new Set(["part", ...VERB_PARTICLES, ...directions()]);
const FURTHER_WORDS = new Set(["further", "additional", "extra", "another"]);
const SUBORDINATORS = new Set(["since", "after", "before", "during", "when", "while", "until"]);

/**
 * Describes what `mention` counts in `sentence`, or null when nothing but the number is there.
 * @example
 * // "Over 800 fighters from Hezbollah have secretly crossed into Iran."
 * describeConcept(sentence, mention) // "fighters who crossed into Iran" (relative pronoun only when written)
 * // -> "fighters crossed into Iran"
 */
export function describeConcept(sentence: SentenceSegment, mention: QuantityMention): string | null {
  const tokens = sentence.tokens;
  if (isAgeUnit(mention.unit)) return ageConcept(tokens, mention);
  const head = mention.headIndex;
  // "a 90-day court-ordered stint", "seven-year offers", "a $37.5 million contract": the figure measures the noun
  // that follows it.
  const unitLemma = (mention.unit ?? (head === null ? "" : tokens[head].lemma)).toLowerCase();
  const measuresNext =
    head !== null &&
    (isHyphenated(tokens, head) || (AMOUNT_UNITS.has(unitLemma) && tokens[mention.tokenEnd]?.pos === "NOUN"));
  const compound = measuresNext ? followingNouns(tokens, Math.max(head + 1, mention.tokenEnd)) : [];
  const nounPhrase =
    compound.length > 0 ? compound : head === null ? [] : modifiersAndHead(tokens, mention, head).filter(isWord);
  let after = head === null ? mention.tokenEnd : Math.max(head + 1, mention.tokenEnd);
  if (compound.length > 0) after = tokens.indexOf(compound[compound.length - 1]) + 1;
  // "249 were injured": a bare figure followed by its verb is that verb's subject.
  const right = findVerbRight(tokens, after);
  const ownVerb = head === null && right !== null && /^(AUX|VERB)$/.test(tokens[after]?.pos ?? "");
  const measured =
    compound.length === 0 && (head === null || AMOUNT_UNITS.has((mention.unit ?? tokens[head].lemma).toLowerCase()));
  let words: Token[];
  // "Klitschko landing 178 of 369 punches thrown": a participle right after the noun is a reduced relative; the
  // clause's own verb and subject (on the left) say whose punches they are.
  const reduced = right !== null && right.verb === after && isParticiple(tokens[right.verb]);
  const leftOfReduced = reduced && !measured ? findVerbLeft(tokens, mention.tokenStart - 1) : null;
  if (ownVerb && right !== null) {
    words = [tokens[right.verb], ...scopeAfter(tokens, right.verb + 1)];
  } else if (right !== null && leftOfReduced !== null) {
    const between = tokens.slice(leftOfReduced + 1, mention.tokenStart).filter(isContent);
    const clause = [...subjectBefore(tokens, leftOfReduced), tokens[leftOfReduced], ...between];
    words = [...clause, ...nounPhrase, tokens[right.verb], ...scopeAfter(tokens, right.verb + 1)];
  } else if (right !== null && !measured) {
    words = [...nounPhrase, ...right.lead, tokens[right.verb], ...scopeAfter(tokens, right.verb + 1)];
  } else {
    const left = findVerbLeft(tokens, mention.tokenStart - 1);
    if (left !== null) {
      const between = tokens.slice(left + 1, mention.tokenStart).filter(isContent);
      // A measure ("percent", "USD") is the unit field already; the phrase names what is measured. A distance
      // also needs its reference point ("began two miles west of Cobb").
      // ... and "two counts of murder" its kind ("one count of kidnapping" is another charge).
      const ofKind = OF_KIND_NOUNS.has(unitLemma) && tokens[after]?.lemma === "of";
      const reference = DISTANCE_UNITS.has(unitLemma) || ofKind ? scopeAfter(tokens, after, ofKind) : [];
      words = [...subjectBefore(tokens, left), tokens[left], ...between, ...(measured ? [] : nounPhrase), ...reference];
    } else if (right !== null) {
      words = [...nounPhrase, ...right.lead, tokens[right.verb], ...scopeAfter(tokens, right.verb + 1)];
    } else {
      words = [...(measured ? [] : nounPhrase), ...scopeAfter(tokens, after)];
    }
  }
  // "called a further four appliances to help": a word right before the figure that makes it a further set stays in
  // the phrase whichever verb the phrase was read from, as it does in "called in an additional six engines".
  const lead = tokens[mention.tokenStart - 1];
  if (lead && FURTHER_WORDS.has(lead.text.toLowerCase()) && !words.includes(lead)) words = [lead, ...words];
  const phrase = render(words);
  return phrase === "" ? null : phrase;
}

/**
 * Whose age a figure is, then what the clause says of that person: the holder first ("Sharron Diane Crawford Smith
 * arrested", "woman charged"), so lib/compare can tell two people's ages apart by the holder's name or noun.
 * @example ageConcept(tokens("A 60-year-old woman charged with killing two women was released"), m) // "woman charged"
 */
function ageConcept(tokens: Token[], mention: QuantityMention): string | null {
  let after = mention.tokenEnd;
  // "a 60-year-old, terminally ill woman": the holder after a comma and its adverbs.
  let from = after;
  if (tokens[from]?.text === ",") from++;
  while (tokens[from]?.pos === "ADV") from++;
  let holder = /old$/i.test(tokens[mention.tokenEnd - 1]?.text ?? "") ? followingNouns(tokens, from) : [];
  if (holder.length > 0) after = tokens.indexOf(holder[holder.length - 1]) + 1;
  else {
    // "Gary Gomes, 61, was arrested", "Sharron Smith, age 61,": the name the age is set off from.
    let i = mention.tokenStart - 1;
    if (isAgeWord(tokens[i])) i--;
    if (tokens[i]?.text === ",") {
      let j = i - 1;
      while (j >= 0 && (tokens[j].pos === "PROPN" || tokens[j].pos === "NOUN")) j--;
      // "has died in jail, aged 77": a noun after a preposition is a place or a time, not whose age it is.
      holder = tokens[j]?.pos === "ADP" ? [] : tokens.slice(j + 1, i);
      if (tokens[after]?.text === ",") after++;
    } else holder = verbalAgeHolder(tokens, mention.tokenStart);
  }
  const right = findVerbRight(tokens, after);
  let clause: Token[] = [];
  if (right !== null) {
    // "Maria Valencia, 27, was also killed": another person than one named before; the "also" stays with the verb.
    const also = tokens.slice(after, right.verb).filter((t) => t.text.toLowerCase() === "also");
    clause = [...also, tokens[right.verb], ...scopeAfter(tokens, right.verb + 1)];
  } else {
    let start = holder.length > 0 ? tokens.indexOf(holder[0]) : mention.tokenStart;
    // "has died in jail, aged 77": the clause before "aged" and its comma.
    if (isAgeWord(tokens[start - 1])) start--;
    if (tokens[start - 1]?.text === ",") start--;
    const left = findVerbLeft(tokens, start - 1);
    // "Jeffs raped him when he was 5 years old": the verb's subject is not whose age it is.
    if (left !== null) clause = [tokens[left]];
  }
  const phrase = render([...holder, ...clause]);
  return phrase === "" ? null : phrase;
}

/**
 * "Gigante was 77", "Esther Williams, swimming star, dies at 91", "Mark Felt ... dead at 95": the name that is the
 * subject of an age's verb (an appositive set off by commas skipped); none for a pronoun ("She was 91").
 */
function verbalAgeHolder(tokens: Token[], numberStart: number): Token[] {
  let verb = numberStart - 1;
  if (tokens[verb]?.text.toLowerCase() === "at") verb--;
  let j = verb - 1;
  if (tokens[j]?.text === ",") {
    const open = tokens.slice(Math.max(0, j - 15), j).findLastIndex((t) => t.text === ",");
    if (open < 0) return [];
    j = Math.max(0, j - 15) + open - 1;
  }
  const end = j + 1;
  while (j >= 0 && tokens[j].pos === "PROPN") j--;
  return tokens.slice(j + 1, end);
}

function isAgeWord(t: Token | undefined): boolean {
  return t !== undefined && AGE_WORDS.has(t.text.toLowerCase());
}

function modifiersAndHead(tokens: Token[], mention: QuantityMention, head: number): Token[] {
  // Never into the number's own words ("four and a half months": "half" is the number, not a modifier).
  const floor = Math.max(Math.min(mention.tokenStart, head), Math.min(mention.numberEnd, head));
  let from = head;
  // Walk left over adjectives, noun modifiers and hyphen joins until the figure itself ("800 battle-hardened fighters").
  while (from - 1 >= floor) {
    const t = tokens[from - 1];
    const hyphen = t.text === "-" && tokens[from - 2]?.end === t.start && t.end === tokens[from].start;
    if (t.pos === "NUM" || t.lemma === "of" || !(NOMINAL.has(t.pos) || isParticiple(t) || hyphen)) break;
    from--;
  }
  return tokens.slice(from, head + 1);
}

function isHyphenated(tokens: Token[], head: number): boolean {
  const hyphen = tokens[head - 1];
  return hyphen?.text === "-" && hyphen.end === tokens[head].start && tokens[head - 2]?.end === hyphen.start;
}

function followingNouns(tokens: Token[], from: number): Token[] {
  let end = from;
  // Right after "seven-year" a word is a noun whatever wink says ("seven-year offers" is tagged as a verb).
  const nounAt = (i: number) => NOMINAL.has(tokens[i].pos) || (i === from && tokens[i].pos === "VERB");
  while (end < tokens.length && (nounAt(end) || isParticiple(tokens[end]) || isJoiner(tokens, end))) end++;
  // Keep the run only if it ends on a noun: "90-day stint", not "90-day, ...".
  while (end > from && !(tokens[end - 1].pos === "NOUN" || tokens[end - 1].pos === "PROPN" || end - 1 === from)) end--;
  if (end === from + 1 && !nounAt(from)) return [];
  return tokens.slice(from, end);
}

/** A hyphen inside a word ("court-ordered"), written without spaces. */
function isJoiner(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.text === "-" && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}

function isWord(t: Token): boolean {
  return t.pos !== "SYM" && t.pos !== "PUNCT";
}

function isParticiple(t: Token): boolean {
  return t.pos === "VERB" && /(ed|en|wn)$/.test(t.text.toLowerCase());
}

interface RightVerb {
  verb: number;
  /** Words kept between the noun and the verb: a relative pronoun, or a subordinate clause's opening. */
  lead: Token[];
}

function findVerbRight(tokens: Token[], from: number): RightVerb | null {
  let subordinate = -1;
  let relative: Token | null = null;
  for (let i = from; i < tokens.length && i < from + RIGHT_WINDOW; i++) {
    const t = tokens[i];
    // "11 members of his church (FLDS) were charged": a bracketed aside is stepped over, not a clause break.
    const close = t.text === "(" ? closingBracket(tokens, i) : -1;
    if (close > 0) {
      i = close;
      continue;
    }
    if (CLAUSE_BREAKS.has(t.text) || t.pos === "NUM" || t.pos === "SYM") return null;
    if (t.pos === "PUNCT" && /[.!?]/.test(t.text)) return null;
    if (t.text === "," && tokens[i + 1]?.pos === "VERB") return null;
    if (t.pos === "CCONJ" && /^(VERB|AUX|NUM|ADV)$/.test(tokens[i + 1]?.pos ?? "")) return null;
    if (t.pos === "PRON" && RELATIVE_PRONOUNS.has(t.lemma) && i === from) relative = t;
    // "since the protests erupted" opens a clause; "have since moved" is an adverb.
    const opensClause = !/^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? "");
    if (SUBORDINATORS.has(t.lemma) && opensClause && subordinate < 0) subordinate = i;
    // "Quds Force-linked groups": a participle hyphenated onto a name is an adjective, not the clause's verb.
    if (t.pos === "VERB" && !(tokens[i - 1]?.text === "-" && tokens[i - 1].end === t.start)) {
      if (REPORTING_VERBS.has(t.lemma)) return null;
      const lead = subordinate >= 0 ? tokens.slice(subordinate, i).filter(isContent) : relative ? [relative] : [];
      return { verb: i, lead };
    }
  }
  return null;
}

/** The index of the ")" closing the "(" at `open` within a few words, or -1 (no figure, no sentence end inside). */
function closingBracket(tokens: Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 8; i++) {
    if (tokens[i].text === ")") return i;
    if (tokens[i].text === "(" || tokens[i].pos === "NUM" || /^[.!?]$/.test(tokens[i].text)) return -1;
  }
  return -1;
}

function findVerbLeft(tokens: Token[], from: number): number | null {
  for (let i = from; i >= 0 && i > from - LEFT_WINDOW; i--) {
    const t = tokens[i];
    if (CLAUSE_BREAKS.has(t.text) || t.text === "," || t.pos === "NUM") return null;
    if (t.pos === "VERB") return REPORTING_VERBS.has(t.lemma) ? null : i;
    // wink tags a gerund right before a figure as a noun ("Klitschko landing 178 of 369 punches").
    if (i === from && t.pos === "NOUN" && /ing$/.test(t.text)) return i;
  }
  return null;
}

function subjectBefore(tokens: Token[], verb: number): Token[] {
  let i = verb - 1;
  while (i >= 0 && (tokens[i].pos === "AUX" || tokens[i].pos === "ADV" || tokens[i].pos === "PART")) i--;
  const end = i + 1;
  while (i >= 0 && (tokens[i].pos === "NOUN" || tokens[i].pos === "PROPN")) i--;
  // "The 13-inch model comes in $1,199": the figure written into the subject says which model.
  if (i + 1 < end) i -= designationBefore(tokens, i + 1);
  const run = tokens.slice(i + 1, end);
  // "The death toll from the Aceh earthquake rose to 11", "A clinic in Takengon treated 50": the head of the subject
  // comes before its prepositional phrase.
  let j = i;
  while (j >= 0 && tokens[j].pos === "DET") j--;
  if (run.length === 0 || j < 1 || tokens[j].pos !== "ADP" || !/^(of|from|in|at)$/.test(tokens[j].lemma)) return run;
  let k = j - 1;
  while (k >= 0 && (tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN" || tokens[k].pos === "ADJ")) k--;
  const head = tokens.slice(k + 1, j);
  return head.some((t) => t.pos === "NOUN" || t.pos === "PROPN") ? [...head, tokens[j], ...run] : run;
}

/** `words`: hyphenated words kept whole ("of first-degree murder"), for a kind's "of" phrase. */
function scopeAfter(tokens: Token[], from: number, words = false): Token[] {
  const out: Token[] = [];
  let sawNoun = false;
  let hyphens = 0;
  for (let i = from; i < tokens.length && out.length - hyphens < SCOPE_WORDS; i++) {
    const t = tokens[i];
    const particle = out.length === 0 && i === from && PARTICLES.has(t.lemma);
    if (t.pos === "DET") continue;
    // "first-degree murder": a hyphen written inside a word is part of it.
    if (words && t.text === "-" && out.length > 0 && glued(tokens[i - 1], t) && glued(t, tokens[i + 1])) {
      out.push(t);
      hyphens++;
      continue;
    }
    // One phrase only: "killed in the blast", not "killed in the blast on Tuesday"; a kind ends at its noun ("cases
    // of cholera", not "... last week").
    // "for the 15-inch model": a figure written into a noun says which one.
    const designation = designationAt(tokens, i);
    if (designation > 0 && !sawNoun) {
      out.push(...tokens.slice(i, i + designation));
      hyphens += designation - 1;
      i += designation - 1;
      continue;
    }
    if ((t.pos === "ADP" || (words && t.pos === "ADJ")) && !particle && sawNoun) break;
    if (t.pos !== "ADP" && !NOMINAL.has(t.pos) && !particle) break;
    if (t.pos === "NOUN" || t.pos === "PROPN") sawNoun = true;
    out.push(t);
  }
  // A preposition with nothing after it says nothing.
  while (out.length > 0 && out[out.length - 1].pos === "ADP") out.pop();
  return out;
}

/**
 * A number written into a noun that names a kind ("13-inch", "4GB" before "model", "memory"): how many tokens of it
 * stand at `i` before the noun (the number, and a hyphen), or 0. An age ("61-year-old") is no designation.
 * @example designationAt(tokens("the 13-inch model"), 1) // 2
 */
export function designationAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.pos !== "NUM" || !/^\d[\d.]*$/.test(t.text)) return 0;
  const hyphen = tokens[i + 1]?.text === "-" && glued(t, tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]);
  const at = i + (hyphen ? 2 : 1);
  const noun = tokens[at];
  // Without a hyphen only a unit written against its number ("4GB", "2.7GHz"), not a lost space ("5percentage").
  if (noun === undefined || noun.pos !== "NOUN" || !(hyphen || (glued(t, noun) && isUnitWord(noun.text)))) return 0;
  const next = tokens[at + 1];
  if (glued(noun, next) && (next.text === "-" || next.text.toLowerCase() === "old")) return 0;
  return at - i;
}

function isUnitWord(text: string): boolean {
  return MEASURE_UNITS[text.toLowerCase()] !== undefined;
}

/** The tokens of a designation that ends right before the noun at `i` ("13-" of "13-inch"), or 0. */
function designationBefore(tokens: readonly Token[], i: number): number {
  for (const n of [2, 1]) if (i - n >= 0 && designationAt(tokens, i - n) === n) return n;
  return 0;
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isContent(t: Token): boolean {
  // A negation stays: "pleaded not guilty to two counts" is not "pleaded guilty".
  if (t.pos === "PART") return NEGATIONS.has(t.text.toLowerCase());
  return t.pos !== "DET" && t.pos !== "PUNCT" && t.pos !== "AUX";
}

const NEGATIONS = new Set(["not", "n't", "never"]);

function render(words: Token[]): string {
  let out = "";
  let previous: Token | null = null;
  for (const t of words) {
    // Names keep their case; wink also tags a capitalised first word as a name ("Police arrested"), which is
    // harmless, while lower-casing "Boston offered" would not be.
    const text = t.pos === "PROPN" ? t.text : t.text.toLowerCase();
    // Tokens written without a space between them stay joined ("two-thirds", "battle-hardened").
    out += previous === null ? text : previous.end === t.start ? text : ` ${text}`;
    previous = t;
  }
  return out.trim();
}

/** "north", "southeast", ...: a distance's direction leads its reference point ("20 miles north of Santa Rosa"). */
function directions(): string[] {
  const base = ["north", "south", "east", "west"];
  return [...base, "northeast", "northwest", "southeast", "southwest"];
}

/** A figure as stored, without its id and claim: what extract() and readSpan() keep of a mention. */
export type Figure = Omit<Quantity, "id" | "claimId">;

/**
 * A mention as a stored figure: open interval ends become null and the concept is described from its sentence.
 * @example figureOf(sentence, mention) // { text: "over 800 fighters", value: 800, low: 800, high: null, concept: "fighters", ... }
 */
export function figureOf(sentence: SentenceSegment, m: QuantityMention): Figure {
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    value: m.value,
    low: finiteOrNull(m.low),
    high: finiteOrNull(m.high),
    modifier: m.modifier,
    of: m.of,
    unit: m.unit,
    concept: describeConcept(sentence, m),
  };
}

function finiteOrNull(n: number | null): number | null {
  return n !== null && Number.isFinite(n) ? n : null;
}
