/**
 * What a quantity counts, reduced to comparable parts: the counted thing (unit class), the event verbs, the places
 * and the other content words of its concept phrase. Two quantities are grouped only when these agree — the noun
 * alone is not enough ("45 people killed" and "1.2 million people voted" share a noun, not a concept).
 */

import { designationAt } from "@/lib/extract/concept/concept.ts";
import { TITLES } from "@/lib/extract/lexicon/attribution-sources.ts";
import { DEMONYMS, OF_KIND_NOUNS, REPORTING_VERBS } from "@/lib/extract/lexicon/concept.ts";
import { isAgeUnit, MEASURE_UNITS } from "@/lib/extract/lexicon/units.ts";
import { segment, type Token } from "@/lib/extract/tokens/segment.ts";
import {
  EVENT_CLASSES,
  GENERIC_UNITS,
  LEGAL_EVENTS,
  PLAY_WORDS,
  PLAYER_STATS,
  SUBSET_WORDS,
  UNIT_CLASSES,
  UNIT_EVENTS,
  VICTIM_NOUNS,
  WORD_CLASSES,
} from "./signature-lexicon.ts";
import { dimensionOf } from "./units.ts";

export interface Signature {
  /** Normalised counted thing: "person" for people/others/individuals, "fighter", "percent", "USD"... or null. */
  unit: string | null;
  /** Event classes of the verbs and event nouns: "die", "injure", "arrest", or the verb lemma itself. */
  events: Set<string>;
  /** Proper nouns of the phrase (places, organisations): different places mean different counts. */
  names: Set<string>;
  /** Other content lemmas (nouns and adjectives) of the phrase. */
  words: Set<string>;
  /** "other", "additional", "share": the figure is a separate set or a part, not the count itself. */
  subset: boolean;
  /** Figures written into a noun that say which one ("13-inch", "4gb"): two sets with none in common are two things. */
  designations: Set<string>;
}

const CASUALTY_EVENTS = new Set(["die", "injure", "arrest", "displace"]);
const KNOWN_EVENTS = new Set([...Object.values(EVENT_CLASSES), ...Object.values(UNIT_EVENTS)]);

// Bounded so a long --jsonl run does not keep every concept it ever saw.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, Signature>();

/**
 * Reads the signature of a concept phrase and unit.
 * @example signatureOf("people killed in blast", "people") // { unit: "person", events: {"die"}, words: {"blast"} ... }
 */
