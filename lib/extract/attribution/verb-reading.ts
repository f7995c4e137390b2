/**
 * Is a lexicon word a verb here, and does it have what a reporting verb needs? The readings {@link cueAt} (cue.ts)
 * asks of one token: a noun use ("the report", "in those three states"), a passive ("was found guilty"), a progressive,
 * a title-case headline verb, a content clause ("found that", "found the city paid"), an object a conditional cue
 * needs ("pointed out", "put his net worth at").
 */

import {
  CONDITIONAL_CUES,
  FIGURE_APPROXIMATORS,
  FIGURE_PLACING_VERBS,
  FIGURE_PREPOSITIONS,
  LEADING_ADJECTIVES,
  REPORTING_FORMS,
} from "../lexicon/attribution.ts";
import type { Token } from "../tokens/segment.ts";
import { lower } from "./names.ts";
import { isPaperNoun } from "./paper.ts";
import { npAt, SUBJECT_PRONOUNS } from "./runs.ts";

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
const POSSESSIVE_MARKS = new Set(["'s", "’s"]);

export function clauseFollows(tokens: Token[], i: number, within: number): boolean {
  for (let j = i + 1; j <= i + within && j < tokens.length; j++) if (CLAUSE_OPENERS.has(lower(tokens[j]))) return true;
  return false;
}

/**
 * "found the city paid 40 contractors twice": a content clause without "that" — a short noun phrase, then a finite
 * verb with an object or a complement ("found the car parked outside" is an object and its participle).
 */
export function zeroThatClause(tokens: Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !/^(?:DET|PROPN|NOUN|NUM|PRON)$/.test(first.pos)) return false;
  if (first.pos === "PRON" && !SUBJECT_PRONOUNS.has(lower(first))) return false;
  // "confirming it will cost": a subject pronoun is the whole noun phrase.
  let j = first.pos === "PRON" ? i + 2 : i + 1;
  while (j < tokens.length && j - i <= 6 && tokens[j].pos !== "VERB" && tokens[j].pos !== "AUX") {
    // "added 14 points and Joe Trapani had 12": a coordination, not a content clause.
    if (!npAt(tokens, j) || tokens[j].pos === "CCONJ") return false;
    j++;
  }
  const verb = tokens[j];
  if (!verb || j === i + 1 || (verb.pos !== "VERB" && verb.pos !== "AUX") || lower(verb).endsWith("ing")) return false;
  const after = tokens[j + 1];
  // "showed 40 people died.": a figure's noun phrase and its verb end the clause (an object and its participle would
  // credit the figure to the finder all the same).
  if (first.pos === "NUM" && after?.pos === "PUNCT") return true;
  return verb.pos === "AUX" || (after !== undefined && !/^(?:ADP|ADV|PUNCT|PART)$/.test(after.pos));
}

const RELATIVE_WORDS = new Set(["which", "that", "who", "whom"]);

