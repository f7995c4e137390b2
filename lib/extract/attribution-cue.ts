/**
 * One cue at one token: is `tokens[i]` a reporting cue here, and who is its source? Everything that makes a
 * lexicon word a cue in context lives here: nouns ("the report"), passives ("was found guilty"), clauses a weak verb
 * needs ("found that"), participles ("..., saying"), inverted subjects ("said John Smith").
 */

import { isNameStop, subjectAfter } from "./attribution-forward.ts";
import {
  CARRIER_NOUNS,
  CONDITIONAL_CUES,
  CONDITIONAL_FORMS,
  PASSIVE_CUES,
  REPORTING_FORMS,
  SPEECH_VERB_LEMMAS,
} from "./attribution-lexicon.ts";
import { CLOSING_MARKS } from "./attribution-quotes.ts";
import { type Run, type Subject, subjectBefore } from "./attribution-runs.ts";
import { resolveSubject } from "./attribution-source.ts";
import type { Token } from "./segment.ts";
import type { SourceRef, SourceRegistry } from "./sources.ts";

export interface CueMatch {
  source: SourceRef;
  /** Token range of the cue words [first, last]. */
  first: number;
  last: number;
  /** Token index where the attributed clause begins (the subject), or -1 for the whole sentence. */
  scope: number;
  /** True when the subject follows a comma or a closing quote ("..., police said"): it covers what precedes. */
  trailing: boolean;
  /** Token range [start, end) of the attribution frame (source words and cue), null when it sits inside the claim. */
  frame: Run | null;
}

/** Verbs that make "it" a speaker ("It said"); "it suggests" is the document reasoning. */
const SPEECH_LEMMAS = new Set(["say", "tell", "announce", "add", "state", "report", "confirm", "deny", "declare"]);
/** Weak verbs that report only with a content clause: "found that", not "found a shotgun". */
const CLAUSE_LEMMAS = new Set(["find", "show", "reveal", "document", "add"]);
const NEGATIONS = new Set(["not", "n't", "never", "neither", "nor"]);
const BE_FORMS = new Set(["was", "were", "is", "are", "be", "been", "being", "am", "'s", "’s", "get", "got", "gets"]);
const NOUN_FOLLOWERS = new Set(["from", "of", "by", "on", "about", "into", "for"]);
const DETERMINER_BEFORE = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "such",
  "no",
  "any",
  "each",
  "every",
  "whose",
  "which",
]);
const CLAUSE_OPENERS = new Set(["that", "“", '"', ":", "‘"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : "";
}

function clauseFollows(tokens: Token[], i: number, within: number): boolean {
  for (let j = i + 1; j <= i + within && j < tokens.length; j++) if (CLAUSE_OPENERS.has(lower(tokens[j]))) return true;
  return false;
}

/** A lexicon word used as a noun ("the report", "reports from", "state police") is no cue. */
function looksLikeNoun(tokens: Token[], i: number, lemma: string): boolean {
  if (DETERMINER_BEFORE.has(lower(tokens[i - 1]))) return true;
  const word = lower(tokens[i]);
  // Only the bare and -s forms double as nouns ("reports from", "claims of"); "said on Tuesday" is a verb.
  if (word !== lemma && word !== `${lemma}s`) return false;
  const next = tokens[i + 1];
  if (NOUN_FOLLOWERS.has(lower(next)) || next === undefined || tokens[i].pos === "VERB")
    return NOUN_FOLLOWERS.has(lower(next));
  // wink's noun reading is trusted before a noun or a preposition: "state police", "the charge against him".
  return NOMINAL.has(next.pos) || (tokens[i].pos === "NOUN" && next.pos === "ADP" && lower(next) !== "that");
}

/** "Nichols was found guilty", "he was told": a passive reporting verb without "by" is no cue. */
function isPassive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === "ADV") j--;
  const participle = /(?:ed|en|wn|ld|nd|id|ht)$/.test(lower(tokens[i]));
  // Headline passives drop the auxiliary: "Peter Capaldi announced as the new Doctor".
  return participle && ((j >= 0 && BE_FORMS.has(lower(tokens[j]))) || lower(tokens[i + 1]) === "as");
}

function mainVerbBefore(tokens: Token[], limit: number): number {
  for (let i = 1; i < limit; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" && t.text === t.text.toLowerCase() && !t.text.endsWith("ing")) return i;
  }
  return -1;
}

/** Subject readings for the verb at i, most likely first; the caller takes the first that resolves to a source. */
function subjectsFor(tokens: Token[], i: number): Array<{ subject: Subject; before: boolean }> {
  let left = i - 1;
  while (left > 0 && tokens[left].pos === "ADV") left--;
  const joined = lower(tokens[left]) === "and" || lower(tokens[left]) === "but";
  // "..., saying", "He defended the plan and said": the verb shares the subject of the clause's first verb.
  if ((lower(tokens[i]).endsWith("ing") && lower(tokens[i - 1]) === ",") || joined) {
    const main = mainVerbBefore(tokens, i - 1);
    const subject = main > 0 ? subjectBefore(tokens, main) : null;
    return subject ? [{ subject, before: true }] : [];
  }
  const prev = tokens[i - 1];
  const inverted = prev && (prev.text === "," || CLOSING_MARKS.has(prev.text)) ? invertedAt(tokens, i) : null;
  const before = subjectBefore(tokens, i);
  const out: Array<{ subject: Subject; before: boolean }> = [];
  // "..., Missouri, said a spokesman for the facility.": a subject that ends the sentence beats a name before.
  if (inverted?.final) out.push({ subject: inverted.subject, before: false });
  if (before) out.push({ subject: before, before: true });
  if (inverted && !inverted.final) out.push({ subject: inverted.subject, before: false });
  return out;
}

