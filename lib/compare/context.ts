/**
 * What the words around a figure say about which set it counts, beyond its concept phrase: the noun phrase's own
 * modifiers ("four consecutive life sentences without parole" is not "seven life sentences"), a past-time cue that
 * puts it in another event ("weeks after a driver shot eight people"), the verb that governs it ("shot three victims",
 * "shot one person dead"). Read from the claim text, which the app stores too, so the CLI and the app group alike.
 * Each kind of reading lives in ./context/: sets.ts (modifiers, events, toll, required, anaphoric), time.ts
 * (background, years, durations, anchors, spans in two units), money.ts (what a sum is in, prices), sports.ts (scopes, spans of games,
 * countdowns, roles) and products.ts (the model or configuration a clause is about). This file gathers them per
 * figure and compares two figures. Pure.
 */
import { isAgeUnit } from "@/lib/extract/lexicon/units.ts";
import { differentSums, isPrice, moneyIn } from "./context/money.ts";
import {
  configurationOf,
  differentConfigurations,
  differentProducts,
  productOf,
  type Setting,
} from "./context/products.ts";
import {
  eventsAround,
  governingEvent,
  isAnaphoric,
  isChange,
  isForecast,
  isRequired,
  isToll,
  listMates,
  mannerAfter,
  modifiersOf,
} from "./context/sets.ts";
import {
  isCountdown,
  isPlayerUnit,
  roleOf,
  SPAN_WORDS,
  scopeOf,
  spanKindOf,
  spanOfGames,
  yardKindOf,
} from "./context/sports.ts";
import { anchorOf, differentSpans, disjointYears, durationOf, isBackground, yearsAround } from "./context/time.ts";
import { creditedOf, holderOf } from "./holder.ts";
import type { CompareItem } from "./item.ts";

export interface FigureContext {
  /** Modifier words of the figure's own noun phrase: "consecutive", "pro-death", "other", "without parole". */
  modifiers: Set<string>;
  /** A past-time cue governs the figure's clause: it counts another (earlier) event mentioned for comparison. */
  background: boolean;
  /** Event classes of the verb right before the figure and the words right after it: "shot one person dead". */
  events: Set<string>;
  /** "his girlfriend of seven years": a duration naming which thing is meant, like "a seven-year girlfriend". */
  attributive: boolean;
  /**
   * A bare number the words before it name as a death toll: "the death toll ... has risen to 17", "put the number of
   * dead at 16". The concept builder keeps neither the toll nor a counted noun; these count people who died.
   */
  toll: boolean;
  /**
   * The name a figure is bracketed or set off after, with only other figures between: "Rahman (45-7-2, 36 KOs)",
   * "Bowe, 43-1, 33 KO's". Two holders are two things (two boxers' records); null when no name holds it.
   */
  holder: string | null;
  /** The name a player's line is credited to after it ("14 points from Will Artino" -> "artino"); evidence against only. */
  credited: string | null;
  /**
   * The part of an event a sentence opens by scoping itself to: "In the sixth, he landed one punch" -> "sixth",
   * "During the second half, ..." -> "second half". A part's count is not the whole's.
   */
  scope: string | null;
  /** What a sum of money is "in": "$7.3 billion in annual sales" -> "sales", "$389.1 million in R and D" -> "r". */
  moneyIn: string | null;
  /** A sum a thing changed hands for: "will buy the company for $13.9 billion", "sold it for about $2 million". */
  price: boolean;
  /**
   * The years the figure's own stretch of the sentence names ("the first four games of the 2007 season" -> "2007"),
   * sorted; empty when none. Two figures dated by different years count two things, even when they are equal.
   */
  years: string[];
  /**
   * A player's line whose own clause names a span of games ("4,183 passing yards for a season", "entered the game with
   * 2,282 points", "his career"): a total, never one game's line. False for other figures.
   */
  span: boolean;
  /** The span a total names: "2,301 career points" -> "career", "20 points this season" -> "season"; else null. */
  spanKind: "career" | "season" | null;
  /** "needed nine points to pass Ford", "needs 1,237 delegates": a figure required, not one counted. */
  required: boolean;
  /**
   * "with 4 minutes 48 seconds remaining", "10 minutes left in the fourth quarter": a moment on a clock counting down,
   * not a length of time. Two different moments are two things.
   */
  countdown: boolean;
  /** The role a span was spent in: "11 seasons as a player" -> "player", "10 seasons as a head coach" -> "head coach". */
  role: string | null;
  /** "Those 10 points": a figure pointing back at one given before, whichever that was. */
  anaphoric: boolean;
  /**
   * What a duration is counted from when the words after it name it: "nine days before Obama's inauguration" ->
   * "before inauguration"; null for "in about 30 days" (from now) and for other figures.
   */
  anchor: string | null;
  /**
   * The sizes, capacities and speeds the figure's clause names, the figure itself left out: "The 11-inch model starts
   * at $999 with 4GB RAM" -> size 11, data 4. Two clauses naming one measure with values that never meet qualify two
   * models or configurations.
   */
  configuration: Setting[];
  /** The names in the subject of a list price: "Mountain Lion will cost $19.99" -> ["mountain", "lion"]; else []. */
  product: string[];
  /** A percentage stating a change ("40 percent more energy", "rose 5%"), not a share or a level ("retains 80%"). */
  change: boolean;
  /** The kind of a gain in yards: "258 receiving yards", "404 yards on 106 carries" -> "rushing"; else null. */
  yardKind: string | null;
  /** The values a figure is listed with as variants ("offered in $1,799 and $2,199 versions"); else []. */
  listMates: number[];
  /** An expected figure ("thought they would get 7 wins"), not a reported one. */
  forecast: boolean;
  /** The event of a verb in a past form right before the figure, known or not: "missed nine games" -> "miss". */
  governing: string | null;
  /** The noun the counted things came "by", read after the figure: "51 wins coming by way of knockout" -> "knockout". */
  manner: string | null;
}