export function signatureOf(concept: string | null, unit: string | null): Signature {
  const key = `${unit ?? ""}\u0000${concept ?? ""}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const signature = readSignature(concept ?? "", unit);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, signature);
  return signature;
}

function readSignature(concept: string, rawUnit: string | null): Signature {
  if (rawUnit !== null && isAgeUnit(rawUnit)) return ageSignature(concept, rawUnit);
  const events = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  // "KO's" is read as the unit "ko'": a possessive-looking plural of an abbreviation is the abbreviation.
  const lowerUnit = rawUnit?.toLowerCase().replace(/(?<=\p{L})['’]s?$/u, "") ?? null;
  // "2,000 feet" and "600 metres" count one thing, a length: units that convert are classed by their dimension.
  let unit = lowerUnit === null ? null : (UNIT_CLASSES[lowerUnit] ?? dimensionOf(lowerUnit) ?? lowerUnit);
  if (lowerUnit !== null && UNIT_EVENTS[lowerUnit]) events.add(UNIT_EVENTS[lowerUnit]);
  const tokens = concept === "" ? [] : segment(concept).flatMap((s) => s.tokens);
  // "46 wins by knockout": the noun after "by" names what kind of win, and so what is counted (46 knockouts).
  const manner = mannerUnit(tokens, lowerUnit);
  if (manner !== null) unit = manner;
  // "counts of murder": the kind after a kind noun's "of" is a content word even when it is an event word, so "one
  // count of kidnapping" (both charged) is not "two counts of murder".
  const kindStart = lowerUnit !== null && OF_KIND_NOUNS.has(lowerUnit) ? kindAfter(tokens, lowerUnit) : -1;
  // "13-inch model": the figure and its noun are one word that names a kind; the noun alone is no evidence.
  const designations = new Set<string>();
  let designationEnd = -1;
  for (const [i, t] of tokens.entries()) {
    const lemma = t.lemma;
    const designation = designationOf(tokens, i);
    if (designation !== null) {
      designations.add(designation.name);
      designationEnd = i + designation.length;
    }
    if (i < designationEnd) continue;
    if (kindStart >= 0 && i >= kindStart && (t.pos === "NOUN" || t.pos === "ADJ")) words.add(lemma);
    if (manner !== null && (lemma === lowerUnit || (UNIT_CLASSES[lemma] ?? lemma) === manner)) continue;
    // The counted noun itself is the unit, not evidence ("KOs" tagged as a name would match every other "KOs").
    const nominal = t.pos === "NOUN" || t.pos === "PROPN";
    // "KOs" / "KO's" keep their plural in the lemma; compared without it.
    const bare = lemma.replace(/['’]?s$/, "");
    if (nominal && (lemma === lowerUnit || bare === lowerUnit || (UNIT_CLASSES[lemma] ?? lemma) === unit)) {
      // Another noun of the counted class still says what happened: "hours after his arrest in a bust of 100 people".
      if (lemma !== lowerUnit && bare !== lowerUnit && UNIT_EVENTS[lemma]) events.add(UNIT_EVENTS[lemma]);
      continue;
    }
    // "metres" in a phrase counted in feet is the measure again, not a content word.
    if (unit !== null && dimensionOf(MEASURE_UNITS[t.text.toLowerCase()] ?? null) === unit) continue;
    if (t.pos === "VERB" && !REPORTING_VERBS.has(lemma)) events.add(EVENT_CLASSES[lemma] ?? lemma);
    else if (t.pos === "PROPN") names.add(lemma);
    else if (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "ADV") {
      // An event word is evidence as an event only: "wounding others" and "1 Wounded in NE Phila" share the event;
      // as words they would count as content words with nothing in common.
      const event = UNIT_EVENTS[lemma] ?? EVENT_CLASSES[lemma];
      if (event) events.add(event);
      else if (t.pos !== "ADV") words.add(lemma);
    }
  }
  settleShooting(events);
  const subset = [...words].some((w) => SUBSET_WORDS.has(w));
  // An age ("70-year-old pensioner", "between 30 and 40 years old") describes one person, never a shared count.
  if (lowerUnit === "year" && words.has("old")) unit = null;
  // "the death toll rose to 24": no counted noun, but the toll names it; "249 were injured": the verb does.
  if (unit === null && words.has("toll")) {
    unit = "person";
    words.delete("toll");
  }
  // Only a passive participle first ("249 were injured" -> "injured in earthquake") makes the figure the victims;
  // "killing two" counts whatever the object is.
  const passive = tokens[0]?.pos === "VERB" && /(ed|en|wn)$/.test(tokens[0].text.toLowerCase());
  if (unit === null && passive && [...events].some((e) => CASUALTY_EVENTS.has(e))) unit = "person";
  // "15 workers died in the blaze" and "at least 12 people were killed": in a toll, the people an event befell are
  // counted whatever noun names them. Only nouns for a whole affected population (not children, women, officers:
  // usually a part of the toll, "12 killed, including five children").
  if (unit !== null && VICTIM_NOUNS.has(unit) && (events.has("die") || events.has("injure"))) unit = "person";
  return { unit, events, names, words, subset, designations };
}

/** "13-inch", "4GB": a figure written into the noun after it, as "13-inch" / "4-gb", and its tokens; else null. */
function designationOf(tokens: readonly Token[], i: number): { name: string; length: number } | null {
  const before = designationAt(tokens, i);
  if (before === 0) return null;
  return { name: `${tokens[i].text}-${tokens[i + before].lemma}`, length: before + 1 };
}

/**
 * An age's signature (concept/concept.ts ageConcept writes the holder first): the holder's name as names (in order),
 * the holder's nouns as words ("woman", "pensioner"), the clause's verbs as events. Places and objects later in the
 * clause are left out: an age belongs to a person, whatever happened where.
 * @example signatureOf("Sharron Diane Crawford Smith arrested", "years old") // names {"sharron", ..., "smith"}, events {"arrest"}
 */
function ageSignature(concept: string, unit: string): Signature {
  const tokens = concept === "" ? [] : segment(concept).flatMap((s) => s.tokens);
  const events = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  let i = 0;
  // "her 20-year-old daughter Kathryn Jenkin": the holder's nouns, then the holder's name, in the order written.
  // A nationality reads as a noun ("the 41-year-old American").
  const demonym = (t: { text: string }) => DEMONYMS.has(t.text.toLowerCase());
  const noun = (t: { pos: string; text: string } | undefined) =>
    t !== undefined && (t.pos === "NOUN" || t.pos === "ADJ" || (t.pos === "PROPN" && demonym(t)));
  for (; noun(tokens[i]); i++) if (tokens[i].pos !== "ADJ" || demonym(tokens[i])) words.add(tokens[i].lemma);
  // "Mr. Gigante", "Police Chief Jim Williams": a title before a name is not its first name.
  for (; tokens[i]?.pos === "PROPN"; i++)
    if (!TITLES.has(tokens[i].text.toLowerCase())) names.add(tokens[i].text.toLowerCase());
  // "Maria Valencia, 27, was also killed": "also" marks another person than the one the text spoke of before.
  let subset = false;
  for (; i < tokens.length; i++) {
    const lemma = tokens[i].lemma;
    if (tokens[i].pos === "VERB") events.add(EVENT_CLASSES[lemma] ?? lemma);
    else if (tokens[i].text.toLowerCase() === "also") subset = true;
  }
  return { unit, events, names, words, subset, designations: new Set() };
}

/**
 * Whether two ages are one person's: two names are one person when the surnames agree and, where both give more, the
 * first names too ("John Jenkin, 23" is not "Katie Jenkin, 20"; "Sharron Diane Crawford Smith" is "Smith"). Without
 * a name on both sides: holder nouns that meet ("woman" vs "man" are two people) and a shared event (a legal step
 * counts as one: the accused's arrest and charge), or the very same figure; an age with no holder, only the same figure.
 * An age whose clause says "also" ("was also killed") is another person's than one without it, unless both name one.
 * @example sameAge(signatureOf("Smith accused", "years old"), signatureOf("Smith arrested", "years old"), false) // true
 */
function sameAge(a: Signature, b: Signature, sameFigure: boolean): boolean {
  if (a.names.size > 0 && b.names.size > 0) {
    const na = [...a.names];
    const nb = [...b.names];
    if (na[na.length - 1] !== nb[nb.length - 1]) return false;
    return na.length < 2 || nb.length < 2 || na[0] === nb[0];
  }
  // "A 59-year-old grandmother was killed" / "Maria Valencia, 27, was also killed": two victims.
  if (a.subset !== b.subset) return false;
  // "The 30-year-old was released": an age nobody holds matches only itself.
  if (a.names.size + a.words.size === 0 || b.names.size + b.words.size === 0) return sameFigure;
  if (a.words.size > 0 && b.words.size > 0 && !wordsMeet(a.words, b.words)) return false;
  const legal = (s: Signature) => [...s.events].some((e) => LEGAL_EVENTS.has(e));
  return intersects(a.events, b.events) || (legal(a) && legal(b)) || sameFigure;
}

/**
 * The class of a counted noun qualified "by" another counted noun ("wins by knockout": ko), when that noun has a class
 * of its own that is not a generic one (people, percent: "deaths by others" stays deaths). Null otherwise.
 */
function mannerUnit(tokens: { lemma: string; pos: string }[], lowerUnit: string | null): string | null {
  if (lowerUnit === null) return null;
  const at = tokens.findIndex((t) => t.lemma === lowerUnit || t.lemma.replace(/['’]?s$/, "") === lowerUnit);
  if (at < 0 || tokens[at + 1]?.lemma !== "by" || tokens[at + 2]?.pos !== "NOUN") return null;
  const cls = UNIT_CLASSES[tokens[at + 2].lemma];
  return cls === undefined || GENERIC_UNITS.has(cls) ? null : cls;
}

/** Where the kind after "<kind noun> of" starts in a concept phrase ("counts of murder": 2), or -1. */
function kindAfter(tokens: { lemma: string }[], unit: string): number {
  const at = tokens.findIndex(
    (t, i) => (t.lemma === unit || t.lemma.replace(/s$/, "") === unit) && tokens[i + 1]?.lemma === "of",
  );
  return at < 0 ? -1 : at + 2;
}

/**
 * "shot and killed", "fatally shot", "shot one person dead": when a phrase says how the shooting ended, that outcome
 * is the event; "shot" alone counts the dead and the wounded together.
 * @example settleShooting(new Set(["shoot", "die"])) // Set {"die"}
 */
export function settleShooting(events: Set<string>): Set<string> {
  if (events.has("die") || events.has("injure")) events.delete("shoot");
  return events;
}

/**
 * Whether two signatures describe the same counted thing. The same counted noun is necessary, never sufficient:
 * inside one article "46 KOs" and "36 KOs" are two boxers' records, "2 miles" and "4 miles" two distances. So:
 * - evidence against wins: two different known events (killed vs injured), different places, or content words on
 *   both sides with none in common ("southeast of the Geysers" vs "east of the Geysers");
 * - then some evidence for is required: a shared event, name or word — or the very same figure written again
 *   (`sameFigure`), which groups harmlessly since a repeated figure is never flagged.
 * @example sameThing(signatureOf("people killed", "people"), signatureOf("people voted", "people"), false) // false
 */
export function sameThing(a: Signature, b: Signature, sameFigure: boolean): boolean {
  if (a.unit === null || b.unit === null || a.unit !== b.unit) return false;
  if (isAgeUnit(a.unit)) return sameAge(a, b, sameFigure);
  // A player's line: the same player named on both sides, or the same figure.
  const playWords = [...a.events, ...a.words, ...b.events, ...b.words];
  if (isPlayerLine(a.unit, playWords) && !(intersects(a.names, b.names) || sameFigure)) return false;
  if (!soleCountsMeet(a, b)) return false;
  const sharedEvent = intersects(a.events, b.events);
  const sharedWord = wordsMeet(a.words, b.words);
  if (a.words.size > 0 && b.words.size > 0 && !sharedWord) return false;
  if (sharedEvent || sharedWord) return true;
  // A shared name alone is weak for generic units ("people in Gaza" counts many things).
  if (intersects(a.names, b.names) && !GENERIC_UNITS.has(a.unit)) return true;
  return sameFigure;
}

/**
 * What sameThing holds against two figures, without its want of a shared word: the same counted noun, both or neither
 * a subset, no two designations, no two known events (killed vs injured), no two sets of names. For two reports' sole
 * counts of one noun (sole.ts), whose phrases go on about different things ("the agency received", "opposing the
 * changes").
 * @example soleCountsMeet(signatureOf("agency received comments", "comments"), signatureOf("comments opposing changes", "comments")) // true
 */
export function soleCountsMeet(a: Signature, b: Signature): boolean {
  if (a.unit === null || a.unit !== b.unit || a.subset !== b.subset) return false;
  // "the 13-inch model" and "the 15-inch model": two models, whatever else the phrases share.
  if (a.designations.size > 0 && b.designations.size > 0 && !intersects(a.designations, b.designations)) return false;
  // Verbs separate only when both name a known event class (killed vs injured); "spread to" and "engulfing" cities
  // are one count written two ways, and no lexicon lists every synonym.
  if (!intersects(a.events, b.events) && knownEvent(a) && knownEvent(b)) return false;
  return a.names.size === 0 || b.names.size === 0 || intersects(a.names, b.names);
}

/**
 * Whether a figure in `unit` is some player's (or team's) line: a count of points, rebounds, carries...
 * (PLAYER_STATS), or a distance gained in play. Yards are one whatever the words (in news, a gain on the field); a
 * length of a signature, whose yards were classed by their dimension, is one when `words` hold a word of play
 * ("rushed for 226 yards", "4,183 passing yards").
 * @example isPlayerLine("rebound") // true
 * @example isPlayerLine("length", ["rush", "Smith"]) // true
 */
export function isPlayerLine(unit: string | null, words: Iterable<string> = []): boolean {
  if (unit === null) return false;
  if (PLAYER_STATS.has(unit) || unit === "yard") return true;
  if (unit !== "length") return false;
  for (const w of words) if (PLAY_WORDS.has(w)) return true;
  return false;
}

/** Whether the phrases share any event, name or content word (a looser test, for different measures). */
export function related(a: Signature, b: Signature): boolean {
  return intersects(a.events, b.events) || intersects(a.names, b.names) || intersects(a.words, b.words);
}

function knownEvent(s: Signature): boolean {
  for (const e of s.events) if (KNOWN_EVENTS.has(e)) return true;
  return false;
}

/**
 * Shared content words, allowing synonyms and compounds: "quake" meets "earthquake", "blaze" meets "fire".
 */
function wordsMeet(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) {
    const cx = WORD_CLASSES[x] ?? x;
    for (const y of b) {
      const cy = WORD_CLASSES[y] ?? y;
      if (cx === cy) return true;
      if (cx.length >= 4 && cy.length >= 4 && (cx.endsWith(cy) || cy.endsWith(cx))) return true;
    }
  }
  return false;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
