/**
 * Cues of polls, documents and headline speakers: "In a CNN poll, ...", "38 percent of voters said" (a share speaks
 * for the poll), "Gingrich: ...", "... - Jeffrey M. Jones: “...”", and the poll or document subjects a verb like
 * "found" or "show" reports with ("A Des Moines Register poll released Saturday found"); tallies ("By the Associated
 * Press's tally, ..."), a poll's standings ("The poll has Clinton leading") and rules ("Under Missouri law, ...").
 */

import {
  DOCUMENT_NOUNS,
  NAMED_POLL_HEADS,
  POLL_NOUNS,
  RULE_NOUNS,
  STANDINGS,
  TALLY_NOUNS,
  UNNAMED_TALLY_DETERMINERS,
  words,
} from "../lexicon/attribution.ts";
import { CARRIER_NOUNS, SOURCE_NOUNS } from "../lexicon/attribution-sources.ts";
import type { Token } from "../tokens/segment.ts";
import type { CueMatch } from "./cue.ts";
import { personNameFor } from "./document-names.ts";
import { subjectAfter } from "./forward.ts";
import { isCap, lower } from "./names.ts";
import { frameOf, npAt, type Subject } from "./runs.ts";
import { resolveSubject } from "./source.ts";
import { findRecent, registerSource, type SourceRef, type SourceRegistry } from "./sources.ts";

const SHARE_WORDS = new Set(
  words(
    "percent % majority majorities minority half third thirds quarter quarters fifths tenths plurality proportion share",
  ),
);

/**
 * "38 percent of voters", "Sixty-seven percent", "a majority of Republicans": a share of people, not a body. The share
 * word heads the phrase: "a third source" is a source.
 */
export function isShare(tokens: Token[], subject: Subject): boolean {
  const { start, end } = subject.name;
  // "Nine in 10 voters", "six out of 10": a ratio of respondents (the subject may have stopped at "in").
  if (isCount(tokens[start])) {
    let j = start + 1;
    if (lower(tokens[j]) === "out" && lower(tokens[j + 1]) === "of") j += 2;
    else if (lower(tokens[j]) === "in") j += 1;
    if (j > start + 1 && isCount(tokens[j])) return true;
  }
  for (let j = start; j < end; j++) {
    const word = lower(tokens[j]);
    if (word === "of") break;
    if (SHARE_WORDS.has(word) && (j === end - 1 || lower(tokens[j + 1]) === "of")) return true;
  }
  return false;
}

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "NUM" || /^\d+$/.test(t.text));
}

/** The poll a sentence names ("in a CNN/ORC poll", "according to a Gallup survey"), else the one named last. */
export function pollOfSentence(text: string, tokens: Token[], registry: SourceRegistry): SourceRef | null {
  for (let k = 0; k < tokens.length - 1; k++) {
    const word = lower(tokens[k]);
    const from = word === "in" ? k + 1 : word === "according" && lower(tokens[k + 1]) === "to" ? k + 2 : -1;
    if (from < 0) continue;
    const subject = subjectAfter(tokens, from);
    if (!subject) continue;
    let end = subject.name.end;
    while (end > subject.name.start && !POLL_NOUNS.has(lower(tokens[end - 1]))) end--;
    if (end === subject.name.start) continue;
    // "a CNN/ORC International Poll": a poll with a capitalized name of its own.
    let first = subject.name.start;
    while (first < end - 1 && !isCap(tokens[first])) first++;
    if (isCap(tokens[end - 1]) && first < end - 1) {
      const name = text.slice(tokens[first].start, tokens[end - 1].end);
      return registerSource(registry, { name, kind: "poll", affiliation: null, scope: "global" });
    }
    const poll = resolveSubject(
      text,
      tokens,
      { ...subject, name: { start: subject.name.start, end } },
      registry,
      false,
    );
    if (poll?.kind === "poll") return poll;
  }
  // The poll named last, its own name as the alias (a share is no name of it).
  return findRecent(registry, (s) => s.kind === "poll", "");
}

export function pollCue(text: string, tokens: Token[], i: number, registry: SourceRegistry): CueMatch | null {
  const subject = subjectAfter(tokens, i + 1);
  if (!subject || !isPaper(tokens, subject)) return null;
  const last = lower(tokens[subject.name.end - 1]);
  if (!POLL_NOUNS.has(last)) return null;
  const source = resolveSubject(text, tokens, subject, registry, false);
  if (source?.kind !== "poll") return null;
  return { source, first: i, last: i, scope: -1, trailing: false, frame: frameOf(subject, i, i) };
}