// End-anchored patterns look at the last characters only: run over a whole sentence they cost a scan per position.
const TAIL = 48;

const memo = new WeakMap<CompareItem, FigureContext>();
type SignatureReadings = Pick<FigureContext, "events" | "toll" | "manner" | "governing">;
const eventMemo = new WeakMap<CompareItem, SignatureReadings>();

/**
 * The readings a figure's signature needs (the verbs around it, a death toll, the noun its things came "by", the
 * past-form verb right before it), without the rest of
 * {@link contextOf}: every figure of a document gets a signature, and only figures that share a counted thing with
 * another one are compared further (memoised per item).
 * @example eventsOf(item("Police said a gunman shot eight people.", "eight people")) // { events: Set {"shoot"}, toll: false }
 */
export function eventsOf(item: CompareItem): SignatureReadings {
  const hit = eventMemo.get(item);
  if (hit) return hit;
  const { before, after } = around(item);
  const tail = before.slice(-TAIL);
  const reading = {
    events: eventsAround(tail, after),
    toll: isToll(item.quantity.unit, before),
    manner: mannerAfter(after),
    governing: governingEvent(tail),
  };
  eventMemo.set(item, reading);
  return reading;
}

/**
 * Reads the context of one figure (memoised per item).
 * @example
 * contextOf(item("Police said 24 people were killed, weeks after a gunman shot eight people in Hartford.", "eight people"))
 * // { modifiers: Set {}, background: true, events: Set {"shoot"}, attributive: false }
 */
