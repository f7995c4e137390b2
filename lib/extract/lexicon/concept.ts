/**
 * Word lists for the concept phrase. Kept apart from concept/concept.ts so lib/compare can share them.
 */
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, measureWords, unitWords } from "./units.ts";

/**
 * Verbs that introduce a source rather than describe what is counted: "officials reported 45 deaths" counts deaths,
 * not reports. They are skipped when looking for the verb that governs a quantity.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "accord",
  "add",
  "allege",
  "announce",
  "argue",
  "assert",
  "believe",
  "cite",
  "claim",
  "confirm",
  "corroborate",
  "describe",
  "detail",
  "estimate",
  "explain",
  "find",
  "indicate",
  "note",
  "posit",
  "quote",
  "report",
  "reveal",
  "say",
  "show",
  "state",
  "suggest",
  "tell",
  "warn",
  "write",
]);

/** Words of a share or a ratio: "7.5 percent", "a third of the share", "three times". */
const SHARE_WORDS = ["percent", "%", "share", "proportion", "fraction", "point", "times"];

/**
 * Units that measure an amount of something else (money, share, size): the concept then needs the thing measured,
 * which is usually the subject of the verb ("the company lost $4.5 billion", "unemployment rose to 7.5 percent").
 * Built from the unit lexicons: every currency, and every unit of a measure that converts (UNIT_SCALES: length, mass,
 * area, volume, speed). Units of time are not among them ("$4.5 billion last year" measures no "year"), nor a count
 * of bytes or hertz ("a 4GB model" names the model).
 */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  ...SHARE_WORDS,
  ...unitWords({ ...CURRENCY_SYMBOLS, ...CURRENCY_WORDS }),
  ...measureWords(),
]);

/**
 * Counted nouns whose "of" phrase says which kind is counted: "two counts of murder" and "one count of kidnapping" are
 * two charges, "40 cases of cholera" and "12 cases of measles" two diseases.
 */
export const OF_KIND_NOUNS: ReadonlySet<string> = new Set([
  "count",
  "charge",
  "case",
  "incident",
  "instance",
  "act",
  "episode",
]);

/** Particles of phrasal verbs ("broke out", "took back", "comes out to"): with one after it, a word is a verb. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(["out", "up", "down", "off", "away", "back", "over"]);

/** Clause words that end the search for the governing verb to the right of the counted noun. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([";", ":", "—", "–", "(", ")", "\u201c", "\u201d", '"']);

/** Relative pronouns kept in the phrase so it reads as a noun phrase: "fighters who crossed into Iran". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "that", "which"]);

/**
 * Nationality words that hold an age like a noun, not a name ("the 41-year-old American", "a 40-year-old American
 * southpaw"): two of them are not one person by the name (lib/compare/signature.ts ageSignature).
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  (
    "afghan african albanian algerian american argentine argentinian armenian asian australian austrian azerbaijani " +
    "bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian " +
    "canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian " +
    "emirati english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek " +
    "guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian " +
    "jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti latvian lebanese libyan lithuanian " +
    "malaysian malian mexican moldovan mongolian moroccan nepali nigerian norwegian pakistani palestinian panamanian " +
    "peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian slovak slovenian " +
    "somali spanish sudanese swedish swiss syrian taiwanese tanzanian thai tunisian turkish ugandan ukrainian " +
    "uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean"
  ).split(" "),
);
