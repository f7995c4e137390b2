/**
 * Elided counted nouns: "Hansbrough finished with 20 points and now has 2,302 for his career", "The fire service said
 * 12 people died. Police said 15.", "Cruz has 11 delegates, Rubio has 10": a bare number with no noun of its own, right
 * after a counted figure (in its sentence or the one before), counts what that figure counted. Without it the number
 * has no unit and is compared with nothing, though the next outlet writes "2,301 career points".
 *
 * Only where English elides the noun: the number ends its phrase (end of sentence, a comma, a parenthesis, a
 * preposition: "has 2,302 for his career", "record of 2,106"), governed by a verb or "of"/"to" (not "She was 91",
 * "dies at 91", "Colts – 13", "2 passes for 44"), never a part ("352 of them"), and never from an age or a span of
 * time, which do not carry over ("for 10 years ... 12").
 */
import { REPORTING_FORMS } from "../lexicon/attribution.ts";
import { isAgeUnit, TIME_UNITS } from "../lexicon/units.ts";
import type { Token } from "../tokens/segment.ts";
import { lower } from "./calendar-filters.ts";
import type { QuantityMention } from "./quantities.ts";

/** Words before a bare number that make it an age or a state rather than an elided count ("She was 91"). */
const COPULAS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "’s", "turned", "turns", "aged"]);
/** The prepositions an elided count may follow: "record of 2,106", "his season total to 43". */
const ELIDED_AFTER_ADP = new Set(["of", "to"]);
/** Nouns whose "of" gives a tally of what was counted before ("record of 2,106"). */
const TALLY_NOUNS = new Set(["record", "high", "low", "total", "tally", "toll", "count", "mark", "best", "average"]);
/** What may follow an elided count: the end of its phrase. */
const PHRASE_END = /^(?:ADP|CCONJ|SCONJ|PART|PUNCT)$/;

/** Whether a figure's unit carries over to a bare number after it ("20 points ... has 2,302"). */
function carriesOver(m: QuantityMention): boolean {
  const unit = m.unit;
  return unit !== null && !isAgeUnit(unit) && !TIME_UNITS.has(unit);
}

/**
 * The unit a bare number takes from the counted figure before it (`antecedent`, null when none is near;
 * `sameSentence` when it stands in the number's sentence), or null when the number is not an elided count: it must be
 * the object of a verb ("now has 2,302", "Police said 15", "Hillis added 101") or follow "of"/"to", and end its phrase;
 * an antecedent in the sentence before reaches a bare report only ("The fire service said 15.", "Hansbrough now has
 * 2,301."), not a sentence with nouns of its own ("a record for receptions ... with 43" counts receptions).
 * @example elidedUnit(tokens, mentionOf("2,302"), mentionOf("20 points"), true) // "point"
 */
export function elidedUnit(
  tokens: Token[],
  m: QuantityMention,
  antecedent: QuantityMention | null,
  sameSentence: boolean,
  /** The counted figure before the antecedent, when as near: of another unit, which of the two is meant is unclear. */
  rival: QuantityMention | null = null,
): string | null {
  // "one man who says he called 911": a single thing is no count to carry over.
  if (antecedent === null || antecedent.value < 2 || m.unit !== null || m.of !== null) return null;
  if (rival !== null && rival.unit !== antecedent.unit) return null;
  // A range ("from 100 to 250") is read with its own words.
  if (m.low !== null && m.high !== null && m.low < m.high) return null;
  const next = tokens[m.tokenEnd];
  if (next !== undefined) {
    const word = lower(tokens, m.tokenEnd);
    if (!PHRASE_END.test(next.pos) || word === "-" || word === "%") return null;
    // "four of their last five games", "352 of them": a part of what follows or of the antecedent.
    if (word === "of") return null;
    // "won six in a row": a streak counts games, whatever was counted before.
    const row = lower(tokens, m.tokenEnd + 1) === "a" ? m.tokenEnd + 2 : m.tokenEnd + 1;
    if (word === "in" && lower(tokens, row) === "row") return null;
    // "two under-aged girls": a compound's first word is no preposition.
    if (lower(tokens, m.tokenEnd + 1) === "-") return null;
    // "80 or more yards": the noun comes after the alternative.
    if (word === "or" && tokens[m.tokenEnd + 2]?.pos === "NOUN") return null;
  }
  const before = tokens[m.tokenStart - 1];
  if (before === undefined || COPULAS.has(before.text.toLowerCase())) return null;
  const governed =
    before.pos === "VERB" ||
    before.pos === "AUX" ||
    (before.pos === "ADP" && ELIDED_AFTER_ADP.has(before.text.toLowerCase()));
  if (!governed) return null;
  // "scoring record of 2,106", "his career high of 13": a tally of the counted thing; "a mother of 12", "a staff of
  // more than 350" count something else.
  if (before.text.toLowerCase() === "of" && !TALLY_NOUNS.has(tokens[m.tokenStart - 2]?.text.toLowerCase() ?? "")) {
    return null;
  }
  // Across a sentence only a bare report carries the noun over ("Police said 15.", "Hansbrough now has 2,301."): a
  // noun of its own sentence ("tied a club record with a total of four") may be what it counts.
  if (!sameSentence && !REPORTING_FORMS.has(before.text.toLowerCase())) {
    for (let i = 0; i < m.tokenStart; i++) if (tokens[i].pos === "NOUN") return null;
  }
  return antecedent.unit;
}

/** The last two counted figures read (this sentence's and the one before's), which a bare number may take its unit from. */
export type CountedThread = Array<{ mention: QuantityMention; sentence: number }>;

/**
 * Gives each bare number of sentence `i` the unit it elides (elidedUnit), in place, and carries the thread of counted
 * figures on: a counted figure joins it, a bare number of no count ends it, the sentence before the last drops out.
 * @example readElided(thread, 1, sentence.tokens, mentions) // mentions[k].unit "people" for "Police said 15."
 */
export function readElided(thread: CountedThread, i: number, tokens: Token[], mentions: QuantityMention[]): void {
  while (thread.length > 0 && thread[0].sentence < i - 1) thread.shift();
  for (let k = 0; k < mentions.length; k++) {
    const last = thread[thread.length - 1];
    // A rival as near as the antecedent: in its sentence ("Cruz has 11 delegates and 40% of the vote; Rubio has 10"),
    // not a sentence further back ("... more than 6,000 fans ... Seth VanDeest led with 13 points, while Carter added 12").
    const second = thread[thread.length - 2];
    const rival = second !== undefined && second.sentence === last?.sentence ? second.mention : null;
    const unit = elidedUnit(tokens, mentions[k], last?.mention ?? null, last?.sentence === i, rival);
    if (unit !== null) mentions[k] = { ...mentions[k], unit };
    else if (carriesOver(mentions[k])) {
      thread.push({ mention: mentions[k], sentence: i });
      if (thread.length > 2) thread.shift();
    } else if (mentions[k].unit === null) thread.length = 0;
  }
}
