/**
 * Attribution: for each sentence, who says it (source) and the words that say so (cue).
 *
 * Cues, tried left to right, the first that yields a plausible source wins:
 * - "according to X" / "citing X";
 * - a reporting verb with its subject ("independent sources confirm", "Barak Seener, a research fellow, warns",
 *   "She describes"), or after it when inverted ("..., said John Smith");
 * - a participle after a comma takes the clause subject ("Brian Carter ..., noting that");
 * - a passive with an agent ("described by Time as");
 * - a hearsay adverb ("they reportedly gathered") carries the previous sentence's source within the paragraph.
 * A sentence with no cue returns null: the claim is the document's own ({@link DOCUMENT_SOURCE}).
 */
import {
  CONDITIONAL_CUES,
  CONDITIONAL_FORMS,
  HEARSAY_ADVERBS,
  PASSIVE_CUES,
  REPORTING_FORMS,
} from "./attribution-lexicon.ts";
import { type Subject, subjectAfter, subjectBefore } from "./attribution-runs.ts";
import { resolveSubject } from "./attribution-source.ts";
import type { Attribution } from "./schema.ts";
import type { SentenceSegment, Token } from "./segment.ts";
import { registerSource, type SourceRef, type SourceRegistry } from "./sources.ts";

export interface SentenceAttribution {
  source: Attribution;
  /** Offset where the attributed part begins: the subject's start, or the sentence start. */
  scopeStart: number;
}

/** Verbs that make "it" a speaker ("It said"); "it suggests" is the document reasoning. */
const SPEECH_LEMMAS = new Set(["say", "tell", "announce", "add", "state", "report", "confirm", "deny", "declare"]);
const HEARSAY_SOURCE: SourceRef = { name: "Unnamed reports", kind: "anonymous", affiliation: null };
const BE_FORMS = new Set(["was", "were", "is", "are", "be", "been", "being", "am", "'s", "’s", "get", "got", "gets"]);
const NOUN_FOLLOWERS = new Set(["from", "of", "by", "on", "about", "into", "for"]);
const DETERMINER_BEFORE = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
  "our", "my", "your", "such", "no", "any", "each", "every", "whose", "which"]);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : "";
}

function cueSpan(text: string, first: Token, last: Token): Attribution["cue"] {
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

function isConditionalCue(tokens: Token[], i: number, lemma: string): boolean {
  const wanted = CONDITIONAL_CUES.get(lemma);
  if (!wanted) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) if (wanted.has(lower(tokens[j]))) return true;
  return false;
}

/** A lexicon word used as a noun ("the report", "reports from", "an estimate of") is no cue. */
function looksLikeNoun(tokens: Token[], i: number, lemma: string): boolean {
  if (DETERMINER_BEFORE.has(lower(tokens[i - 1]))) return true;
  // Only the bare and -s forms double as nouns ("reports from", "claims of"); "said on Tuesday" is a verb.
  const word = lower(tokens[i]);
  const nounable = word === lemma || word === `${lemma}s`;
  return nounable && NOUN_FOLLOWERS.has(lower(tokens[i + 1]));
}

function mainVerbBefore(tokens: Token[], limit: number): number {
  for (let i = 1; i < limit; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" && t.text === t.text.toLowerCase() && !t.text.endsWith("ing")) return i;
  }
  return -1;
}

function subjectFor(tokens: Token[], i: number): { subject: Subject; before: boolean } | null {
  const word = lower(tokens[i]);
  if (word.endsWith("ing") && lower(tokens[i - 1]) === ",") {
    const main = mainVerbBefore(tokens, i - 1);
    const subject = main > 0 ? subjectBefore(tokens, main) : null;
    return subject ? { subject, before: true } : null;
  }
  const before = subjectBefore(tokens, i);
  if (before) return { subject: before, before: true };
  const prev = tokens[i - 1];
  if (prev && (prev.text === "," || prev.text === "”" || prev.text === '"')) {
    // Inverted "..., said John Smith." only: "said he had" opens the content clause, it names no speaker.
    const after = subjectAfter(tokens, i + 1);
    const next = after ? tokens[after.name.end] : undefined;
    const closes = !next || next.pos === "PUNCT" || next.pos === "ADP";
    if (after && tokens[after.name.start].pos !== "PRON" && closes) return { subject: after, before: false };
  }
  return null;
}

