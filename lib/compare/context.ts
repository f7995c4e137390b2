/**
 * What the words around a figure say about which set it counts, beyond its concept phrase: the noun phrase's own
 * modifiers ("four consecutive life sentences without parole" is not "seven life sentences"), a past-time cue that
 * puts it in another event ("weeks after a driver shot eight people"), the verb that governs it ("shot three victims",
 * "shot one person dead"). Read from the claim text, which the app stores too, so the CLI and the app group alike.
 * Pure.
 */
import { isAgeUnit, TIME_UNITS } from "@/lib/extract/lexicon/units.ts";
import { holderOf } from "./holder.ts";
import type { CompareItem } from "./item.ts";
import { isPlayerLine } from "./signature.ts";
import { EVENT_CLASSES, UNIT_EVENTS } from "./signature-lexicon.ts";

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
}

// Number words and the glue of vague numbers: the modifiers of "two dozen other people" start after "dozen".
const NUMBERISH =
  /^(?:\S*\d\S*|[½⅓⅔¼¾]|a|an|of|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores?|half|couple|few|several|many|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))$/i;
// Words after "with"/"without" that restrict nothing by themselves.
const FILLER = new Set(["the", "a", "an", "any", "possibility", "chance", "of", "for", "their", "his", "her", "its"]);
const SUBSET_BEFORE = /\b(other|remaining|additional|further|another|extra|including|among\s+them)\s*$/i;
// "The death toll from Tuesday's fire ... has risen to", "put the number of dead at", "the toll stood at": the clause
// before a bare number names it a toll. No sentence end and no second number between the cue and the figure.
const TOLL_BEFORE =
  /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|victims))\b[^.;:\d]{0,80}?\b(?:to|at|of|is|was|reached|hit|stands|stood)\s*$/i;
const PAST_ANYWHERE =
  /\b(?:(?:last|previous|past)\s+(?:year|month|week|season|summer|winter|spring|autumn|fall|decade)|earlier\s+this\s+(?:year|month)|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\b/i;
const PAST_BEFORE = /\b(?:days|weeks|months|years|decades|a\s+(?:day|week|month|year))\s+(?:after|before|earlier)\b/gi;
// End-anchored patterns look at the last characters only: run over a whole sentence they cost a scan per position.
const TAIL = 48;
const TIME_WORD = /ago|last|previous|past|earlier|after|before/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// "in 2013", "in the 2013 collapse", "in April 2013", "during early 2013" later in the clause; not "since 2013".
const YEAR_AFTER =
  /^[^.;!?]*?\b(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d\d)\b/u;
// A comma after a lower-case word closes a clause ("Two weeks after the quake, 300 people ..."); after a name or a
// number it does not ("a Manchester, Conn., beer distributorship", "June 2012, a 3.0 quake").
const CLAUSE_COMMA = /(?:^|\s)[a-z][\p{L}'-]*,/u;
// "a girlfriend of seven years", "a veteran of 28 years"; not "a total / period / term of 30 years" (the measure).
const NOUN_OF = /\b(\p{L}+)\s+of\s*$/u;
// A sentence's length is its measure too: "prison sentences of between six and 75 years" (like "a term of 30 years").
const MEASURE_NOUNS = new Set("total period term sentence span spell stretch duration length average".split(" "));
const DEAD_AFTER = /^\s+(?:dead|to\s+death)\b/i;
// "In the sixth, ...", "During the second half, ...": an ordinal part named at the head of the sentence, then a comma.
const ORDINAL =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last|opening|\\d+(?:st|nd|rd|th)";
const SCOPE_HEAD = new RegExp(
  `^\\s*(?:in|during)\\s+the\\s+(${ORDINAL})(?:\\s+(round|quarter|half|period|inning|set|game|leg|stage|lap))?\\s*,`,
  "i",
);
// "In San Diego's first meeting with the Steelers this season, ...", "In their second game against Denver, ...": an
// earlier occasion of the same kind, named at the head of the sentence up to a comma. Its count is not this event's.
const OCCASION_HEAD = new RegExp(
  `^\\s*(?:in|during)\\s+(?:(?:his|her|their|its|the)\\s+|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}?\\p{Lu}[\\p{L}.-]*['’]s?\\s+)(${ORDINAL})\\s+(meeting|game|match|fight|bout|appearance|start|race|trial|visit|season)\\b[^,.;:!?]{0,60},`,
  "iu",
);
const YEAR_IN_CLAUSE = /\b(?:19|20)\d\d\b(?!\s+\p{Lu})/gu;
// "$7.3 billion in annual sales": the (lower-case or all-capital) noun after "in", past a few adjectives.
const MONEY_IN =
  /^\s+in\s+(?:(?:annual|yearly|quarterly|monthly|new|net|gross|additional|extra|estimated|total)\s+)*(\p{Ll}[\p{Ll}-]*|\p{Lu}(?:\p{Lu}|&)*(?![\p{Ll}]))/u;
/** The kinds a sum is paid in: "$281 million in cash" is a part of "$334 million" paid in cash and stock. */
const PAYMENT_PARTS = new Set(["cash", "stock", "stocks", "shares", "equity", "debt", "bonds", "loans"]);
const MONEY_IN_STOP = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
  "that",
  "each",
  "all",
  "total",
]);

