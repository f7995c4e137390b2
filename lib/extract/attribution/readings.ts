/**
 * Who the subject of a reporting verb is: the readings of the noun phrases around the verb at one token, most likely
 * first ("..., saying" shares the clause's subject, ", who said" the phrase before the comma, "The officials whose
 * budgets were cut say", an inverted "..., said John Smith."). Split from attribution/cue.ts (no behaviour change).
 */

import {
  INFINITIVE_REPORTING_FORMS,
  ISSUED_STATEMENT_NOUNS,
  ISSUING_FORMS,
  REPORTING_FORMS,
  SPEECH_VERB_LEMMAS,
} from "../lexicon/attribution.ts";
import { SOURCE_NOUNS } from "../lexicon/attribution-sources.ts";
import type { Token } from "../tokens/segment.ts";
import { isNameStop, participleWithPreposition, subjectAfter } from "./forward.ts";
import { isCap, lower } from "./names.ts";
import { isPaperNoun } from "./paper.ts";
import { CLOSING_MARKS } from "./quotes.ts";
import { npAt, type Run, type Subject, skipLeft, subjectBefore, trimRun } from "./runs.ts";

function mainVerbBefore(tokens: Token[], limit: number): number {
  let auxiliary = -1;
  for (let i = 1; i < limit; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" && t.text === t.text.toLowerCase() && !t.text.endsWith("ing")) return i;
    // "Clinton is more conservative, saying", "TheBlaze did the math, and found": a clause whose verb is "be" or "do".
    if (auxiliary < 0 && t.pos === "AUX" && t.text === t.text.toLowerCase()) auxiliary = i;
  }
  return auxiliary;
}

const QUOTED_AS = new Set(["quoted", "quotes", "quote", "quoting", "cited", "cites"]);

/** "quoted an American witness as": the noun phrase between a quoting verb and `as`, or null. */
function quotedAs(tokens: Token[], as: number): Subject | null {
  let start = as;
  while (start > 0 && as - start < 8 && npAt(tokens, start - 1)) start--;
  if (start === as || !QUOTED_AS.has(lower(tokens[start - 1]))) return null;
  const name = trimRun(tokens, { start, end: as });
  return name ? { name, appositive: null, start: name.start } : null;
}

/** Subject readings for the verb at i, most likely first; the caller takes the first that resolves to a source. */
export function subjectsFor(tokens: Token[], i: number): Array<{ subject: Subject; before: boolean }> {
  const lent = lendingVerbBefore(tokens, i);
  if (lent >= 0) {
    const subject = subjectBefore(tokens, lent);
    return subject ? [{ subject, before: true }] : [];
  }
  const issuing = issuingVerbBefore(tokens, i);
  const issuer = issuing >= 0 ? subjectBefore(tokens, issuing) : null;
  if (issuer) return [{ subject: issuer, before: true }];
  // "Scott freed up $26 million and on Monday announced": adverbs, auxiliaries and time phrases before the verb.
  const left = Math.max(0, skipLeft(tokens, i - 1));
  const joined = lower(tokens[left]) === "and" || lower(tokens[left]) === "but";
  const gerund = lower(tokens[i]).endsWith("ing");
  // "CNN quoted an American witness as saying": the one quoted speaks.
  if (gerund && lower(tokens[i - 1]) === "as") {
    const quoted = quotedAs(tokens, i - 1);
    if (quoted) return [{ subject: quoted, before: true }];
  }
  // "..., saying", "He defended the plan and said", "The bank ended its meeting by announcing": the verb shares the
  // subject of the clause's first verb.
  if ((gerund && (lower(tokens[i - 1]) === "," || lower(tokens[i - 1]) === "by")) || joined) {
    const main = mainVerbBefore(tokens, i - 1);
    const subject = main > 0 ? subjectBefore(tokens, main) : null;
    return subject ? [{ subject, before: true }] : [];
  }
  const relative = relativeSubject(tokens, left);
  if (relative) return [{ subject: relative, before: true }];
  const restrictive = restrictiveRelativeBefore(tokens, i);
  if (restrictive) return [{ subject: restrictive, before: true }];
  const prev = tokens[i - 1];
  // "..., Laszlo Bock, told The New York Times": who is told is never the speaker.
  const told = REPORTING_FORMS.get(lower(tokens[i])) === "tell";
  // An opening mark typed for the closing one hugs the comma before it: "It's unusual,“ said Larry Noble".
  const typoClose = prev?.text === "“" && tokens[i - 2]?.end === prev.start;
  const inverted =
    prev && !told && (prev.text === "," || CLOSING_MARKS.has(prev.text) || typoClose) ? invertedAt(tokens, i) : null;
  const before = subjectBefore(tokens, i);
  const out: Array<{ subject: Subject; before: boolean }> = [];
  // "..., Missouri, said a spokesman for the facility.": a subject that ends the sentence beats a name before.
  if (inverted?.final) out.push({ subject: inverted.subject, before: false });
  if (before) out.push({ subject: before, before: true });
  if (inverted && !inverted.final) out.push({ subject: inverted.subject, before: false });
  if (out.length === 0) {
    const fronted = frontedAppositive(tokens, i);
    if (fronted) out.push({ subject: fronted, before: true });
  }
  return out;
}

