/**
 * Which set a figure counts, read from its own noun phrase and the words right around it: the phrase's modifiers
 * ("four consecutive life sentences" is not "seven life sentences"), the verb that governs it ("shot three victims",
 * "shot one person dead"), and the words before it that say it is a toll ("the death toll rose to 17"), a figure
 * required ("needed nine points") or one pointing back ("those 10 points"). Pure.
 */
import { segment } from "@/lib/extract/tokens/segment.ts";
import { EVENT_CLASSES, UNIT_EVENTS } from "../signature-lexicon.ts";

// Number words and the glue of vague numbers: the modifiers of "two dozen other people" start after "dozen".
export const NUMBERISH =
  /^(?:\S*\d\S*|[½⅓⅔¼¾]|a|an|of|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores?|half|couple|few|several|many|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))$/i;
// Words after "with"/"without" that restrict nothing by themselves.
const FILLER = new Set(["the", "a", "an", "any", "possibility", "chance", "of", "for", "their", "his", "her", "its"]);
const SUBSET_BEFORE = /\b(other|remaining|additional|further|another|extra|including|among\s+them)\s*$/i;

/**
 * The modifier words of a figure's noun phrase (`text`), given the last characters before it (`tail`) and the text
 * after it: the words between the number and the counted noun, "other" for a subset cue before it, and what a
 * "with"/"without" right after it restricts (not for a player's line: `player`).
 * @example modifiersOf("four consecutive life sentences", "received ", " without parole") // Set {"consecutive", "life", "without parole"}
 */