export function contextOf(item: CompareItem): FigureContext {
  const hit = memo.get(item);
  if (hit) return hit;
  const { before, after } = around(item);
  const tail = before.slice(-TAIL);
  // "a 60-year-old woman charged with killing two women 41 years ago": what follows an age dates the deed, not the
  // age; only a past time leading into it does ("In 1967, a 20-year-old ...").
  const age = isAge(item);
  const unit = bareUnit(item);
  const context = {
    modifiers: modifiersOf(item.quantity.text, tail, after, isPlayerUnit(unit)),
    background: isBackground(before, age ? "" : after, item.publishedAt),
    ...eventsOf(item),
    attributive: durationOf(item.quantity.unit, tail),
    holder: holderOf(before, isPlayerUnit(unit)),
    credited: isPlayerUnit(unit) ? creditedOf(after) : null,
    scope: scopeOf(before),
    moneyIn: moneyIn(item.quantity.unit, after),
    price: isPrice(item.quantity.unit, tail),
    years: yearsAround(before, after),
    span: spanOfGames(unit, before, after),
    spanKind: spanKindOf(before, item.quantity.text, after),
    required: isRequired(tail),
    countdown: isCountdown(unit, after),
    role: roleOf(unit, after),
    anaphoric: isAnaphoric(before),
    anchor: anchorOf(unit, after),
    configuration: configurationOf(before, item.quantity.text, after, item.quantity.unit),
    product: productOf(before, item.quantity.text, after, item.quantity.unit),
    change: isChange(item.quantity.unit, tail, after),
    yardKind: yardKindOf(unit, before, item.quantity.text, after),
    listMates: listMates(item.quantity.text, before, after),
    forecast: isForecast(before),
  };
  memo.set(item, context);
  return context;
}

/**
 * Two different figures count different sets when their noun phrases are modified differently ("four consecutive
 * life sentences" vs "seven life sentences", "the other nine jurors" vs "one or two jurors"), or one is background.
 * Two bare phrases ("over 800 fighters", "approximately 850 fighters") are not kept apart. `modifiers: false` reads
 * everything but the noun phrase's modifiers (save "other").
 * @example differentSets(item("nine pro-death jurors"), item("one or two jurors")) // true
 */
export function differentSets(a: CompareItem, b: CompareItem, { modifiers = true } = {}): boolean {
  const ca = contextOf(a);
  const cb = contextOf(b);
  if (ca.background !== cb.background) return true;
  if (differentSpans(a, b)) return true;
  // Whose age it is was settled by the holder (signature.ts sameAge); the words around it describe the person.
  if (isAge(a) && isAge(b)) return false;
  if (ca.holder !== null && cb.holder !== null && ca.holder !== cb.holder) return true;
  const wa = whose(a);
  const wb = whose(b);
  if (wa !== null && wb !== null && wa !== wb) return true;
  if (ca.scope !== cb.scope) return true;
  // A season's or a career's total against one game's line.
  if (ca.span !== cb.span) return true;
  // "2,301 career points" and "now has 2,302 points": one running total, one of them naming its span; a career's
  // and a season's are two.
  if (ca.span && ca.spanKind !== null && cb.spanKind !== null && ca.spanKind !== cb.spanKind) return true;
  if (ca.required !== cb.required) return true;
  // "I thought they would get 7 wins" and "tied a record with nine wins": an expectation and a result.
  if (ca.forecast !== cb.forecast) return true;
  // "holds 40 percent more energy" and "retains 80% of its capacity": a change and a level.
  if (ca.change !== cb.change) return true;
  // "offered in $1,799 and $2,199 versions" and "$1,799 for a 15-inch version": the list's other variant is another
  // thing than the one the other report prices.
  if (ca.listMates.includes(b.quantity.value) || cb.listMates.includes(a.quantity.value)) return true;
  if (ca.countdown || cb.countdown || ca.anaphoric || cb.anaphoric) return true;
  if (ca.role !== null && cb.role !== null && ca.role !== cb.role) return true;
  // "258 receiving yards" and "404 yards on 106 carries": two kinds of gain.
  if (ca.yardKind !== null && cb.yardKind !== null && ca.yardKind !== cb.yardKind) return true;
  // "nine days before the inauguration" and "in about 30 days": two spans from two moments.
  if (ca.anchor !== cb.anchor) return true;
  if (differentSums(ca, cb)) return true;
  // "the 13-inch costs $1,199" and "the 11-inch Air costs $999": two models' prices.
  if (differentConfigurations(ca.configuration, cb.configuration)) return true;
  // "Mountain Lion will cost $19.99", "The 11-inch Air will cost $999": two products' list prices.
  if (differentProducts(ca.product, cb.product)) return true;
  // A sole count's modifiers describe it (sole.ts); "other" still marks another set.
  if (!modifiers) return ca.modifiers.has("other") !== cb.modifiers.has("other");
  // Two totals over games were compared by their spans above; the span's word is no other modifier.
  const ma = ca.span ? withoutSpanWords(ca.modifiers) : ca.modifiers;
  const mb = cb.span ? withoutSpanWords(cb.modifiers) : cb.modifiers;
  if (ma.size !== mb.size) return true;
  for (const m of ma) if (!mb.has(m)) return true;
  return false;
}

