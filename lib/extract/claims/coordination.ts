/**
 * "Unemployment has fallen to 5 percent, and nearly 14 million more jobs have been created since the recovery began":
 * two main clauses joined by a conjunction after a comma (or by a semicolon), each with a figure of its own, are two
 * checkable claims, each labelled by its own clause. Read off wink's POS tags; a quotation is never cut.
 */
import { REPORTING_FORMS } from "../lexicon/attribution.ts";
import type { QuantityMention } from "../quantities/quantities.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";
import { DOUBLE_QUOTES } from "./quote-marks.ts";

/** Conjunctions that, after a comma, may open a second main clause. */
const JOINING = new Set(["and", "but", "yet", "while", "whereas"]);
/** How far after the conjunction the second clause's verb may stand (its subject before it). */
const SUBJECT_SPAN = 10;
const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/**
 * Whether a subject and its finite verb open the clause at token `from`: noun-phrase words (at least one noun,
 * name, pronoun or number; a preposition only after a noun: "the number of arrests has"; no "than") up to a verb that
 * is not a participle in -ing nor a reporting verb ("..., and police said" is a new report, read by attribution).
 */
export function mainClauseAt(tokens: Token[], from: number, limit: number): boolean {
  let nominal = false;
  for (let j = from; j < tokens.length && j <= from + SUBJECT_SPAN && tokens[j].end <= limit; j++) {
    const t = tokens[j];
    // "..., and the church purchasing 1,700 acres": a participle without an auxiliary is no finite verb.
    if (t.pos === "VERB" && /ing$/i.test(t.text)) return false;
    if (t.pos === "VERB" || t.pos === "AUX") {
      // The subject ends right before its verb, or before one adverb ("he also scored"): "7 as affected software" is
      // no clause.
      const before = tokens[j - 1].pos === "ADV" && j - 1 > from ? tokens[j - 2] : tokens[j - 1];
      return nominal && NOMINAL.has(before.pos) && !REPORTING_FORMS.has(t.text.toLowerCase());
    }
    // "..., and $130 billion more than the budget office had projected": a comparison, not a subject.
    if (t.text.toLowerCase() === "than") return false;
    if (NOMINAL.has(t.pos)) nominal = true;
    else if (t.pos === "ADP" && nominal) continue;
    else if (!/^(?:ADJ|DET|ADV|PART|SYM)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * The parts of `range` (character offsets inside `sentence`) split at coordinated main clauses that each hold a
 * figure; the range itself when there is no such split. A part starts after the conjunction and ends before the
 * comma or semicolon.
 * @example coordinatedParts(sentence, range, mentions) // [{ start: 0, end: 37 }, { start: 43, end: 125 }]
 */
export function coordinatedParts(
  sentence: SentenceSegment,
  range: { start: number; end: number },
  mentions: QuantityMention[],
): Array<{ start: number; end: number }> {
  const inside = mentions.filter((m) => m.start >= range.start && m.end <= range.end);
  if (inside.length < 2) return [range];
  const tokens = sentence.tokens;
  const parts: Array<{ start: number; end: number }> = [];
  let partStart = range.start;
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (DOUBLE_QUOTES.has(t.text)) quoted = !quoted;
    if (quoted || t.start < partStart || t.end > range.end || (t.text !== "," && t.text !== ";")) continue;
    const next = t.text === ";" ? i + 1 : i + 2;
    if (t.text === "," && !JOINING.has(tokens[i + 1]?.text.toLowerCase() ?? "")) continue;
    if (next >= tokens.length || !mainClauseAt(tokens, next, range.end)) continue;
    const before = inside.some((m) => m.start >= partStart && m.end <= t.start);
    const after = inside.some((m) => m.start >= tokens[next].start);
    if (!before || !after) continue;
    parts.push({ start: partStart, end: t.start });
    partStart = tokens[next].start;
  }
  parts.push({ start: partStart, end: range.end });
  return parts;
}