export function modifiersOf(text: string, tail: string, after: string, player = false): Set<string> {
  const modifiers = new Set<string>();
  const tokens = text.split(/\s+/).filter(Boolean);
  let last = -1;
  tokens.forEach((t, i) => {
    if (NUMBERISH.test(t)) last = i;
  });
  // Between the number and the counted noun (the last token): "four [consecutive life] sentences".
  if (last >= 0) for (const t of tokens.slice(last + 1, -1)) addWord(modifiers, t);
  const subset = SUBSET_BEFORE.exec(tail);
  if (subset) modifiers.add("other");
  // A player's line is the player's, whatever came with it ("2,116 points with a free throw", "14 points with six
  // rebounds"): only other sets are restricted by "with".
  const restrict = player ? null : /^\s+(with|without)\s+([^,.;:()"“”]*)/i.exec(after);
  if (restrict) {
    const words = restrict[2].split(/\s+/).filter((w) => w && !FILLER.has(w.toLowerCase()));
    for (const w of words.slice(0, 3)) modifiers.add(`${restrict[1].toLowerCase()} ${w.toLowerCase()}`);
  }
  return modifiers;
}

/** Words that sum a set rather than restrict it: "missed 10 total games" is "missed 10 games" in all. */
const TALLY_WORDS: ReadonlySet<string> = new Set(["total", "combined", "overall"]);

function addWord(into: Set<string>, token: string): void {
  const word = token.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
  // Event words are compared as events ("24 dead people" vs "24 people killed"), not as modifiers.
  if (word === "" || EVENT_CLASSES[word] || UNIT_EVENTS[word] || /(?:ed|ing)$/.test(word)) return;
  if (TALLY_WORDS.has(word)) return;
  into.add(word);
}

const DEAD_AFTER = /^\s+(?:dead|to\s+death)\b/i;

/**
 * The verb that takes the figure as its object ("shot three victims", "fatally shot eight", "wounding two others"):
 * the concept phrase often drops it, yet it says what happened to the counted people. Plus "shot one person dead".
 * `tail` is the last characters before the figure.
 * @example eventsAround("a gunman shot ", " in Hartford") // Set {"shoot"}
 */
export function eventsAround(tail: string, after: string): Set<string> {
  const events = new Set<string>();
  if (DEAD_AFTER.test(after)) events.add("die");
  for (const word of lastTwoWords(tail)) {
    const event = eventOf(word.toLowerCase());
    if (event) events.add(event);
  }
  return events;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * The last word of `tail` and the word before it when only white space parts them, read backwards from the end
 * (what `/(?:^|[^\p{L}])(\p{L}+)(?:\s+(\p{L}+))?\s*$/u` matches, without trying every start position).
 * @example lastTwoWords("a gunman shot ") // ["gunman", "shot"]
 * @example lastTwoWords("killed, shot ") // ["shot"]
 */
export function lastTwoWords(tail: string): string[] {
  let end = tail.length;
  while (end > 0 && SPACE.test(tail[end - 1])) end--;
  let start = end;
  while (start > 0 && LETTER.test(tail[start - 1])) start--;
  if (start === end) return [];
  const last = tail.slice(start, end);
  let gap = start;
  while (gap > 0 && SPACE.test(tail[gap - 1])) gap--;
  if (gap === start) return [last];
  let first = gap;
  while (first > 0 && LETTER.test(tail[first - 1])) first--;
  return first === gap ? [last] : [tail.slice(first, gap), last];
}

/** The event class of a word or of its stem without "-ed", "-d", "-ing" ("killing", "injured", "wounded"). */
function eventOf(word: string): string | undefined {
  const event = classOf(word);
  if (event !== undefined) return event;
  if (word.endsWith("ed")) return classOf(word.slice(0, -2)) ?? classOf(word.slice(0, -1));
  if (word.endsWith("d")) return classOf(word.slice(0, -1));
  if (word.endsWith("ing")) return classOf(word.slice(0, -3)) ?? classOf(`${word.slice(0, -3)}e`);
  return undefined;
}

function classOf(stem: string): string | undefined {
  return EVENT_CLASSES[stem] || UNIT_EVENTS[stem] || undefined;
}

// "The death toll from Tuesday's fire ... has risen to", "put the number of dead at", "the toll stood at": the clause
// before a bare number names it a toll. No sentence end and no second number between the cue and the figure.
const TOLL_BEFORE =
  /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|victims))\b[^.;:\d]{0,80}?\b(?:to|at|of|is|was|reached|hit|stands|stood)\s*$/i;

const TOLL_WORD = /toll|number/i;

/**
 * A bare number (no unit) that the words before it name as a death toll.
 * @example isToll(null, "the death toll from Tuesday's fire has risen to ") // true
 */
export function isToll(unit: string | null, before: string): boolean {
  if (unit !== null) return false;
  const tail = before.slice(-120);
  // Every reading of TOLL_BEFORE holds "toll" or "number": most tails have neither, and skip the costlier scan.
  return TOLL_WORD.test(tail) && TOLL_BEFORE.test(tail);
}

// "needed nine points", "needs just 50 more delegates", "would require at least 60 votes".
const REQUIRED_BEFORE =
  /\b(?:needs?|needed|needing|requires?|required|requiring)\s+(?:(?:just|only|at\s+least|another|a\s+further|about|nearly|more\s+than|fewer\s+than)\s+)?$/i;

/**
 * A figure required, not one counted, read from the last characters before it.
 * @example isRequired("Smith needed ") // true
 */
export function isRequired(tail: string): boolean {
  return REQUIRED_BEFORE.test(tail);
}

// "Those 10 points", "these three people".
const ANAPHORIC_BEFORE = /\b(?:those|these)\s+$/i;

/**
 * A figure pointing back at one given before ("Those 10 points").
 * @example isAnaphoric("Those ") // true
 */
export function isAnaphoric(before: string): boolean {
  return ANAPHORIC_BEFORE.test(before);
}

// "40 percent more energy", "a 40% larger battery", "30 percent cheaper", "a 5 percent increase": a change against
// something else. "retain 80% or more" is not ("or" before the comparative).
const CHANGE_AFTER =
  /^\s+(?:more|less|fewer|larger|smaller|bigger|higher|lower|greater|faster|slower|cheaper|dearer|longer|shorter|thinner|thicker|lighter|heavier|brighter|better|worse|increase|decrease|rise|drop|jump|gain|cut|reduction|growth|decline)\b/i;
// "up 40 percent", "rose by 5%", "an increase of 12 percent", "cut it by a third": the words before name a change.
const CHANGE_BEFORE =
  /\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|jumped|dropped|climbed|increased|decreased|declined|gained|(?:increase|decrease|rise|drop|jump|gain|cut|reduction|growth|decline)\s+of|by)\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|over|under)\s+)?$/i;
const SHARE_UNITS = new Set(["percent", "percentage point"]);