/** "Nichols was found guilty", "he was told": a passive reporting verb without "by" is no cue. */
function isPassive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === "ADV") j--;
  return j >= 0 && BE_FORMS.has(lower(tokens[j])) && /(?:ed|en|wn|ld|nd|id|ht)$/.test(lower(tokens[i]));
}

/**
 * Finds the attribution of one sentence, or null when the document speaks for itself.
 * `previous` is the attribution of the sentence before, when it is in the same paragraph.
 * @example attributeSentence(text, sentence, registry, null)?.source.name // "Independent sources"
 */
export function attributeSentence(
  text: string,
  sentence: SentenceSegment,
  registry: SourceRegistry,
  previous: SentenceAttribution | null,
): SentenceAttribution | null {
  const tokens = sentence.tokens;
  let hearsay = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = lower(t);
    if ((word === "according" && lower(tokens[i + 1]) === "to") || word === "citing") {
      const from = word === "citing" ? i + 1 : i + 2;
      const subject = subjectAfter(tokens, from);
      const source = subject && resolveSubject(text, tokens, subject, registry, false);
      if (source) return found(source, cueSpan(text, t, tokens[from - 1]), sentence.start);
      continue;
    }
    if (HEARSAY_ADVERBS.has(word)) {
      if (hearsay < 0) hearsay = i;
      continue;
    }
    if (t.pos === "PUNCT" || t.text !== word) continue;
    if (PASSIVE_CUES.has(word) && lower(tokens[i + 1]) === "by") {
      const subject = subjectAfter(tokens, i + 2);
      const source = subject && resolveSubject(text, tokens, subject, registry, false);
      if (source) return found(source, cueSpan(text, t, t), sentence.start);
      continue;
    }
    const lemma = REPORTING_FORMS.get(word);
    const conditional = lemma ? null : CONDITIONAL_FORMS.get(word);
    if (!lemma && !(conditional && isConditionalCue(tokens, i, conditional))) continue;
    if (i === 0 || looksLikeNoun(tokens, i, lemma ?? conditional ?? "") || isPassive(tokens, i)) continue;
    const located = subjectFor(tokens, i);
    if (!located) continue;
    if (lower(tokens[located.subject.name.start]) === "it" && !SPEECH_LEMMAS.has(lemma ?? "")) continue;
    const source = resolveSubject(text, tokens, located.subject, registry, false);
    if (!source) continue;
    const scopeStart = located.before ? tokens[located.subject.start].start : sentence.start;
    return found(source, cueSpan(text, t, t), scopeStart);
  }
  if (hearsay >= 0) {
    const cue = cueSpan(text, tokens[hearsay], tokens[hearsay]);
    const { name, kind, affiliation } = previous?.source ?? HEARSAY_SOURCE;
    const source = registerSource(registry, { name, kind, affiliation });
    return found(source, cue, sentence.start);
  }
  return null;
}

function found(source: SourceRef, cue: Attribution["cue"], scopeStart: number): SentenceAttribution {
  return {
    source: { name: source.name, kind: source.kind, affiliation: source.affiliation, cue },
    scopeStart,
  };
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
  const out: Array<SentenceAttribution | null> = [];
  for (let i = 0; i < sentences.length; i++) {
    const before = i > 0 ? out[i - 1] : null;
    const sameParagraph = i > 0 && !/[\n\r]/.test(text.slice(sentences[i - 1].end, sentences[i].start));
    out.push(attributeSentence(text, sentences[i], registry, sameParagraph ? before : null));
  }
  return out;
}
