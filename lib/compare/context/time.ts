/**
 * What the words around a figure say about when it counts: a past-time cue that puts it in another, earlier event
 * ("weeks after a driver shot eight people"), the years its stretch of the sentence names ("the 2007 season"), a
 * duration naming which thing is meant ("his girlfriend of seven years"), the moment a span is counted from ("nine
 * days before Obama's inauguration") and spans in two units that are two spans ("seven months", "seven years"). Pure.
 */
import { TIME_UNITS } from "@/lib/extract/lexicon/units.ts";
import type { CompareItem } from "../item.ts";
import { isConversion } from "../units.ts";
import { NUMBERISH } from "./sets.ts";

const PAST_ANYWHERE =
  /\b(?:(?:last|previous|past)\s+(?:year|month|week|season|summer|winter|spring|autumn|fall|decade)|earlier\s+this\s+(?:year|month)|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\b/i;
const PAST_BEFORE = /\b(?:days|weeks|months|years|decades|a\s+(?:day|week|month|year))\s+(?:after|before|earlier)\b/gi;
const TIME_WORD = /ago|last|previous|past|earlier|after|before/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// "in 2013", "in the 2013 collapse", "in April 2013", "during early 2013" later in the clause; not "since 2013".
const YEAR_AFTER =
  /^[^.;!?]*?\b(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d\d)\b/u;
// A comma after a lower-case word closes a clause ("Two weeks after the quake, 300 people ..."); after a name or a
// number it does not ("a Manchester, Conn., beer distributorship", "June 2012, a 3.0 quake").
const CLAUSE_COMMA = /(?:^|\s)[a-z][\p{L}'-]*,/u;

/**
 * A past-time cue governs the figure's clause: it counts another (earlier) event mentioned for comparison.
 * @example isBackground("Police said 24 were killed, weeks after a gunman shot ", " people.", null) // true
 */
export function isBackground(before: string, after: string, publishedAt: string | null): boolean {
  // Most sentences hold no time word at all: one cheap test first (the full patterns cost 10 µs a figure).
  if (!TIME_WORD.test(before) && !TIME_WORD.test(after) && !/\d\d\d\d/.test(before) && !/\d\d\d\d/.test(after)) {
    return false;
  }
  // Around the figure, not across it: "a heart attack almost three weeks ago" dates the figure, it is not background.
  if (PAST_ANYWHERE.test(before) || PAST_ANYWHERE.test(after)) return true;
  // "weeks after a driver ... shot eight people": the figure inside the after-clause belongs to the earlier event.
  for (const m of before.matchAll(PAST_BEFORE)) {
    if (!CLAUSE_COMMA.test(before.slice(m.index + m[0].length))) return true;
  }
  // "In June 2012, a 3.0 quake struck ...": a year before the publication year, leading into the figure's clause.
  const published = Date.parse(publishedAt ?? "");
  if (!Number.isFinite(published)) return false;
  const year = new Date(published).getUTCFullYear();
  for (const m of before.matchAll(YEAR)) {
    if (Number(m[0]) < year && !CLAUSE_COMMA.test(before.slice(m.index + m[0].length))) return true;
  }
  // "1,100 people died when the building collapsed in 2013": an earlier year dating the figure's own clause.
  const dated = YEAR_AFTER.exec(after);
  return dated !== null && Number(dated[1]) < year;
}

const YEAR_IN_CLAUSE = /\b(?:19|20)\d\d\b(?!\s+\p{Lu})/gu;

/**
 * Years written in the figure's stretch of its sentence: up to 80 characters either side, not past a sentence or
 * clause stop. A year right before a capitalised word is a model or a name ("a 2008 GMC Sierra"), not a date.
 * @example yearsAround("the first ", " games of the 2007 season") // ["2007"]
 */
export function yearsAround(before: string, after: string): string[] {
  const left =
    before
      .slice(-80)
      .split(/[;!?]|\.\s/)
      .pop() ?? "";
  const right = after.slice(0, 80).split(/[;!?]|\.\s/)[0];
  const years = new Set<string>();
  for (const part of [left, right]) for (const m of part.matchAll(YEAR_IN_CLAUSE)) years.add(m[0]);
  return [...years].sort();
}

/**
 * Two lists of years, both named and none in common: the figures they date count two things.
 * @example disjointYears(["2007"], ["2008"]) // true
 */
export function disjointYears(ya: readonly string[], yb: readonly string[]): boolean {
  return ya.length > 0 && yb.length > 0 && !ya.some((y) => yb.includes(y));
}

// "a girlfriend of seven years", "a veteran of 28 years"; not "a total / period / term of 30 years" (the measure).
const NOUN_OF = /\b(\p{L}+)\s+of\s*$/u;
// A sentence's length is its measure too: "prison sentences of between six and 75 years" (like "a term of 30 years").
const MEASURE_NOUNS = new Set("total period term sentence span spell stretch duration length average".split(" "));

/**
 * "his girlfriend of seven years": a duration naming which thing is meant, read from the last characters before it.
 * @example durationOf("year", "his girlfriend of ") // true
 */
export function durationOf(unit: string | null, tail: string): boolean {
  if (unit === null || !TIME_UNITS.has(unit)) return false;
  const noun = NOUN_OF.exec(tail)?.[1].toLowerCase();
  return (
    noun !== undefined &&
    !MEASURE_NOUNS.has(noun.replace(/s$/, "")) &&
    !NUMBERISH.test(noun) &&
    !/^(?:the|all|most|some)$/.test(noun)
  );
}

// "nine days before Obama's inauguration", "two hours after the blast": a span counted from another moment. The anchor
// is the preposition and the first noun after it (a possessive name and articles skipped), when a noun phrase ends there:
// "lasted two hours before the gunman gave up" is a duration followed by what came next, not a span from a moment.
const ANCHOR_AFTER =
  /^\s*(before|after|ahead\s+of|prior\s+to|earlier\s+than|later\s+than)\s+(?:(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.-]*['’]s?)\s+)*(\p{L}+)(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|in|on|at|to|for|and|or|by|with|from)\b)/u;

/**
 * What a duration (`unit` bare: lower case, singular) is counted from, when the words after it name it.
 * @example anchorOf("day", " before Obama's inauguration.") // "before inauguration"
 */
export function anchorOf(unit: string, after: string): string | null {
  if (!TIME_UNITS.has(unit)) return null;
  const m = ANCHOR_AFTER.exec(after);
  return m === null ? null : `${m[1].toLowerCase().replace(/\s+/g, " ")} ${m[2].toLowerCase()}`;
}

/**
 * Spans of time in two units (../units.ts converts them within a scale: "136 days" against "more than four years") that
 * are two spans all the same: the same number in two units ("seven months", "seven years": a conversion changes the
 * number), or two units in one document ("married three weeks before" and "over two days" to reach a verdict: a
 * writer who measured one span twice would convert it, "2,000 feet (600 m)").
 */
export function differentSpans(a: CompareItem, b: CompareItem): boolean {
  const ua = a.quantity.unit;
  const ub = b.quantity.unit;
  if (ua === ub || ua === null || ub === null || !TIME_UNITS.has(ua) || !TIME_UNITS.has(ub)) return false;
  if (a.quantity.value === b.quantity.value) return true;
  return a.documentId === b.documentId && !isConversion(a.quantity, b.quantity);
}