/**
 * "One pastor backing Ruiz, Dan Lee of the First Church, said", "The clerk of nearly four years, a registered
 * Democrat who asked not to be named, said": the sentence opens with a noun phrase (a participle phrase or an
 * of-phrase after its head, no comma and no finite verb in it), then one comma-bounded appositive, then the verb.
 * A name in the appositive is the speaker; a description there ("a ...") describes the opening phrase.
 */
function frontedAppositive(tokens: Token[], verb: number): Subject | null {
  let close = verb - 1;
  while (close > 0 && tokens[close].pos === "ADV") close--;
  if (tokens[close]?.text !== ",") return null;
  const open = tokens.findIndex((t) => t.text === ",");
  if (open < 2 || open >= close - 1) return null;
  for (let k = open + 1; k < close; k++) if (tokens[k].text === "," || tokens[k].text === ";") return null;
  const opening = tokens.slice(0, open);
  if (tokens[0].pos !== "DET" && tokens[0].pos !== "NUM" && !isCap(tokens[0])) return null;
  if (opening.some((t) => t.pos === "AUX" || t.pos === "SCONJ")) return null;
  if (opening.some((t) => t.pos === "VERB" && !/(?:ing|ed)$/.test(t.text))) return null;
  // A participle follows its head noun ("pastor backing", or "Groups representing", the sentence's first word read
  // as a name); "Ruiz raised $4,000," opens a clause.
  const participle = opening.findIndex((t) => t.pos === "VERB");
  const headedFirst = participle === 1 && tokens[0].pos === "PROPN" && opening[1].text.endsWith("ing");
  if (!headedFirst && !opening.some((t) => t.pos === "NOUN")) return null;
  if (participle >= 0 && opening[participle - 1]?.pos !== "NOUN" && !headedFirst) return null;
  const appositive = { start: open + 1, end: close };
  const first = tokens[open + 1];
  if (first.pos === "PROPN" && isCap(first)) return { name: appositive, appositive: { start: 0, end: open }, start: 0 };
  if (first.pos !== "DET") return null;
  // "The clerk of nearly four years": a span of service is no part of the name.
  const of = opening.findIndex((t, k) => lower(t) === "of" && opening.slice(k).some((x) => x.pos === "NUM"));
  // "Groups representing Uzbeks": the participle phrase describes the head, it names no one ("Uzbeks").
  const end = participle > 0 ? participle : of > 0 ? of : open;
  return { name: { start: 0, end }, appositive, start: 0 };
}

/**
 * "Pence went on to say", "Husted continued by saying": the index of the verb that lends the reporting verb at i its
 * subject, or -1.
 */
function lendingVerbBefore(tokens: Token[], i: number): number {
  const link = lower(tokens[i - 1]);
  if (link !== "to" && !(link === "by" && lower(tokens[i]).endsWith("ing"))) return -1;
  const k = i - 2;
  if (k < 1) return -1;
  if (INFINITIVE_REPORTING_FORMS.has(lower(tokens[k]))) return k;
  // "Advisers to Mr. Rubio are quick to point out that", "the agency was careful to note": "be" and an adjective of
  // readiness lend the subject of "be".
  if (link === "to" && READY_ADJECTIVES.has(lower(tokens[k])) && BE_BEFORE_READY.has(lower(tokens[k - 1])))
    return k - 1;
  if (lower(tokens[k]) === "on" && INFINITIVE_REPORTING_FORMS.has(`${lower(tokens[k - 1])} on`)) return k - 1;
  // "a paper from the Brookings Institution had this to say about ...:", "Smith had the following to say:".
  if (link === "to" && (lower(tokens[k]) === "this" || lower(tokens[k]) === "following")) {
    const have = lower(tokens[k]) === "following" && lower(tokens[k - 1]) === "the" ? k - 2 : k - 1;
    if (HAVE_FORMS.has(lower(tokens[have]))) return have;
  }
  return -1;
}

