/**
 * One cue at one token: is `tokens[i]` a reporting cue here, and who is its source? Everything that makes a
 * lexicon word a cue in context lives here: nouns ("the report"), passives ("was found guilty"), clauses a weak verb
 * needs ("found that"), participles ("..., saying"), inverted subjects ("said John Smith").
 */

import {
  CONDITIONAL_CUES,
  CONDITIONAL_FORMS,
  FIGURE_APPROXIMATORS,
  FIGURE_PLACING_VERBS,
  FIGURE_PREPOSITIONS,
  PASSIVE_CUES,
  QUOTE_OPENING_FORMS,
  QUOTING_FORMS,
  REPORTING_FORMS,
  SPEECH_VERB_LEMMAS,
  STANCE_CLAUSE_LEMMAS,
} from "../lexicon/attribution.ts";
import { CARRIER_NOUNS } from "../lexicon/attribution-sources.ts";
import type { Token } from "../tokens/segment.ts";
import { subjectAfter } from "./forward.ts";
import {
  byTally,
  colonCue,
  isPaper,
  isPaperNoun,
  isShare,
  PAPER_LEMMAS,
  paperSubjectBefore,
  pollCue,
  pollOfSentence,
  quotedNameColonCue,
  ruleFollows,
  standingFollows,
} from "./paper.ts";
import { CLOSING_MARKS } from "./quotes.ts";
import { subjectsFor } from "./readings.ts";
import { toldFrameLast } from "./recipient.ts";
import { frameOf, npAt, type Run, SUBJECT_PRONOUNS, type Subject, subjectBefore } from "./runs.ts";
import { resolveSubject } from "./source.ts";
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
  /**
   * Where the attributed stretch ends when it is a relative clause ("Clinton, who announced a $275 billion plan on
   * Monday, plans to ..."): the index of the closing comma; what follows is the document's again.
   */
  until?: number;
}

/** "The current AP count gives her 1,280 pledged delegates": a standing given as a figure to a candidate. */
function countGiven(tokens: Token[], i: number): boolean {
  const word = lower(tokens[i]);
  if (word !== "gives" && word !== "gave") return false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && (tokens[j].pos === "PROPN" || tokens[j].pos === "PRON")) j++;
  while (j < tokens.length && FIGURE_APPROXIMATORS.has(lower(tokens[j]))) j++;
  return j > i + 1 && tokens[j]?.pos === "NUM";
}

/** "The poll has Clinton leading": verbs a poll or document states a standing with. */
const STANDING_VERBS = new Set(["has", "had", "have", "puts", "put", "shows", "showed", "gives", "gave"]);

/** Every lower-cased word a cue can start with: the rules of {@link cueAt} each test one of these first. */
const CUE_STARTS: ReadonlySet<string> = new Set([
  "according",
  "citing",
  "in",
  ":",
  "under",
  "by",
  ...STANDING_VERBS,
  ...PASSIVE_CUES,
  ...REPORTING_FORMS.keys(),
  ...QUOTING_FORMS.keys(),
  ...QUOTE_OPENING_FORMS.keys(),
  ...CONDITIONAL_FORMS.keys(),
]);