/** Inverted "..., said John Smith." only: "said he had" opens the content clause, it names no speaker. */
function invertedAt(tokens: Token[], i: number): { subject: Subject; final: boolean } | null {
  const after = subjectAfter(tokens, i + 1);
  if (!after || tokens[after.name.start].pos === "PRON") return null;
  let j = after.appositive ? after.appositive.end : after.name.end;
  const next = tokens[j];
  if (next && next.pos !== "PUNCT" && next.pos !== "ADP" && !isNameStop(next.text)) return null;
  while (j < tokens.length && isNameStop(tokens[j].text)) j++;
  const final = j >= tokens.length || (tokens[j].pos === "PUNCT" && /^[.!?”"]$/.test(tokens[j].text));
  return { subject: after, final };
}

function frameOf(subject: Subject, first: number, last: number): Run {
  const end = Math.max(subject.appositive ? subject.appositive.end : 0, subject.name.end, last + 1);
  return { start: Math.min(subject.start, first), end };
}

/** "X reported." / "X reports that": a named reporter of news is an outlet, not "Microsoft reported a loss". */
function reportsNews(tokens: Token[], i: number, lemma: string | undefined): boolean {
  if (lemma !== "report") return false;
  const next = tokens[i + 1];
  return !next || next.pos === "PUNCT" || lower(next) === "that";
}

function agentCue(text: string, tokens: Token[], i: number, from: number, registry: SourceRegistry): CueMatch | null {
  const subject = subjectAfter(tokens, from);
  const source = subject && resolveSubject(text, tokens, subject, registry, false);
  if (!subject || !source) return null;
  return { source, first: i, last: from - 1, scope: -1, trailing: false, frame: frameOf(subject, i, from - 1) };
}

/**
 * The cue at token `i` with its source, or null. Registers the source it resolves.
 * @example cueAt(text, tokens, 3, registry) // tokens "Police said on Monday": { source: Police, first: 1, ... }
 */
export function cueAt(text: string, tokens: Token[], i: number, registry: SourceRegistry): CueMatch | null {
  const t = tokens[i];
  const word = lower(t);
  if (word === "according" && lower(tokens[i + 1]) === "to") return agentCue(text, tokens, i, i + 2, registry);
  if (word === "citing" && i > 0) return agentCue(text, tokens, i, i + 1, registry);
  if (t.pos === "PUNCT" || t.text !== word || i === 0) return null;
  if (PASSIVE_CUES.has(word) && lower(tokens[i + 1]) === "by") {
    const match = agentCue(text, tokens, i, i + 2, registry);
    // "This campaign, described by Time as ..., decimated ...": the frame sits inside what is claimed.
    return match ? { ...match, last: i, frame: null } : null;
  }
  const lemma = REPORTING_FORMS.get(word);
  const conditional = lemma ? undefined : CONDITIONAL_FORMS.get(word);
  if (!lemma && !(conditional && CONDITIONAL_CUES.get(conditional) && hasObject(tokens, i, conditional))) return null;
  if (looksLikeNoun(tokens, i, lemma ?? conditional ?? "") || isPassive(tokens, i)) return null;
  // "Various news reports late last week": a carrier noun compounded with the noun before it, no clause after.
  const before = tokens[i - 1];
  const object = tokens[i + 1] && /^(?:DET|PRON|PROPN|NUM|PUNCT|SCONJ)$/.test(tokens[i + 1].pos);
  if (CARRIER_NOUNS.has(word) && word === `${lemma}s` && before.pos === "NOUN" && !object) return null;
  // "..., the study found." ends the sentence: the clause is what precedes.
  if (lemma && CLAUSE_LEMMAS.has(lemma) && !clauseFollows(tokens, i, 3) && !/^[,.]$/.test(lower(tokens[i + 1])))
    return null;
  const gerund = word.endsWith("ing") && lemma !== "say" && lemma !== "tell";
  if (gerund && !clauseFollows(tokens, i, 2)) return null;
  // "Gupta has not commented", "she never said": a denied utterance attributes nothing.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NEGATIONS.has(lower(tokens[j]))) return null;
  for (const located of subjectsFor(tokens, i)) {
    const head = tokens[located.subject.name.start];
    if (lower(head) === "it" && !SPEECH_LEMMAS.has(lemma ?? "")) continue;
    // "TMZ reports that": one bare name reporting news is an outlet; "Michael Silverman reports that" is a person.
    const { start: nameStart, end: nameEnd } = located.subject.name;
    const bareName = tokens.slice(nameStart, nameEnd).filter((x) => /^\p{Lu}/u.test(x.text)).length <= 1;
    const news = bareName && reportsNews(tokens, i, lemma);
    const source = resolveSubject(text, tokens, located.subject, registry, news, SPEECH_VERB_LEMMAS.has(lemma ?? ""));
    if (source) return verbCue(tokens, i, located, source);
  }
  return null;
}

function verbCue(
  tokens: Token[],
  i: number,
  located: { subject: Subject; before: boolean },
  source: SourceRef,
): CueMatch {
  const opener = tokens[located.subject.start - 1];
  const trailing = !located.before || (opener !== undefined && (opener.text === "," || CLOSING_MARKS.has(opener.text)));
  const frame = frameOf(located.subject, i, i);
  return { source, first: i, last: i, scope: located.before ? located.subject.start : -1, trailing, frame };
}

function hasObject(tokens: Token[], i: number, lemma: string): boolean {
  const wanted = CONDITIONAL_CUES.get(lemma);
  if (!wanted) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) if (wanted.has(lower(tokens[j]))) return true;
  return false;
}