const HAVE_FORMS = new Set(["had", "has", "have"]);
const READY_ADJECTIVES = new Set(["quick", "eager", "careful", "keen", "happy", "fast"]);
const BE_BEFORE_READY = new Set(["is", "are", "was", "were", "be", "been", "'re", "’re", "'s", "’s", "am"]);

/**
 * "The mayor issued a statement on Monday saying", "Forbes shot back in an article stating": the index of the verb
 * that issued the statement an -ing verb of saying at i follows, or -1 ("obtained a memo showing" is the memo's).
 */
export function issuingVerbBefore(tokens: Token[], i: number): number {
  const lemma = REPORTING_FORMS.get(lower(tokens[i]));
  if (!lemma || !SPEECH_VERB_LEMMAS.has(lemma) || !lower(tokens[i]).endsWith("ing")) return -1;
  for (let n = i - 1; n > 0 && i - n <= 8; n--) {
    const t = tokens[n];
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") return -1;
    if (!ISSUED_STATEMENT_NOUNS.has(lower(t))) continue;
    let k = n - 1;
    while (k > 0 && STATEMENT_MODIFIERS.has(tokens[k].pos)) k--;
    if (ISSUING_FORMS.has(lower(tokens[k]))) return k;
    if (lower(tokens[k]) !== "in") return -1;
    // "shot back in an article", "wrote in a column": the verb the phrase hangs on, a particle between.
    let v = k - 1;
    while (v > 0 && k - v <= 2 && (tokens[v].pos === "ADV" || tokens[v].pos === "ADP")) v--;
    const verb = tokens[v];
    return verb?.pos === "VERB" && verb.text === verb.text.toLowerCase() && !verb.text.endsWith("ing") ? v : -1;
  }
  return -1;
}

const SPEAKER_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

const STATEMENT_MODIFIERS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/** ", who said": the noun phrase before the comma is the subject (the relative pronoun starts the clause). */
function relativeSubject(tokens: Token[], at: number): Subject | null {
  const word = lower(tokens[at]);
  if ((word !== "who" && word !== "which") || tokens[at - 1]?.text !== ",") return null;
  // "rocked this time by an article by Gabriel Sherman, who reported that": a person named as an agent right before
  // the comma is who the clause is about (the phrase before read "this time ..." as the subject: source "Time").
  const agent = word === "who" ? agentBefore(tokens, at - 1) : null;
  if (agent) return { name: agent, appositive: null, start: at };
  // "the Constitutional Convention, which wrote and adopted the form of government": a deed, not a report.
  const coordinated = tokens[at + 2]?.pos === "CCONJ";
  const outer = subjectBefore(tokens, at - 1) ?? (coordinated ? null : speakerBefore(tokens, at - 1));
  if (!outer) return null;
  return { name: outer.name, appositive: outer.appositive, start: at };
}

/**
 * "They turned to the Chicago Police Department, which reported ...": a noun phrase ending at `comma` that is no
 * clause's subject (here the object of "to"), when its head can speak (a name, a source noun, a document).
 */
function speakerBefore(tokens: Token[], comma: number): Subject | null {
  // The bare noun phrase: "a lecture from the Mexican president" is "the Mexican president".
  let start = comma;
  while (start > 0 && comma - start < 8 && SPEAKER_PHRASE.has(tokens[start - 1].pos)) start--;
  const run = start < comma ? trimRun(tokens, { start, end: comma }) : null;
  if (!run) return null;
  return canSpeak(tokens, run) ? { name: run, appositive: null, start: run.start } : null;
}

/** A noun phrase whose head can speak: a name, a source noun ("officials"), a document or poll. */
function canSpeak(tokens: Token[], run: Run): boolean {
  const head = tokens[run.end - 1];
  return isCap(head) || SOURCE_NOUNS.has(lower(head)) || isPaperNoun(head, run.end - 1 === 0);
}