export function colonCue(
  text: string,
  tokens: Token[],
  i: number,
  registry: SourceRegistry,
  nameEnd = i,
): CueMatch | null {
  const words = tokens.slice(0, nameEnd);
  const paper = nameEnd === 1 && (isPaperNoun(words[0], true) || lower(words[0]) === "report");
  // One word before the colon is a speaker only when it is a surname named in full elsewhere or an acronym
  // ("Gingrich:", "UN:"), never a label ("The Latest:", "Name:").
  if (nameEnd === 1 && !paper && !/^[A-Z]{2,6}$/.test(words[0].text) && !personNameFor(registry, words[0].text))
    return null;
  if (!paper && !words.every((w) => w.pos === "PROPN" || (/^\p{Lu}/u.test(w.text) && w.pos !== "PRON"))) return null;
  if (!tokens[i + 1] || !/^\p{Lu}|^[“"‘']/u.test(tokens[i + 1].text)) return null;
  const subject: Subject = { name: { start: 0, end: nameEnd }, appositive: null, start: 0 };
  const source = resolveSubject(text, tokens, subject, registry, false, true);
  if (!source) return null;
  return { source, first: i, last: i, scope: -1, trailing: false, frame: { start: 0, end: i + 1 } };
}

export function quotedNameColonCue(
  text: string,
  tokens: Token[],
  i: number,
  registry: SourceRegistry,
): CueMatch | null {
  if (!tokens[i + 1] || !/^[“"]/u.test(tokens[i + 1].text)) return null;
  let start = i;
  // "- Mark Blumenthal and Jon Cohen:": two names joined by "and".
  const joins = (k: number) => lower(tokens[k]) === "and" && k > 0 && isCap(tokens[k - 1]) && isCap(tokens[k + 1]);
  while (
    start > 0 &&
    i - start < 8 &&
    (tokens[start - 1].pos === "PROPN" || isCap(tokens[start - 1]) || joins(start - 1))
  )
    start--;
  // Two words at least ("Philip Bump"), and nothing but a dash or a stop before them: not the end of a clause.
  // One word will do after a dash ("... - HuffPollster: “...”").
  const dash = start > 0 && /^[-–—]$/.test(tokens[start - 1].text);
  if ((i - start < 2 && !dash) || (start > 0 && !/^[-–—.:;]$/.test(tokens[start - 1].text) && !moreFrom(tokens, start)))
    return null;
  const subject: Subject = { name: { start, end: i }, appositive: null, start };
  const source = resolveSubject(text, tokens, subject, registry, false, true);
  if (!source || source.kind === "unattributed") return null;
  return { source, first: i, last: i, scope: -1, trailing: false, frame: { start, end: i + 1 } };
}

/** "... -More from Blumenthal and Cohen: “...”": a roundup's label for a second excerpt by the same writers. */
function moreFrom(tokens: Token[], start: number): boolean {
  if (start < 2 || lower(tokens[start - 1]) !== "from" || lower(tokens[start - 2]) !== "more") return false;
  return start === 2 || /^[-–—.:;]$/.test(tokens[start - 3].text);
}

/** Verbs a poll or a document reports with: "the poll found", "records show", "data suggest". */
export const PAPER_LEMMAS = new Set(
  words("find show reveal suggest indicate estimate report say put project predict forecast calculate conclude note"),
);

/** True when the subject's last word is a poll or document noun ("records", "Gallup poll"). */
export function isPaper(tokens: Token[], subject: Subject): boolean {
  const end = subject.name.end;
  return isPaperFromBody(tokens, subject) || isPaperNoun(tokens[end - 1], end - 1 === 0);
}

/**
 * "Data from Nielsen", "a tally by the Associated Press": the body after "from" or "by" a poll, document or carrier
 * noun is the subject's source (the verb reports for the body, not the noun).
 */
export function isPaperFromBody(tokens: Token[], subject: Subject): boolean {
  return paperHeadEnd(tokens, subject) < subject.name.end;
}

/** End of the subject's head noun: before "from" / "by" when a poll, document or carrier noun precedes it. */
function paperHeadEnd(tokens: Token[], subject: Subject): number {
  const { start, end } = subject.name;
  for (let k = start + 1; k < end - 1; k++) {
    const word = lower(tokens[k]);
    if (
      (word === "from" || word === "by") &&
      (isPaperNoun(tokens[k - 1], k - 1 === 0) || isCarrierOrSpeaker(tokens[k - 1]))
    )
      return k;
  }
  return end;
}

/** "The report published Tuesday showed", "aides familiar with the plan say": a carrier of words or a speaker noun. */
function isCarrierOrSpeaker(t: Token): boolean {
  return t.text === t.text.toLowerCase() && (CARRIER_NOUNS.has(t.text) || SOURCE_NOUNS.has(t.text));
}

export function isPaperNoun(t: Token, first = false): boolean {
  const word = t.text.toLowerCase();
  return (
    (POLL_NOUNS.has(word) || DOCUMENT_NOUNS.has(word)) && (first || t.text === word || NAMED_POLL_HEADS.has(t.text))
  );
}

/**
 * A poll or document subject with a participle after it, which the noun-phrase run stops at: "A Des Moines Register
 * poll released Saturday found", "Exit polls taken in South Carolina found", "A Monmouth poll out Monday showed".
 * Looks left from the verb, inside the clause, for the nearest poll or document noun and reads its phrase.
 */
export function paperSubjectBefore(tokens: Token[], verb: number): Subject | null {
  for (let j = verb - 1; j >= 0 && j >= verb - 16; j--) {
    const t = tokens[j];
    // "The company plans to say more": an infinitive is no report.
    if (
      (t.pos === "PUNCT" && t.text !== "/" && t.text !== "-") ||
      t.pos === "SCONJ" ||
      lower(t) === "that" ||
      (lower(t) === "to" && t.pos === "PART")
    )
      return null;
    const paper = isPaperNoun(t, j === 0) || isCarrierOrSpeaker(t);
    if (!paper && (t.pos === "VERB" || t.pos === "AUX") && !/(?:ed|en|wn)$/.test(lower(t))) return null;
    if (!paper) continue;
    let start = j;
    // "Early results of the exit polls conducted by Edison show": an of-phrase keeps the noun phrase going.
    while (start > 0 && j - start < 12 && (npAt(tokens, start - 1) || isPaperNoun(tokens[start - 1], start === 1))) {
      if (tokens[start - 1].pos === "ADP" && lower(tokens[start - 1]) !== "of") break;
      start--;
    }
    const before = tokens[start - 1];
    if (before && !/^(?:PUNCT|SCONJ|CCONJ|ADV)$/.test(before.pos) && lower(before) !== "that") return null;
    // "A 2019 estimate by the Tax Policy Center projected": the agent after "by" is part of the subject.
    // "Data from Nielsen show", "Figures from comScore show": so is the body after "from"../.
    const body = lower(tokens[j + 1]) === "by" || lower(tokens[j + 1]) === "from";
    const end = body && (tokens[verb - 1].pos === "PROPN" || isCap(tokens[verb - 1])) ? verb : j + 1;
    return { name: { start, end }, appositive: null, start };
  }
  return null;
}

/**
 * "By the AP's tally,": "by", a name's possessive, a tally noun and a comma, opening the sentence or a clause; or an
 * unnamed estimate ("By some estimates, ...", "..., by one estimate.") opening or closing it.
 */
export function byTally(tokens: Token[], i: number): boolean {
  if (i > 0 && tokens[i - 1].pos !== "PUNCT" && tokens[i - 1].pos !== "CCONJ") return false;
  const unnamed = UNNAMED_TALLY_DETERMINERS.has(lower(tokens[i + 1]));
  let possessive = false;
  for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
    const w = lower(tokens[j]);
    if (w === "’s" || w === "'s") possessive = true;
    else if (TALLY_NOUNS.has(w)) {
      const next = tokens[j + 1]?.text;
      if (possessive) return next === ",";
      return (
        unnamed && j === i + 2 && w !== "measure" && (next === "," || ((next === "." || next === undefined) && i > 0))
      );
    } else if (!npAt(tokens, j)) return false;
  }
  return false;
}

/**
 * "has Clinton leading Trump", "has her ahead by 8 points": after the verb at `i`, a short name or pronoun and a word
 * of standing.
 */
export function standingFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    if (STANDINGS.has(lower(tokens[j]))) return j > i + 1;
    if (!(tokens[j].pos === "PROPN" || (tokens[j].pos === "PRON" && j === i + 1))) return false;
  }
  return false;
}

/** "Under Missouri law,", "Under the new regulation that ...": a noun phrase headed by a rule after "under". */
export function ruleFollows(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i <= 8 && npAt(tokens, j) && !RULE_NOUNS.has(lower(tokens[j]))) j++;
  return j < tokens.length && RULE_NOUNS.has(lower(tokens[j])) && !npAt(tokens, j + 1);
}