/**
 * A percentage that states a change against something else ("holds 40 percent more energy", "sales rose 5%"), not a
 * share or a level ("retains 80% of its capacity"): the two measure different things, whatever the numbers.
 * @example isChange("percent", "the battery holds ", " more energy") // true
 */
export function isChange(unit: string | null, tail: string, after: string): boolean {
  if (unit === null || !SHARE_UNITS.has(unit)) return false;
  return CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(tail);
}

// "$1,799 and $2,199 versions", "2.3 or 2.6 GHz", "$999, $1,099 and $1,199": a neighbour in a list of figures written
// alike (the same currency sign or none), joined by a comma, "and" or "or".
const NUMBER = "([$€£]?)(\\d[\\d,]*(?:\\.\\d+)?)";
const LIST_AFTER = new RegExp(`^\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)${NUMBER}(?![\\d-])`, "i");
const LIST_BEFORE = new RegExp(`(?<![\\d-])${NUMBER}\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)$`, "i");

/**
 * The values of the figures a figure is listed with ("offered in $1,799 and $2,199 versions": 2199 for the first,
 * 1799 for the second): the variants of one thing a writer gives together. Only neighbours written alike count.
 * @example listMates("$1,799", "offered in ", " and $2,199 versions") // [2199]
 */
export function listMates(text: string, before: string, after: string): number[] {
  const sign = /^[$€£]/.exec(text.trim())?.[0] ?? "";
  const mates: number[] = [];
  for (const m of [LIST_AFTER.exec(after), LIST_BEFORE.exec(before.slice(-40))]) {
    if (m === null || m[1] !== sign) continue;
    const value = Number(m[2].replace(/,/g, ""));
    if (Number.isFinite(value)) mates.push(value);
  }
  return mates;
}

// "I thought they would get 7 wins", "the offer was expected to be in the range of", "it is likely he will get 10
// carries": an expectation leads into the figure's clause (no sentence stop between). "believed to have" hedges a fact.
const FORECAST_BEFORE =
  /\b(?:(?:thought|think|thinks)\b[^.;:!?]{0,30}?\b(?:would|will)|(?:expect|expects|expected|predict|predicts|predicted|projects?|projected|forecasts?|likely|unlikely)\b[^.;:!?]{0,30}?\b(?:would|will|to))\b[^.;:!?]{0,40}$/i;

/**
 * A figure someone expects rather than one reported: its clause is led by an expectation ("thought they would get").
 * @example isForecast("back when I thought they would get ") // true
 */
export function isForecast(before: string): boolean {
  return FORECAST_BEFORE.test(before.slice(-90));
}

// "51 wins coming by way of knockout", "46 wins by knockout": the noun after "by" (a verb between, "of" after "way").
const MANNER_AFTER = /^\s+(?:\p{L}+\s+)?by\s+(?:way\s+of\s+)?(?:an?\s+)?(\p{L}+)/iu;

/**
 * The noun a figure's words right after it say the counted things came "by": "51 wins coming by way of knockout" ->
 * "knockout", singular and lower-cased; null for none. The concept phrase often stops before it ("wins coming by way").
 * @example mannerAfter(" coming by way of knockout.") // "knockout"
 */
export function mannerAfter(after: string): string | null {
  const m = MANNER_AFTER.exec(after);
  return m === null ? null : m[1].toLowerCase().replace(/['’]?s$/, "");
}

// A verb's past form right before the figure: "missed nine games", "received 300 letters".
const PAST_FORM = /^\p{L}+ed$/iu;

/**
 * The event of the verb in a past form right before the figure, whatever the verb ("then missed nine games before
 * coming back": "miss"), as its class when it has one; null for none. The concept phrase can drop it ("games coming
 * back"); eventsAround reads only the known events there. Evidence for a shared count only: an unknown verb never
 * keeps two figures apart (signature.ts sameThing).
 * @example governingEvent("Thomas then missed ") // "miss"
 */
export function governingEvent(tail: string): string | null {
  // The last word, read backwards (an end-anchored pattern would be tried at every position of the tail).
  const words = lastTwoWords(tail);
  const word = words[words.length - 1];
  if (word === undefined || !PAST_FORM.test(word)) return null;
  const tokens = segment(tail.slice(-40)).flatMap((s) => s.tokens);
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.pos !== "VERB") return null;
  return classOf(last.lemma) ?? last.lemma;
}
