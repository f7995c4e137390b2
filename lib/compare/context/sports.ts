/**
 * What the words around a figure say about the part of a game, a season or a career it counts: the part a sentence
 * opens by scoping itself to ("In the sixth, ..."), a player's line totalled over a span of games ("4,183 passing
 * yards for a season"), a moment on a clock counting down ("with 4 minutes 48 seconds remaining") and the role a span
 * was spent in ("11 seasons as a player"). Units come bare: lower case, singular, "" for none. Pure.
 */
import { TIME_UNITS } from "@/lib/extract/lexicon/units.ts";
import { isPlayerLine } from "../signature.ts";

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

/**
 * The part a sentence opens by scoping itself to ("In the sixth, ..."), lower-cased; null for none.
 * @example scopeOf("During the second half, Smith scored ") // "second half"
 */
export function scopeOf(before: string): string | null {
  const m = SCOPE_HEAD.exec(before) ?? OCCASION_HEAD.exec(before);
  return m === null ? null : [m[1], m[2]].filter(Boolean).join(" ").toLowerCase();
}

/**
 * Points, rebounds, yards...: a figure that is some player's or team's line, read from its bare unit alone.
 * @example isPlayerUnit("point") // true
 */
export function isPlayerUnit(unit: string): boolean {
  return isPlayerLine(unit || null);
}

// "career", "all-time", "season" (not "career-high", "season-best": one game's line), "entered the game with", a
// running total ("now has 2,129 points") and a record ("Buford's scoring record of 2,116").
const SPAN_OF_GAMES =
  /\b(?:career|all-time|single-season|seasons?|entered\s+the\s+game\s+with|now\s+(?:has|have|holds?|owns?|stands\s+at|sits\s+at)|record\s+of)\b(?!-(?:high|best|low))/i;
// Right after the figure only a phrase that scopes it: "20 points this season", "2,302 for his career" — not a clause
// about something else ("23 points to become the all-time scoring leader").
// "2,029 points in 106 games" is a total over games too.
const SPAN_AFTER =
  /^\s*(?:\p{L}+\s+)?(?:(?:for|in|on|over|during|this|of)\s+(?:(?:a|the|his|her|their|this|a\s+single)\s+)?(?:career|season)\b(?!-)|in\s+\d[\d,]*\s+(?:career\s+)?games\b)/iu;

/**
 * A player's line whose own clause names a span of games: back to the last punctuation or figure before it, on to
 * the next after it.
 * @example spanOfGames("point", "Smith entered the game with ", " in his career") // true
 */
export function spanOfGames(unit: string, before: string, after: string): boolean {
  if (!isPlayerUnit(unit)) return false;
  const left = before.split(/[,;:.!?\d]/).pop() ?? "";
  return SPAN_OF_GAMES.test(left) || SPAN_AFTER.test(after);
}

/**
 * The words that name a span of games: between a total's number and its noun ("2,301 career points") they say what
 * spanKindOf says, so two totals are compared by their spans, not by these words. "career" and "all-time" span a
 * career; "single-season" (before "season": the longer form first) and "season" one season.
 */
export const SPAN_WORDS: ReadonlySet<string> = new Set(["career", "all-time", "single-season", "season"]);
const SPAN_KIND = new RegExp(`\\b(${[...SPAN_WORDS].join("|")})\\b(?!-(?:high|best|low))`, "i");

/**
 * Which span a total over games names, in the figure (`text`) or where spanOfGames reads: "career" (also "all-time"),
 * "season" (also "single-season"), or null when it names none ("now has 2,129 points", "entered the game with 2,282").
 * @example spanKindOf("Hansbrough now has ", "2,301 career points", " as a Tar Heel") // "career"
 */
export function spanKindOf(before: string, text: string, after: string): "career" | "season" | null {
  const left = before.split(/[,;:.!?\d]/).pop() ?? "";
  const m =
    SPAN_KIND.exec(text) ??
    SPAN_KIND.exec(left) ??
    (SPAN_AFTER.test(after) ? SPAN_KIND.exec(after.slice(0, 40)) : null);
  if (m === null) return null;
  return /career|all-time/i.test(m[1]) ? "career" : "season";
}

/** The units a game clock counts down in. */
const CLOCK_UNITS = new Set(["second", "minute", "hour"]);
// "31 seconds remaining", "10 minutes left in the quarter", "12 minutes, 31 seconds to play".
const COUNTDOWN_AFTER = /^\s*(?:,?\s*(?:and\s+)?\d+\s+\p{L}+\s*)?(?:left|remaining|to\s+go|to\s+play)\b/iu;

/**
 * A moment on a clock counting down, not a length of time.
 * @example isCountdown("minute", " left in the fourth quarter") // true
 */
export function isCountdown(unit: string, after: string): boolean {
  return CLOCK_UNITS.has(unit) && COUNTDOWN_AFTER.test(after);
}

// "as a player with the 76ers", "as the team's director of personnel", "as coach of the Trail Blazers".
const ROLE_AFTER =
  /^\s+(?:\p{Ll}+\s+)?as\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:team|club|franchise|school)['’]s\s+)?((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s*(?:[,.;:()]|$)|\s+(?:with|for|of|at|in|on|before|after|and|when|while|under|since|until|from)\b)/u;

/**
 * The role a span of time or of seasons was spent in; null for other units.
 * @example roleOf("season", " as a head coach with the Bulls") // "head coach"
 */
export function roleOf(unit: string, after: string): string | null {
  if (!TIME_UNITS.has(unit) && unit !== "season") return null;
  return ROLE_AFTER.exec(after)?.[1].toLowerCase() ?? null;
}

// The kind of a gain in yards, as its own words name it: "258 receiving yards", "226 yards rushing".
const YARD_KIND_WORD = /\b(rushing|receiving|passing|return)\b/i;
const YARD_KIND_AFTER_WORD = /^\s+(rushing|receiving|passing)\b/i;
// Or as the verb before it does: "rushed for 226 yards", "threw for 300 yards", "caught six passes for 80 yards".
const YARD_VERB_BEFORE =
  /\b(?:(rushed|ran)|(passed|threw)|(caught|receptions?|catches))\b[^.;:!?\d]{0,30}?\bfor\s+(?:(?:a\s+)?[\p{Ll}-]+\s+)?$/iu;
// Or as what it was gained on: "404 yards and two touchdowns on 106 carries", "440 yards on 52 catches".
const YARD_ON_AFTER =
  /^\s+(?:and\s+[^.;:!?]{0,30}?\s+)?on\s+\d[\d,]*\s+(?:(carries|rushes|rushing\s+attempts)|(completions|passes\s+completed)|(catches|receptions))\b/i;
const KINDS = ["rushing", "passing", "receiving"] as const;

/**
 * The kind of a gain in yards (rushing, receiving, passing, return) its own words or the verb before it name; null
 * for other units or when nothing names it. Two gains of two kinds are two lines, whoever gained them.
 * @example yardKindOf("yard", "He finished with ", "404 yards", " and two touchdowns on 106 carries") // "rushing"
 */
export function yardKindOf(unit: string, before: string, text: string, after: string): string | null {
  if (unit !== "yard") return null;
  const word = YARD_KIND_WORD.exec(text) ?? YARD_KIND_AFTER_WORD.exec(after);
  if (word) return word[1].toLowerCase();
  const m = YARD_VERB_BEFORE.exec(before.slice(-60)) ?? YARD_ON_AFTER.exec(after);
  if (m === null) return null;
  // Both patterns capture rushing, passing, receiving in that order.
  return KINDS[[m[1], m[2], m[3]].findIndex((g) => g !== undefined)];
}