/** Verbs that make "it" a speaker ("It said"); "it suggests" is the document reasoning. */
const SPEECH_LEMMAS = new Set(["say", "tell", "announce", "add", "state", "report", "confirm", "deny", "declare"]);
/** Weak verbs that report only with a content clause: "found that", not "found a shotgun". */
const CLAUSE_LEMMAS = new Set(["find", "show", "reveal", "document", "add", "state"]);
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
/** Words that count a plural noun: "several states", "many reports" ("Many say" is still the verb: say/tell). */
const COUNTING_WORDS = new Set(["dozen", "dozens", "several", "many", "few", "other", "both", "various", "multiple"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : "";
}

function clauseFollows(tokens: Token[], i: number, within: number): boolean {
  for (let j = i + 1; j <= i + within && j < tokens.length; j++) if (CLAUSE_OPENERS.has(lower(tokens[j]))) return true;
  return false;
}

/**
 * "found the city paid 40 contractors twice": a content clause without "that" — a short noun phrase, then a finite
 * verb with an object or a complement ("found the car parked outside" is an object and its participle).
 */
function zeroThatClause(tokens: Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !/^(?:DET|PROPN|NOUN|NUM|PRON)$/.test(first.pos)) return false;
  if (first.pos === "PRON" && !SUBJECT_PRONOUNS.has(lower(first))) return false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 6 && tokens[j].pos !== "VERB" && tokens[j].pos !== "AUX") {
    // "added 14 points and Joe Trapani had 12": a coordination, not a content clause.
    if (!npAt(tokens, j) || tokens[j].pos === "CCONJ") return false;
    j++;
  }
  const verb = tokens[j];
  if (!verb || j === i + 1 || (verb.pos !== "VERB" && verb.pos !== "AUX") || lower(verb).endsWith("ing")) return false;
  const after = tokens[j + 1];
  return verb.pos === "AUX" || (after !== undefined && !/^(?:ADP|ADV|PUNCT|PART)$/.test(after.pos));
}

/** A lexicon word used as a noun ("the report", "reports from", "state police") is no cue. */
function looksLikeNoun(tokens: Token[], i: number, lemma: string): boolean {
  if (DETERMINER_BEFORE.has(lower(tokens[i - 1]))) return true;
  // "the actor says of the race": "say" and "tell" have no noun reading before "of".
  if (lemma === "say" || lemma === "tell") return false;
  // "in those three states", "the dozen states that held primaries", "several reports": a counted -s form is a noun.
  const counted = tokens[i - 1]?.pos === "NUM" || COUNTING_WORDS.has(lower(tokens[i - 1]));
  if (counted && lower(tokens[i]) === `${lemma}s`) return true;
  // "He calls for $1 trillion", "she reports from Kabul": after a subject pronoun it is the verb.
  if (i > 0 && SUBJECT_PRONOUNS.has(lower(tokens[i - 1])) && lower(tokens[i - 1]) !== "it") return false;
  const word = lower(tokens[i]);
  // "Bloomberg estimates Mr. Kamprad's fortune at": a name at the clause start, then the -s form, is a verb.
  const prev = tokens[i - 1];
  const follower = NOUN_FOLLOWERS.has(lower(tokens[i + 1]));
  if (
    prev?.pos === "PROPN" &&
    !follower &&
    word === `${lemma}s` &&
    (i === 1 || /^(?:PUNCT|SCONJ|CCONJ)$/.test(tokens[i - 2].pos))
  )
    return false;
  // "Polls show Clinton up", "records show": after a plural poll or document noun it is the verb.
  if (i > 0 && isPaperNoun(tokens[i - 1], i === 1) && /s$/.test(tokens[i - 1].text) && word === lemma) return false;
  // Only the bare and -s forms double as nouns ("reports from", "claims of"); "said on Tuesday" is a verb.
  if (word !== lemma && word !== `${lemma}s`) return false;
  // "the secretary of state earned", "a count of ballots": a bare form right after a preposition is its object.
  if (word === lemma && prev?.pos === "ADP" && lower(prev) !== "to") return true;
  // "... and the rest of the injury report" (a headline): a bare form ending the sentence right after a noun is that
  // noun's compound, unless its noun phrase opens a clause after a comma or a quotation ("Prices rose, analysts report").
  if (word === lemma && prev?.pos === "NOUN" && tokens.slice(i + 1).every((x) => x.pos === "PUNCT")) {
    let k = i - 1;
    while (k >= 0 && PHRASE_POS.has(tokens[k].pos)) k--;
    if (k >= 0 && !CLAUSE_BREAKS.has(tokens[k].text)) return true;
  }
  const next = tokens[i + 1];
  // "the 10-year Treasury note fell to 1.45 percent": a noun reading right before a finite verb is that verb's subject.
  if (tokens[i].pos === "NOUN" && next?.pos === "VERB" && !lower(next).endsWith("ing")) return true;
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
  // Headline passives drop the auxiliary: "Peter Capaldi announced as the new Doctor" ("said as he closed" is a
  // clause after the verb).
  const headline = lower(tokens[i + 1]) === "as" && tokens[i + 2]?.pos !== "PRON";
  return participle && ((j >= 0 && BE_FORMS.has(lower(tokens[j]))) || headline);
}

