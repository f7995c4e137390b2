/**
 * Which model or configuration of a product a figure is about, read from its own clause: the sizes, capacities and
 * speeds written there (signature-lexicon.ts CONFIGURATION_MEASURES). "The 11-inch model starts at $999 with a 1.7GHz
 * chip and 4GB RAM" prices a configuration of size 11, clock 1.7 and data 4; "the 13-inch costs $1,199" another one.
 * The concept phrase often loses the model ("spec upgrade costs"), and the figures of a list of specifications belong
 * to what the clause is about: the clause keeps it. Two figures whose clauses give one measure values that never meet
 * qualify two models, not one thing reported two ways. Pure.
 */
import { MONTHS, WEEKDAYS } from "@/lib/extract/lexicon/quantities.ts";
import { segment } from "@/lib/extract/tokens/segment.ts";
import { CONFIGURATION_MEASURES } from "../signature-lexicon.ts";
import { isCurrency } from "./money.ts";

/** One value of one measure of a configuration, in the measure's base unit, with the step it was written to. */
export interface Setting {
  measure: string;
  value: number;
  step: number;
}

// A clause opened by a subordinating word at the head of the sentence ends at its first comma: "Though the 11-inch
// Air still starts at $999, the 13-inch has dropped to $1,199".
const LEAD_CLAUSE = /^\s*(?:though|although|while|whilst|whereas|if|unlike)\b[^,;]*,/i;
// ", while the 15-inch sells for", ", with an upgraded model going for": a new clause.
const CLAUSE_BREAK = /,\s*(?=(?:while|whilst|whereas|but|though|although|with)\b)/gi;

// Each unit word to its measure, its size in the measure's base unit and whether it counts only written into a noun.
const UNITS = new Map(
  Object.entries(CONFIGURATION_MEASURES).flatMap(([measure, { units, attributive = false }]) =>
    Object.entries(units).map(([word, factor]) => [word, { measure, factor, attributive }] as const),
  ),
);
const UNIT_WORDS = [...UNITS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
// A number and a unit: glued ("4GB"), spaced ("2.3 GHz") or hyphenated ("13-inch"); not inside a longer token.
const VALUE = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d+(?:\\.\\d+)?)(\\s?-\\s?|\\s?)(${UNIT_WORDS})(?:e?s)?(?![\\p{L}\\d])`,
  "giu",
);
const ANY_VALUE = new RegExp(VALUE.source, "iu");
// After a size mark, the noun it is written into: `13" model`, not `0.71" and 4.46 pounds` or `0.71" thick`.
const NOUN_AFTER = /^\s*(?!(?:and|or|at|in|on|of|to|by|for|from|with|thick|thin|wide|long|tall|high|deep)\b)\p{L}/iu;
// "11-and 13-inch", "2.3 or 2.6 GHz": a number whose unit is the next value's.
const SUSPENDED = /(?<![\p{L}\d.,])(\d+(?:\.\d+)?)(\s*-\s*|\s+)(?:and|or)\s+$/iu;
// Between a figure and a value of its own measure: a member of one list ("64 GB and 128 GB"), another model's.
const COORDINATED = /^[\s,]*(?:and|or|to|-|–)?\s*(?:up\s+to\s+)?$/i;

/**
 * The settings named in the clause of a figure (`figure`, between `before` and `after` in its sentence), other than the
 * figure itself and the other members of a list it is one of ("64 GB and 128 GB"). `unit` is the figure's own.
 * @example configurationOf("The 11-inch Air costs ", "$999", " with a 1.7GHz chip.", "USD") // [size 11, clock 1.7]
 */
export function configurationOf(before: string, figure: string, after: string, unit: string | null): Setting[] {
  const text = before + figure + after;
  // Most sentences name no size, capacity or speed: one cheap test first.
  if (!ANY_VALUE.test(text)) return [];
  const from = before.length;
  const to = from + figure.length;
  const [start, end] = clauseOf(text, from, to);
  const own = unit === null ? undefined : UNITS.get(unit.toLowerCase())?.measure;
  const settings: Setting[] = [];
  for (const m of text.slice(start, end).matchAll(VALUE)) {
    const at = start + m.index;
    const stop = at + m[0].length;
    if (at < to && stop > from) continue;
    const found = UNITS.get(m[3].toLowerCase());
    if (found === undefined) continue;
    const { measure, factor, attributive } = found;
    // "13-inch model", `13" Macbook`: a size names a model only written into a noun; "0.71 inches thick" measures.
    if (attributive && !(m[2].includes("-") || (m[2] === "" && NOUN_AFTER.test(text.slice(stop))))) continue;
    if (measure === own && COORDINATED.test(at < from ? text.slice(stop, from) : text.slice(to, at))) continue;
    settings.push(setting(measure, m[1], factor));
    const suspended = SUSPENDED.exec(text.slice(start, at));
    if (suspended === null || (attributive && !suspended[2].includes("-"))) continue;
    // Not the figure itself ("13" of "13-and 15-inch" read as a bare number).
    const written = start + suspended.index;
    if (written >= to || written + suspended[1].length <= from) settings.push(setting(measure, suspended[1], factor));
  }
  return settings;
}