/** "by Gabriel Sherman" right before `comma`: the capitalized name after "by", or null. */
function agentBefore(tokens: Token[], comma: number): Run | null {
  let start = comma;
  while (start > 0 && comma - start < 5 && isCap(tokens[start - 1]) && tokens[start - 1].pos === "PROPN") start--;
  return start < comma && lower(tokens[start - 1]) === "by" ? { start, end: comma } : null;
}

/**
 * "The county officials whose budgets were cut say": a relative clause without commas between the subject and its
 * verb. The noun phrase before the relative pronoun must open the clause and have a head that can speak.
 */
function restrictiveRelativeBefore(tokens: Token[], verb: number): Subject | null {
  for (let j = verb - 1; j > 0 && verb - j <= 12; j--) {
    const t = tokens[j];
    if (t.pos === "PUNCT" || (t.pos === "SCONJ" && lower(t) !== "that")) return null;
    if (!RELATIVE_PRONOUNS.has(lower(t))) continue;
    // "A survey that shows": right before the verb only "that" (a restrictive "who think" clause picks out whom the
    // sentence is about, its figures are the narration's).
    if (j === verb - 1 && lower(t) !== "that") return null;
    // "Depending on which poll you believe": a pronoun after a preposition opens no clause about the phrase before.
    if (tokens[j - 1]?.pos === "ADP") return null;
    const run = trimRun(tokens, { start: firstNpIndex(tokens, j - 1), end: j });
    if (!run) return null;
    const before = tokens[run.start - 1];
    if (before && before.pos !== "PUNCT" && before.pos !== "SCONJ" && before.pos !== "CCONJ") return null;
    return canSpeak(tokens, run) ? { name: run, appositive: null, start: run.start } : null;
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(["who", "whose", "which", "that"]);

function firstNpIndex(tokens: Token[], last: number): number {
  let start = last + 1;
  while (start > 0 && last - start + 1 < 8 && npAt(tokens, start - 1)) start--;
  return start;
}

/** Inverted "..., said John Smith." only: "said he had" opens the content clause, it names no speaker. */
function invertedAt(tokens: Token[], i: number): { subject: Subject; final: boolean } | null {
  // "..., Jeff Weaver, the campaign manager, said in a statement.": a prepositional phrase names no speaker.
  if (tokens[i + 1]?.pos === "ADP") return null;
  const after = subjectAfter(tokens, i + 1);
  if (!after || tokens[after.name.start].pos === "PRON") return null;
  let j = after.appositive ? after.appositive.end : after.name.end;
  const next = tokens[j];
  // "said Sanders as he closed out": a subordinate clause may follow the name.
  const subordinate = next?.pos === "SCONJ" && /^(?:as|while|when|after|before)$/.test(lower(next));
  // "..., said a Mexican official who asked not to be named": a relative clause may follow the speaker.
  const relative = next !== undefined && /^(?:who|whose)$/.test(next.text);
  // "..., said one Republican involved in the planning": a participle phrase may follow the speaker.
  const reduced = next !== undefined && participleWithPreposition(tokens, j);
  if (
    next &&
    next.pos !== "PUNCT" &&
    next.pos !== "ADP" &&
    !isNameStop(next.text) &&
    !subordinate &&
    !relative &&
    !reduced
  )
    return null;
  while (j < tokens.length && isNameStop(tokens[j].text)) j++;
  // A straight quote ends the sentence only as a closing mark hugging the name ('said Smith."'); with a space before
  // it opens what the phrase is said to do ('said the Trump "train may have left"').
  const opening = tokens[j]?.text === '"' && tokens[j - 1]?.end !== tokens[j].start;
  const final = j >= tokens.length || (tokens[j].pos === "PUNCT" && /^[.!?”"]$/.test(tokens[j].text) && !opening);
  return { subject: after, final };
}

/**
 * "The report, which Mr. Trump cited, showed": a subject right after an object relative pronoun, its verb followed by
 * nothing but punctuation. The verb's object is the pronoun, so it reports nothing after it.
 * @example objectRelative(tokens("the report, which Ortiz cited, showed"), 4, 5) // true
 */
export function objectRelative(tokens: Token[], subjectStart: number, verb: number): boolean {
  if (!OBJECT_RELATIVES.has(lower(tokens[subjectStart - 1]))) return false;
  const next = tokens[verb + 1];
  return next === undefined || /^[,.;:!?)]$/.test(next.text);
}

const OBJECT_RELATIVES = new Set(["which", "whom", "that"]);