/** "X reported." / "X reports that": a named reporter of news is an outlet, not "Microsoft reported a loss". */
function reportsNews(tokens: Token[], i: number, lemma: string | undefined): boolean {
  if (lemma !== "report") return false;
  const next = tokens[i + 1];
  return !next || next.pos === "PUNCT" || lower(next) === "that";
}

/**
 * "Salceda, citing data from the State Department, said that ...": a participle phrase between commas before a
 * reporting verb; the verb's subject is the speaker, what is cited is not.
 */
function interjectionBeforeVerb(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ",") return false;
  for (let j = i + 1; j < tokens.length && j - i <= 16; j++) {
    if (tokens[j].text !== ",") continue;
    let k = j + 1;
    while (k < tokens.length && tokens[k].pos === "ADV") k++;
    return tokens[k] !== undefined && REPORTING_FORMS.has(lower(tokens[k]));
  }
  return false;
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
  // Most tokens start no cue: one lookup instead of every rule's (this runs for every unquoted token).
  if (!CUE_STARTS.has(word)) return null;
  if (word === "according" && lower(tokens[i + 1]) === "to") return agentCue(text, tokens, i, i + 2, registry);
  if (word === "citing" && i > 0 && !interjectionBeforeVerb(tokens, i))
    return agentCue(text, tokens, i, i + 1, registry);
  // "In a CNN poll last month, Clinton led by 24 points", "... near 10 percent in New Hampshire surveys."
  if (word === "in") return pollCue(text, tokens, i, registry);
  // "Gingrich: Trump Must Decide ...", "Poll: Trump ties Clinton": a headline or transcript speaker.
  if (t.text === ":" && i > 0 && i <= 4) return colonCue(text, tokens, i, registry);
  // "... turnout since 1996 - Jeffrey M. Jones: “Gallup's analysis finds ...”": a name after a dash or a full stop,
  // then a colon that opens a quotation.
  if (t.text === ":" && i > 4) return quotedNameColonCue(text, tokens, i, registry);
  // "Under Missouri law, candidates trailing by less than 0.5 percent have the right to a recount": the rule's.
  if (word === "under" && i === 0 && ruleFollows(tokens, i)) return agentCue(text, tokens, i, i + 1, registry);
  // "By the Associated Press's tally, he now has 739": a possessor's tally opening the sentence.
  if (word === "by" && byTally(tokens, i)) return agentCue(text, tokens, i, i + 1, registry);
  // "Wednesday's Quinnipiac poll has Clinton leading Trump by just six points": a poll or document has someone standing.
  if (STANDING_VERBS.has(word) && (standingFollows(tokens, i) || countGiven(tokens, i))) {
    const subject = subjectBefore(tokens, i);
    const source = subject && isPaper(tokens, subject) && resolveSubject(text, tokens, subject, registry, false);
    if (subject && source) return verbCue(tokens, i, { subject, before: true }, source);
  }
  if (t.pos === "PUNCT" || i === 0 || (t.text !== word && !headlineVerb(tokens, i, word))) return null;
  if (PASSIVE_CUES.has(word) && lower(tokens[i + 1]) === "by") {
    const match = agentCue(text, tokens, i, i + 2, registry);
    // "This campaign, described by Time as ..., decimated ...": the frame sits inside what is claimed.
    return match ? { ...match, last: i, frame: null } : null;
  }
  const quoting = REPORTING_FORMS.has(word) ? undefined : quotingLemma(word);
  const lemma = REPORTING_FORMS.get(word) ?? (quoting && afterQuotation(tokens, i) ? quoting : undefined);
  const conditional = lemma ? undefined : CONDITIONAL_FORMS.get(word);
  if (!lemma && !(conditional && CONDITIONAL_CUES.get(conditional) && hasObject(tokens, i, conditional))) return null;
  if (looksLikeNoun(tokens, i, lemma ?? conditional ?? "") || isPassive(tokens, i)) return null;
  // "Various news reports late last week": a carrier noun compounded with the noun before it, no clause after.
  const before = tokens[i - 1];
  const object = tokens[i + 1] && /^(?:DET|PRON|PROPN|NUM|PUNCT|SCONJ)$/.test(tokens[i + 1].pos);
  if (CARRIER_NOUNS.has(word) && word === `${lemma}s` && before.pos === "NOUN" && !object) return null;
  // "..., the study found." ends the sentence: the clause is what precedes. A poll or a document needs no clause:
  // "The poll showed Trump leading".
  // "“It was 50 percent more,” Trump added to People.": after a quotation the quotation is the clause.
  const needsClause =
    lemma !== undefined &&
    CLAUSE_LEMMAS.has(lemma) &&
    !afterQuotation(tokens, i) &&
    !clauseFollows(tokens, i, 3) &&
    !zeroThatClause(tokens, i) &&
    !/^[,.]$/.test(lower(tokens[i + 1]));
  const gerund = word.endsWith("ing") && lemma !== "say" && lemma !== "tell" && !isProgressive(tokens, i);
  if (gerund && !clauseFollows(tokens, i, 2)) return null;
  // "Gupta has not commented", "she never said": a denied utterance attributes nothing.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NEGATIONS.has(lower(tokens[j]))) return null;
  const paper = lemma !== undefined && PAPER_LEMMAS.has(lemma) ? paperSubjectBefore(tokens, i) : null;
  const stanceWithClause =
    STANCE_CLAUSE_LEMMAS.has(lemma ?? "") && (clauseFollows(tokens, i, 2) || zeroThatClause(tokens, i));
  // "The candidate pointed out that", "the group expressed concern that": a conditional cue with its object and a
  // content clause takes any noun phrase as its source ("The decision raised questions about" does not).
  const conditionalWithClause = conditional !== undefined && clauseFollows(tokens, i, 4);
  const readings = subjectsFor(tokens, i);
  if (paper) readings.push({ subject: paper, before: true });
  for (const located of readings) {
    // "38 percent of voters said": a share of respondents speaks for the poll that asked them, never for itself.
    if (isShare(tokens, located.subject)) {
      const poll = pollOfSentence(text, tokens, registry);
      if (poll) return verbCue(tokens, i, located, poll);
      continue;
    }
    const head = tokens[located.subject.name.start];
    if (lower(head) === "it" && !SPEECH_LEMMAS.has(lemma ?? "")) continue;
    // "TMZ reports that": one bare name reporting news is an outlet; "Michael Silverman reports that" is a person.
    const { start: nameStart, end: nameEnd } = located.subject.name;
    const bareName = tokens.slice(nameStart, nameEnd).filter((x) => /^\p{Lu}/u.test(x.text)).length <= 1;
    const news = bareName && reportsNews(tokens, i, lemma);
    const speech = SPEECH_VERB_LEMMAS.has(lemma ?? "") || stanceWithClause || conditionalWithClause;
    if (needsClause && !isPaper(tokens, located.subject)) continue;
    const source = resolveSubject(text, tokens, located.subject, registry, news, speech);
    const paperKind = source?.kind === "poll" || source?.kind === "document";
    if (source && (!needsClause || paperKind || isPaper(tokens, located.subject))) {
      const match = verbCue(tokens, i, located, source);
      if (!isRelative(tokens, located.subject)) return match;
      // The relative clause ends at the next comma outside any parenthesis; with none, at the sentence end.
      let until = -1;
      for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].text === "," || tokens[j].text === ";") {
          until = j;
          break;
        }
      return { ...match, trailing: false, frame: null, until: until > 0 ? until : undefined };
    }
  }
  return null;
}