// A list price stated by a verb, and the words between the verb and the figure: "costs $1199", "will cost from $999",
// "is priced at"; not a participle after a list ("..., priced at $1799").
const LIST_PRICE_BEFORE =
  /\b(?:costs?|sells?|retails?|starts?|(?:is|are|was|were|be|been)\s+priced)(?:\s+(?:at|from|for|off\s+at))?\s+(?:(?:at|from|just|only|around|about|roughly|up\s+to)\s+)?$/i;
const LIST_PRICE_TAIL = 64;
// A name: a capitalised word ("Air", "Mountain Lion") or one with a capital inside ("iPhone").
const NAME = /^(?:\p{Lu}[\p{L}\d-]*|\p{Ll}+\p{Lu}[\p{L}\d]*)$/u;
const NOT_NAMES = new Set(["the", "a", "an", "its", "this", "that", "these", "those", "their", "his", "her", "our"]);

/**
 * The names in the subject of a list price, lower case: whose price it is ("Mountain Lion will cost $19.99" ->
 * ["mountain", "lion"], "The 11-inch Air will cost from $999" -> ["air"]). The subject is the clause up to its first
 * verb; a word opening it is a name only when another name follows ("Lower-specced models will cost from": none), and
 * days and months are dates. Empty for other figures.
 * @example productOf("The 11-inch Air will cost from ", "$999", " up to $1099.", "USD") // ["air"]
 */
export function productOf(before: string, figure: string, after: string, unit: string | null): string[] {
  // End-anchored: tested on the last characters only (a scan per position over a whole sentence otherwise).
  if (!isCurrency(unit) || !LIST_PRICE_BEFORE.test(before.slice(-LIST_PRICE_TAIL))) return [];
  const [start] = clauseOf(before + figure + after, before.length, before.length + figure.length);
  const tokens = segment(before.slice(start)).flatMap((s) => s.tokens);
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const subject = tokens.slice(0, verb < 0 ? tokens.length : verb);
  const name = (i: number) => {
    const word = subject[i]?.text.toLowerCase() ?? "";
    if (!NAME.test(subject[i]?.text ?? "") || NOT_NAMES.has(word) || UNITS.has(word)) return false;
    return MONTHS[word] === undefined && !WEEKDAYS.includes(word);
  };
  const names: string[] = [];
  for (let i = 0; i < subject.length; i++) {
    if (!name(i) || (i === 0 && !name(1))) continue;
    names.push(subject[i].text.toLowerCase());
  }
  return names;
}

/**
 * Two list prices of two products: both subjects name something, and nothing in common.
 * @example differentProducts(["mountain", "lion"], ["air"]) // true
 */
export function differentProducts(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((name) => b.includes(name));
}

/**
 * Two figures qualify different configurations: for some measure both clauses name, no value of one meets a value of
 * the other within the rounding of the coarser ("15-inch" meets "15.4-inch"; "1.7GHz" does not meet "1.8GHz").
 * @example differentConfigurations([{ measure: "size", value: 13, step: 1 }], [{ measure: "size", value: 11, step: 1 }]) // true
 */
export function differentConfigurations(a: readonly Setting[], b: readonly Setting[]): boolean {
  for (const measure of new Set(a.filter((s) => b.some((t) => t.measure === s.measure)).map((s) => s.measure))) {
    const left = a.filter((s) => s.measure === measure);
    const right = b.filter((s) => s.measure === measure);
    if (!left.some((s) => right.some((t) => meet(s, t)))) return true;
  }
  return false;
}

function meet(a: Setting, b: Setting): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.step, b.step) / 2 + 1e-9;
}

function setting(measure: string, written: string, factor: number): Setting {
  const decimals = written.split(".")[1]?.length ?? 0;
  return { measure, value: Number(written) * factor, step: 10 ** -decimals * factor };
}

/** The start and end of the clause holding [from, to) in `text`. */
function clauseOf(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  const lead = LEAD_CLAUSE.exec(text);
  if (lead !== null) {
    if (from >= lead[0].length) start = lead[0].length;
    else end = lead[0].length - 1;
  }
  for (const at of breaks(text)) {
    if (at <= from) start = Math.max(start, at);
    else if (at >= to) {
      end = Math.min(end, at);
      break;
    }
  }
  return [start, end];
}

/**
 * Where clauses of `text` start, in order: after ", while" / ", with"..., and after a semicolon when a verb follows
 * before the next one ("; the 15-inch model is offered in"). A semicolon with no verb after it separates the items of
 * one list ("up to 2.7GHz; up to 16GB of RAM; the new graphics and 768GB of storage").
 */
function breaks(text: string): number[] {
  const at = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1);
  for (let i = text.indexOf(";"); i >= 0; i = text.indexOf(";", i + 1)) {
    const next = text.indexOf(";", i + 1);
    const stretch = text.slice(i + 1, next < 0 ? text.length : next);
    if (segment(stretch).some((s) => s.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX"))) at.push(i + 1);
  }
  return at.sort((a, b) => a - b);
}