function withoutSpanWords(modifiers: Set<string>): Set<string> {
  return new Set([...modifiers].filter((m) => !SPAN_WORDS.has(m)));
}

function isAge(item: CompareItem): boolean {
  return isAgeUnit(item.quantity.unit);
}

/**
 * Two figures held by one name ("Klitschko (52-3, 46 KOs)", "Klitschko, 53-3, 47 KO's"; one player's "Charles' 226
 * yards" and "Charles' 246 yards"): evidence that they count the same thing when the phrases say nothing else.
 * @example sameHolder(item("Klitschko (52-3, 46 KOs)"), item("Klitschko, 53-3, 47 KO's")) // true
 */
export function sameHolder(a: CompareItem, b: CompareItem): boolean {
  const ha = contextOf(a).holder;
  return ha !== null && ha === contextOf(b).holder;
}

/**
 * Two figures whose stretches of text name years, none in common ("four games of the 2007 season", "four games of the
 * 2008 season"): they count two things, equal or not.
 * @example differentYears(item("the first four games of the 2007 season"), item("the first four games of the 2008 season")) // true
 */
export function differentYears(a: CompareItem, b: CompareItem): boolean {
  return disjointYears(contextOf(a).years, contextOf(b).years);
}

/** The claim text before and after the figure; empty when the figure's span is not inside its claim. */
function around(item: CompareItem): { before: string; after: string } {
  const { quantity: q, claim } = item;
  const from = q.start - claim.start;
  const to = q.end - claim.start;
  if (from < 0 || to > claim.text.length || claim.text.slice(from, to) !== q.text) return { before: "", after: "" };
  return { before: claim.text.slice(0, from), after: claim.text.slice(to) };
}

/** The unit in lower case, singular ("Seconds" -> "second"); "" for none. */
function bareUnit(item: CompareItem): string {
  return item.quantity.unit?.toLowerCase().replace(/s$/, "") ?? "";
}

/**
 * A player's line credited to one name against a line whose phrase names other people and not that one: "Creighton got
 * 14 points from Will Artino" and "Doug McDermott became Creighton's leading scorer and had five points" are two
 * players' lines. `namesA` / `namesB` are the names of the figures' concept phrases.
 * @example otherPlayer(artino14, new Set(["creighton"]), mcdermott5, new Set(["doug", "mcdermott", "creighton"])) // true
 */
export function otherPlayer(a: CompareItem, namesA: Set<string>, b: CompareItem, namesB: Set<string>): boolean {
  const wa = whose(a);
  const wb = whose(b);
  // Two holders were compared in differentSets; this reads the phrase of a line nobody holds.
  if ((wa === null) === (wb === null)) return false;
  return wa !== null ? creditedElsewhere(wa, namesA, namesB) : creditedElsewhere(wb as string, namesB, namesA);
}

function whose(item: CompareItem): string | null {
  const c = contextOf(item);
  return c.holder ?? c.credited;
}

function creditedElsewhere(who: string, namesA: Set<string>, namesB: Set<string>): boolean {
  if (namesB.has(who)) return false;
  for (const n of namesB) if (!namesA.has(n)) return true;
  return false;
}