/** The parts of speech of a noun phrase, and the marks before one that open a clause of its own. */
const PHRASE_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "”", '"', "’", "'", "—", "–", "-", "("]);

/** Forms of "be" that make an -ing form a finite verb: "officials are expecting", "she is proposing". */
const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "am", "'re", "’re", "'m", "’m", "been"]);

/** "Florida officials are expecting 4 million voters": a progressive reports like the simple form. */
function isProgressive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && tokens[j].pos === "ADV") j--;
  return j > 0 && PROGRESSIVE_BE.has(lower(tokens[j]));
}

/**
 * "Trump Said The 11 Words Everyone Was Thinking", "Police Say 3 Dead": in a title-case headline a capitalized
 * reporting verb is still the verb. Title case: at least four words, all but function words capitalized.
 */
function headlineVerb(tokens: Token[], i: number, word: string): boolean {
  if (!REPORTING_FORMS.has(word)) return false;
  const words = tokens.filter((x) => /^\p{L}/u.test(x.text));
  const capitalized = words.filter((x) => /^\p{Lu}/u.test(x.text)).length;
  return words.length >= 4 && capitalized >= words.length - 1 && tokens[i - 1].pos !== "DET";
}

function quotingLemma(word: string): string | undefined {
  return QUOTING_FORMS.get(word) ?? QUOTE_OPENING_FORMS.get(word);
}