/** A lexicon word used as a noun ("the report", "reports from", "state police") is no cue. */
export function looksLikeNoun(tokens: Token[], i: number, lemma: string): boolean {
  // "the Chicago Police Department, which reported": after a comma "which" is the relative pronoun, not "which report".
  const relative = lower(tokens[i - 1]) === "which" && tokens[i - 2]?.text === ",";
  if (relativeThat(tokens, i, lemma)) return false;
  if (DETERMINER_BEFORE.has(lower(tokens[i - 1])) && !relative) return true;
  // "News reports said", "Police reports showed": an -s form after a modifier, right before a finite verb, heads the
  // subject ("which he estimates will", "which the campaign says includes" are verbs of a relative clause).
  const after = tokens[i + 1];
  const finite =
    after !== undefined &&
    after.text === after.text.toLowerCase() &&
    (after.pos === "AUX" || (after.pos === "VERB" && !after.text.endsWith("ing")));
  const modified = /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i - 1]?.pos ?? "");
  const relativeBefore = tokens.slice(Math.max(0, i - 4), i).some((t) => RELATIVE_WORDS.has(lower(t)));
  const speech = lemma === "say" || lemma === "tell";
  if (lower(tokens[i]) === `${lemma}s` && !speech && modified && finite && !relativeBefore) return true;
  // "the actor says of the race": "say" and "tell" have no noun reading before "of".
  if (lemma === "say" || lemma === "tell") return false;
  // "in those three states", "the dozen states that held primaries", "several reports": a counted -s form is a noun.
  const counted = tokens[i - 1]?.pos === "NUM" || COUNTING_WORDS.has(lower(tokens[i - 1]));
  const bareOrS = lower(tokens[i]) === lemma || lower(tokens[i]) === `${lemma}s`;
  if (counted && lower(tokens[i]) === `${lemma}s`) return true;
  // "Editor's note:", "Trump's claims that": after a possessive the bare and -s forms are nouns ("Trump's said" is
  // "has said", a verb).
  if (bareOrS && POSSESSIVE_MARKS.has(lower(tokens[i - 1]))) return true;
  // "He calls for $1 trillion", "she reports from Kabul": after a subject pronoun it is the verb.
  if (i > 0 && SUBJECT_PRONOUNS.has(lower(tokens[i - 1])) && lower(tokens[i - 1]) !== "it") return false;
  const word = lower(tokens[i]);
  // "Bloomberg estimates Mr. Kamprad's fortune at": a name at the clause start, then the -s form, is a verb.
  const prev = tokens[i - 1];
  const follower = NOUN_FOLLOWERS.has(lower(tokens[i + 1]));
  // ... but "Initial estimates indicate", "Additional reports said": a capitalized adjective is no name.
  if (
    prev?.pos === "PROPN" &&
    !LEADING_ADJECTIVES.has(lower(prev)) &&
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

/**
 * "polls by Quinnipiac that showed Trump ahead", "the survey that shows her at 9 percent", "the polls that show him at
 * 10 percent": after a noun, "that" is the relative pronoun when the word cannot be a noun a demonstrative "that"
 * takes — a past form, an -s form not followed by a verb ("the fact that reports show" is a noun), or a bare form
 * after a plural noun ("that report", "that show" after a singular one stay nouns).
 */
function relativeThat(tokens: Token[], i: number, lemma: string): boolean {
  const noun = tokens[i - 2];
  if (lower(tokens[i - 1]) !== "that" || !noun || !/^(?:NOUN|PROPN)$/.test(noun.pos)) return false;
  const word = lower(tokens[i]);
  if (word === `${lemma}s`) return tokens[i + 1] !== undefined && !/^(?:VERB|AUX)$/.test(tokens[i + 1].pos);
  if (word === lemma) return noun.pos === "NOUN" && /[^s]s$/.test(lower(noun));
  return !word.endsWith("ing");
}

/** "Nichols was found guilty", "he was told": a passive reporting verb without "by" is no cue. */
export function isPassive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === "ADV") j--;
  const participle = /(?:ed|en|wn|ld|nd|id|ht)$/.test(lower(tokens[i]));
  // Headline passives drop the auxiliary: "Peter Capaldi announced as the new Doctor" ("said as he closed" is a
  // clause after the verb, "said as many as 20 people" a comparison that opens one).
  const comparison = lower(tokens[i + 3]) === "as";
  const headline = lower(tokens[i + 1]) === "as" && tokens[i + 2]?.pos !== "PRON" && !comparison;
  return participle && ((j >= 0 && BE_FORMS.has(lower(tokens[j]))) || headline);
}

/** The parts of speech of a noun phrase, and the marks before one that open a clause of its own. */
const PHRASE_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "”", '"', "’", "'", "—", "–", "-", "("]);

/** Forms of "be" that make an -ing form a finite verb: "officials are expecting", "she is proposing". */
const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "am", "'re", "’re", "'m", "’m", "been"]);

/** "Florida officials are expecting 4 million voters": a progressive reports like the simple form. */
export function isProgressive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && tokens[j].pos === "ADV") j--;
  return j > 0 && PROGRESSIVE_BE.has(lower(tokens[j]));
}

/**
 * "Trump Said The 11 Words Everyone Was Thinking", "Police Say 3 Dead": in a title-case headline a capitalized
 * reporting verb is still the verb. Title case: at least four words, all but function words capitalized.
 */
export function headlineVerb(tokens: Token[], i: number, word: string): boolean {
  if (!REPORTING_FORMS.has(word)) return false;
  const words = tokens.filter((x) => /^\p{L}/u.test(x.text));
  const capitalized = words.filter((x) => /^\p{Lu}/u.test(x.text)).length;
  return words.length >= 4 && capitalized >= words.length - 1 && tokens[i - 1].pos !== "DET";
}

const PARTICLES = new Set(["out", "to", "for"]);

export function hasObject(tokens: Token[], i: number, lemma: string): boolean {
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