const memo = new WeakMap<CompareItem, FigureContext>();

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
  // "a 60-year-old woman charged with killing two women 41 years ago": what follows an age dates the deed, not the
  // age; only a past time leading into it does ("In 1967, a 20-year-old ...").
  const age = isAge(item);
  const unit = bareUnit(item);
  const context = {
    modifiers: modifiersOf(item.quantity.text, before, after),
    background: isBackground(before, age ? "" : after, item.publishedAt),
    events: eventsAround(before, after),
    attributive: durationOf(item.quantity.unit, before),
    toll: item.quantity.unit === null && TOLL_BEFORE.test(before.slice(-120)),
    holder: holderOf(before, isPlayerUnit(item)),
    scope: scopeOf(before),
    moneyIn: moneyIn(item.quantity.unit, after),
    price: isPrice(item.quantity.unit, before),
    years: yearsAround(before, after),
    span: spanOfGames(item, before, after),
    required: REQUIRED_BEFORE.test(before.slice(-TAIL)),
    countdown: CLOCK_UNITS.has(unit) && COUNTDOWN_AFTER.test(after),
    role: TIME_UNITS.has(unit) || unit === "season" ? roleOf(after) : null,
    anaphoric: ANAPHORIC_BEFORE.test(before),
    anchor: anchorOf(unit, after),
  };
  memo.set(item, context);
  return context;
}

/**
 * Two different figures count different sets when their noun phrases are modified differently ("four consecutive
 * life sentences" vs "seven life sentences", "the other nine jurors" vs "one or two jurors"), or one is background.
 * Two bare phrases ("over 800 fighters", "approximately 850 fighters") are not kept apart.
 * @example differentSets(item("nine pro-death jurors"), item("one or two jurors")) // true
 */