/** "“...,” Trump asked.", "“...?” asked Trump": the verb follows a closed quotation and at most a short subject. */
function afterQuotation(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && (npAt(tokens, j) || SUBJECT_PRONOUNS.has(lower(tokens[j])))) j--;
  if (j >= 1 && tokens[j].text === ",") j--;
  return j >= 0 && CLOSING_MARKS.has(tokens[j].text) && (tokens[j].text !== "'" || tokens[j - 1]?.text === "'");
}

function isRelative(tokens: Token[], subject: Subject): boolean {
  const word = lower(tokens[subject.start]);
  return (word === "who" || word === "which") && subject.start >= subject.name.end;
}

function verbCue(
  tokens: Token[],
  i: number,
  located: { subject: Subject; before: boolean },
  source: SourceRef,
): CueMatch {
  const opener = tokens[located.subject.start - 1];
  const trailing = !located.before || (opener !== undefined && (opener.text === "," || CLOSING_MARKS.has(opener.text)));
  // "Heller told LA Superior Court Judge James R. Dabney that ...": who was told is frame, not what was said.
  const frame = frameOf(located.subject, i, located.before ? toldFrameLast(tokens, i) : i);
  return { source, first: i, last: i, scope: located.before ? located.subject.start : -1, trailing, frame };
}

const PARTICLES = new Set(["out", "to", "for"]);

function hasObject(tokens: Token[], i: number, lemma: string): boolean {
  const wanted = CONDITIONAL_CUES.get(lemma);
  if (!wanted) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    if (!wanted.has(lower(tokens[j]))) continue;
    // "pointed out", "pointed to": a particle follows the verb (an adverb between), "points, according to" is none.
    if (!PARTICLES.has(lower(tokens[j])) || j === i + 1 || (j === i + 2 && tokens[i + 1].pos === "ADV")) return true;
  }
  // "Forbes put his net worth at $45 billion", "the poll puts her approval during the first four months at a solid 49.5
  // percent", "Forbes lists the Kochs with $40 billion each": an estimate's figure after a preposition.
  if (FIGURE_PLACING_VERBS.has(lemma)) {
    for (let j = i + 2; j < Math.min(tokens.length - 1, i + 18); j++) {
      if (tokens[j].pos === "PUNCT" && tokens[j].text !== "’s" && tokens[j].text !== "'s") return false;
      if (!FIGURE_PREPOSITIONS.has(lower(tokens[j]))) continue;
      for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
        if (/^(?:NUM|SYM)$/.test(tokens[k].pos)) return true;
        if (!/^(?:DET|ADJ|ADV)$/.test(tokens[k].pos) && !FIGURE_APPROXIMATORS.has(lower(tokens[k]))) break;
      }
    }
  }
  return false;
}
