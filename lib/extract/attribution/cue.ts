/**
 * One cue at one token: is `tokens[i]` a reporting cue here, and who is its source? The rules that make a lexicon
 * word a cue in context: "according to", "citing", polls and rules, participles ("..., saying"), inverted subjects
 * ("said John Smith"), shares of respondents; how the word reads (a noun, a passive, a clause it needs) is asked of
 * verb-reading.ts.
 */

import {
  ASSERTION_NOUNS,
  CONDITIONAL_CUES,
  CONDITIONAL_FORMS,
  FIGURE_APPROXIMATORS,
  OWNED_REPORT_NOUNS,
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
import { lower } from "./names.ts";
import { ownedAssertionCue } from "./owned-assertion.ts";
import {
  byTally,
  colonCue,
  isPaper,
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
import { issuingVerbBefore, objectRelative, subjectsFor } from "./readings.ts";
import { toldFrameLast } from "./recipient.ts";
import { frameOf, npAt, type Run, SUBJECT_PRONOUNS, type Subject, subjectBefore } from "./runs.ts";
import { resolveSubject } from "./source.ts";
import type { SourceRef, SourceRegistry } from "./sources.ts";
import {
  clauseFollows,
  hasObject,
  headlineVerb,
  isPassive,
  isProgressive,
  looksLikeNoun,
  zeroThatClause,
} from "./verb-reading.ts";

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
  /** Token range [start, end) of the source words alone (the subject and its appositive), when read from a subject. */
  words?: Run;
  /**
   * Where the attributed stretch ends when it is a relative clause ("Clinton, who announced a $275 billion plan on
   * Monday, plans to ..."): the index of the closing comma; what follows is the document's again.
   */
  until?: number;
}

/**
 * "..., claiming the move would cost $600,000 a day": a verb of saying, as an -ing form after a comma, "by" or "as" or
 * after an issued statement, takes a content clause without "that" too. Not a verb of a held view (ECB+ "..., believing he had
 * no sincere interest" is no cue), nor without the comma ("the group seeking a breakout performance were ...").
 */
function bareClauseGerund(tokens: Token[], i: number, lemma: string | undefined): boolean {
  // "The bank ended its meeting by announcing it would expand purchases", "quoted a witness as saying he saw".
  const opener = /^(?:,|by|as)$/.test(tokens[i - 1]?.text ?? "");
  if (lemma === undefined || (!opener && issuingVerbBefore(tokens, i) < 0)) return false;
  return SPEECH_VERB_LEMMAS.has(lemma) && zeroThatClause(tokens, i);
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
const HAVE_FORMS = new Set(["has", "had", "have"]);

/** Every lower-cased word a cue can start with: the rules of {@link cueAt} each test one of these first. */
const CUE_STARTS: ReadonlySet<string> = new Set([
  "according",
  "citing",
  "in",
  ":",
  "):",
  "under",
  "by",
  ...STANDING_VERBS,
  ...ASSERTION_NOUNS,
  ...OWNED_REPORT_NOUNS,
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
  const subject = subjectAfter(tokens, authorOfQuotedTitle(tokens, from) ?? from);
  const source = subject && resolveSubject(text, tokens, subject, registry, false);
  if (!subject || !source) return null;
  const frame = frameOf(subject, i, from - 1);
  return { source, first: i, last: from - 1, scope: -1, trailing: false, frame, words: wordsOf(subject) };
}

/** Words a quoted title may run to before its closing mark. */
const TITLE_WORDS = 20;

/**
 * "according to “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard” by George Anders": where a
 * quoted title opens at `from` and "by" and a name follow its closing mark, the name's index (the author is the
 * source); else null.
 */
function authorOfQuotedTitle(tokens: Token[], from: number): number | null {
  const open = tokens[from]?.text;
  if (open !== '"' && open !== "“" && open !== "''" && open !== "``") return null;
  for (let j = from + 2; j < tokens.length && j <= from + TITLE_WORDS; j++) {
    if (!CLOSING_MARKS.has(tokens[j].text) && tokens[j].text !== "''") continue;
    return lower(tokens[j + 1]) === "by" && tokens[j + 2]?.pos === "PROPN" ? j + 2 : null;
  }
  return null;
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
  // "Despite Mr. Trump's claims that his net worth exceeds $10 billion, ...": the owner asserts the clause.
  const owned =
    ASSERTION_NOUNS.has(word) || OWNED_REPORT_NOUNS.has(word) ? ownedAssertionCue(text, tokens, i, registry) : null;
  if (owned) return owned;
  if (word === "according" && lower(tokens[i + 1]) === "to") return agentCue(text, tokens, i, i + 2, registry);
  if (word === "citing" && i > 0 && !interjectionBeforeVerb(tokens, i))
    return agentCue(text, tokens, i, i + 1, registry);
  // "In a CNN poll last month, Clinton led by 24 points", "... near 10 percent in New Hampshire surveys."
  if (word === "in") return pollCue(text, tokens, i, registry);
  // "Gingrich: Trump Must Decide ...", "Poll: Trump ties Clinton": a headline or transcript speaker.
  if (t.text === ":" && i > 0 && i <= 4) return colonCue(text, tokens, i, registry);
  // "Rep. Trey Gowdy (R-S.C.): Who told you ...": a transcript speaker with a party label (wink may keep the colon
  // on the closing parenthesis).
  const labelClose = t.text === "):" ? i : t.text === ":" && tokens[i - 1]?.text === ")" ? i - 1 : -1;
  if (labelClose > 0) {
    const open = tokens.findIndex((x, k) => x.text === "(" && k < labelClose && labelClose - k <= 8);
    if (open > 0 && open <= 4) return colonCue(text, tokens, i, registry, open);
  }
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
  // "Reports have it that angry demonstrators threw stones": the idiom says what its subject reports.
  if (HAVE_FORMS.has(word) && lower(tokens[i + 1]) === "it" && lower(tokens[i + 2]) === "that") {
    const subject = subjectBefore(tokens, i);
    const source = subject && resolveSubject(text, tokens, subject, registry, false);
    if (subject && source) {
      const match = verbCue(tokens, i, { subject, before: true }, source);
      return { ...match, last: i + 1, frame: match.frame && { ...match.frame, end: i + 2 } };
    }
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
  if (gerund && !clauseFollows(tokens, i, 2) && !bareClauseGerund(tokens, i, lemma)) return null;
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
    // "The report, which Mr. Trump cited, showed ...": the verb's object is the relative pronoun before its subject,
    // so it reports nothing after it.
    if (located.before && objectRelative(tokens, located.subject.start, i)) continue;
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
      // "..., which notes, “...”": a comma right after the verb opens what it reports.
      let until = -1;
      for (let j = tokens[i + 1]?.text === "," ? i + 2 : i + 1; j < tokens.length; j++)
        if (tokens[j].text === "," || tokens[j].text === ";") {
          until = j;
          break;
        }
      return { ...match, trailing: false, frame: null, until: until > 0 ? until : undefined };
    }
  }
  return null;
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

export function verbCue(
  tokens: Token[],
  i: number,
  located: { subject: Subject; before: boolean },
  source: SourceRef,
): CueMatch {
  const opener = tokens[located.subject.start - 1];
  const trailing = !located.before || (opener !== undefined && (opener.text === "," || CLOSING_MARKS.has(opener.text)));
  // "Heller told LA Superior Court Judge James R. Dabney that ...": who was told is frame, not what was said.
  const frame = frameOf(located.subject, i, located.before ? toldFrameLast(tokens, i) : i);
  const scope = located.before ? located.subject.start : -1;
  return { source, first: i, last: i, scope, trailing, frame, words: wordsOf(located.subject) };
}

function wordsOf(subject: Subject): Run {
  const { name, appositive } = subject;
  return {
    start: Math.min(name.start, appositive?.start ?? name.start),
    end: Math.max(name.end, appositive?.end ?? 0),
  };
}