export function differentSets(a: CompareItem, b: CompareItem): boolean {
  const ca = contextOf(a);
  const cb = contextOf(b);
  if (ca.background !== cb.background) return true;
  // Whose age it is was settled by the holder (signature.ts sameAge); the words around it describe the person.
  if (isAge(a) && isAge(b)) return false;
  if (ca.holder !== null && cb.holder !== null && ca.holder !== cb.holder) return true;
  if (ca.scope !== cb.scope) return true;
  // A season's or a career's total against one game's line.
  if (ca.span !== cb.span) return true;
  if (ca.required !== cb.required) return true;
  if (ca.countdown || cb.countdown || ca.anaphoric || cb.anaphoric) return true;
  if (ca.role !== null && cb.role !== null && ca.role !== cb.role) return true;
  // "nine days before the inauguration" and "in about 30 days": two spans from two moments.
  if (ca.anchor !== cb.anchor) return true;
  if (ca.moneyIn !== null && cb.moneyIn !== null && ca.moneyIn !== cb.moneyIn) return true;
  // "$281 million in cash" against the deal's "$334 million": the part of a sum paid in one kind, not the sum.
  if ((ca.moneyIn === null) !== (cb.moneyIn === null) && PAYMENT_PARTS.has(ca.moneyIn ?? cb.moneyIn ?? "")) return true;
  // "buy the company for $13.9 billion" against "$54 billion in services revenue": a price is not a sum held in a kind
  // (the whole price "in cash and stock" excepted).
  const heldIn = (c: FigureContext) => c.moneyIn !== null && c.moneyIn !== "whole";
  if ((ca.price && heldIn(cb)) || (cb.price && heldIn(ca))) return true;
  if (ca.modifiers.size !== cb.modifiers.size) return true;
  for (const m of ca.modifiers) if (!cb.modifiers.has(m)) return true;
  return false;
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

/** The claim text before and after the figure; empty when the figure's span is not inside its claim. */
function around(item: CompareItem): { before: string; after: string } {
  const { quantity: q, claim } = item;
  const from = q.start - claim.start;
  const to = q.end - claim.start;
  if (from < 0 || to > claim.text.length || claim.text.slice(from, to) !== q.text) return { before: "", after: "" };
  return { before: claim.text.slice(0, from), after: claim.text.slice(to) };
}

function modifiersOf(text: string, before: string, after: string): Set<string> {
  const modifiers = new Set<string>();
  const tokens = text.split(/\s+/).filter(Boolean);
  let last = -1;
  tokens.forEach((t, i) => {
    if (NUMBERISH.test(t)) last = i;
  });
  // Between the number and the counted noun (the last token): "four [consecutive life] sentences".
  if (last >= 0) for (const t of tokens.slice(last + 1, -1)) addWord(modifiers, t);
  const subset = SUBSET_BEFORE.exec(before.slice(-TAIL));
  if (subset) modifiers.add("other");
  const restrict = /^\s+(with|without)\s+([^,.;:()"“”]*)/i.exec(after);
  if (restrict) {
    const words = restrict[2].split(/\s+/).filter((w) => w && !FILLER.has(w.toLowerCase()));
    for (const w of words.slice(0, 3)) modifiers.add(`${restrict[1].toLowerCase()} ${w.toLowerCase()}`);
  }
  return modifiers;
}

function addWord(into: Set<string>, token: string): void {
  const word = token.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
  // Event words are compared as events ("24 dead people" vs "24 people killed"), not as modifiers.
  if (word === "" || EVENT_CLASSES[word] || UNIT_EVENTS[word] || /(?:ed|ing)$/.test(word)) return;
  into.add(word);
}

/**
 * The verb that takes the figure as its object ("shot three victims", "fatally shot eight", "wounding two others"):
 * the concept phrase often drops it, yet it says what happened to the counted people. Plus "shot one person dead".
 */
function eventsAround(before: string, after: string): Set<string> {
  const events = new Set<string>();
  if (DEAD_AFTER.test(after)) events.add("die");
  const words = /(?:^|[^\p{L}])(\p{L}+)(?:\s+(\p{L}+))?\s*$/u.exec(before.slice(-TAIL));
  for (const word of [words?.[1], words?.[2]]) {
    const event = word === undefined ? undefined : eventOf(word.toLowerCase());
    if (event) events.add(event);
  }
  return events;
}

function eventOf(word: string): string | undefined {
  for (const stem of [
    word,
    word.replace(/ed$/, ""),
    word.replace(/d$/, ""),
    word.replace(/ing$/, ""),
    word.replace(/ing$/, "e"),
  ]) {
    const event = EVENT_CLASSES[stem] ?? UNIT_EVENTS[stem];
    if (event) return event;
  }
  return undefined;
}

/** The part a sentence opens by scoping itself to ("In the sixth, ..."), lower-cased; null for none. */
function scopeOf(before: string): string | null {
  const m = SCOPE_HEAD.exec(before) ?? OCCASION_HEAD.exec(before);
  return m === null ? null : [m[1], m[2]].filter(Boolean).join(" ").toLowerCase();
}

/**
 * Years written in the figure's stretch of its sentence: up to 80 characters either side, not past a sentence or
 * clause stop. A year right before a capitalised word is a model or a name ("a 2008 GMC Sierra"), not a date.
 */
function yearsAround(before: string, after: string): string[] {
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

// "nine days before Obama's inauguration", "two hours after the blast": a span counted from another moment. The anchor
// is the preposition and the first noun after it (a possessive name and articles skipped), when a noun phrase ends there:
// "lasted two hours before the gunman gave up" is a duration followed by what came next, not a span from a moment.
const ANCHOR_AFTER =
  /^\s*(before|after|ahead\s+of|prior\s+to|earlier\s+than|later\s+than)\s+(?:(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.-]*['’]s?)\s+)*(\p{L}+)(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|in|on|at|to|for|and|or|by|with|from)\b)/u;

function anchorOf(unit: string, after: string): string | null {
  if (!TIME_UNITS.has(unit)) return null;
  const m = ANCHOR_AFTER.exec(after);
  return m === null ? null : `${m[1].toLowerCase().replace(/\s+/g, " ")} ${m[2].toLowerCase()}`;
}

/** The unit in lower case, singular ("Seconds" -> "second"); "" for none. */
function bareUnit(item: CompareItem): string {
  return item.quantity.unit?.toLowerCase().replace(/s$/, "") ?? "";
}

/** The units a game clock counts down in. */
const CLOCK_UNITS = new Set(["second", "minute", "hour"]);

// "31 seconds remaining", "10 minutes left in the quarter", "12 minutes, 31 seconds to play".
const COUNTDOWN_AFTER = /^\s*(?:,?\s*(?:and\s+)?\d+\s+\p{L}+\s*)?(?:left|remaining|to\s+go|to\s+play)\b/iu;
// "as a player with the 76ers", "as the team's director of personnel", "as coach of the Trail Blazers".
const ROLE_AFTER =
  /^\s+(?:\p{Ll}+\s+)?as\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:team|club|franchise|school)['’]s\s+)?((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s*(?:[,.;:()]|$)|\s+(?:with|for|of|at|in|on|before|after|and|when|while|under|since|until|from)\b)/u;

function roleOf(after: string): string | null {
  return ROLE_AFTER.exec(after)?.[1].toLowerCase() ?? null;
}

// "Those 10 points", "these three people".
const ANAPHORIC_BEFORE = /\b(?:those|these)\s+$/i;

// "needed nine points", "needs just 50 more delegates", "would require at least 60 votes".
const REQUIRED_BEFORE =
  /\b(?:needs?|needed|needing|requires?|required|requiring)\s+(?:(?:just|only|at\s+least|another|a\s+further|about|nearly|more\s+than|fewer\s+than)\s+)?$/i;

// "career", "all-time", "season" (not "career-high", "season-best": one game's line), "entered the game with", a
// running total ("now has 2,129 points") and a record ("Buford's scoring record of 2,116").
const SPAN_OF_GAMES =
  /\b(?:career|all-time|single-season|seasons?|entered\s+the\s+game\s+with|now\s+(?:has|have|holds?|owns?|stands\s+at|sits\s+at)|record\s+of)\b(?!-(?:high|best|low))/i;

/** Points, rebounds, yards...: a figure that is some player's or team's line, read from its unit alone. */
function isPlayerUnit(item: CompareItem): boolean {
  return isPlayerLine(bareUnit(item) || null);
}

/** The figure's own clause: back to the last punctuation or figure before it, on to the next after it. */
function spanOfGames(item: CompareItem, before: string, after: string): boolean {
  if (!isPlayerUnit(item)) return false;
  const left = before.split(/[,;:.!?\d]/).pop() ?? "";
  return SPAN_OF_GAMES.test(left) || SPAN_AFTER.test(after);
}

// Right after the figure only a phrase that scopes it: "20 points this season", "2,302 for his career" — not a clause
// about something else ("23 points to become the all-time scoring leader").
// "2,029 points in 106 games" is a total over games too.
const SPAN_AFTER =
  /^\s*(?:\p{L}+\s+)?(?:(?:for|in|on|over|during|this|of)\s+(?:(?:a|the|his|her|their|this|a\s+single)\s+)?(?:career|season)\b(?!-)|in\s+\d[\d,]*\s+(?:career\s+)?games\b)/iu;

/**
 * Two figures whose stretches of text name years, none in common ("four games of the 2007 season", "four games of the
 * 2008 season"): they count two things, equal or not.
 * @example differentYears(item("the first four games of the 2007 season"), item("the first four games of the 2008 season")) // true
 */
export function differentYears(a: CompareItem, b: CompareItem): boolean {
  const ya = contextOf(a).years;
  const yb = contextOf(b).years;
  return ya.length > 0 && yb.length > 0 && !ya.some((y) => yb.includes(y));
}

/** The kind of a sum of money named by "in" right after it; null for other units or places ("in Texas"). */
function moneyIn(unit: string | null, after: string): string | null {
  if (unit === null || !/^[A-Z]{3}\b/.test(unit)) return null;
  const word = MONEY_IN.exec(after)?.[1].toLowerCase();
  if (word === undefined || MONEY_IN_STOP.has(word)) return null;
  // "$334 million in cash and stock" is the whole sum, paid in two kinds.
  const second = MONEY_IN_AND.exec(after)?.[1].toLowerCase();
  return PAYMENT_PARTS.has(word) && second !== undefined && PAYMENT_PARTS.has(second) ? "whole" : word;
}

// A transaction verb, then (in the same clause) "for" and at most a comparison right before the sum.
const PRICE_BEFORE =
  /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|sell|sells|sold|selling|purchase|purchases|purchased|purchasing|pay|pays|paid|paying)\b[^.;:!?]{0,80}\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|an\s+estimated|more\s+than|less\s+than|under|over|up\s+to|just|only)\s+)?$/i;

function isPrice(unit: string | null, before: string): boolean {
  return unit !== null && /^[A-Z]{3}\b/.test(unit) && PRICE_BEFORE.test(before.slice(-TAIL));
}

const MONEY_IN_AND = /^\s+in\s+\p{Ll}+\s+and\s+(\p{Ll}+)/u;

function durationOf(unit: string | null, before: string): boolean {
  if (unit === null || !TIME_UNITS.has(unit)) return false;
  const noun = NOUN_OF.exec(before.slice(-TAIL))?.[1].toLowerCase();
  return (
    noun !== undefined &&
    !MEASURE_NOUNS.has(noun.replace(/s$/, "")) &&
    !NUMBERISH.test(noun) &&
    !/^(?:the|all|most|some)$/.test(noun)
  );
}

function isBackground(before: string, after: string, publishedAt: string | null): boolean {
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
