/**
 * Small date parsers over tokens, one shape each (chrono's parser idea, on wink tokens so offsets are free).
 * Each returns the tokens read and the period, resolved against the reference date when the text needs one.
 */

import { lexicon, MONTHS, WEEKDAYS } from "../lexicon/quantities.ts";
import { readNumber } from "../numbers/numbers.ts";
import { isMonth, isTime, isYear } from "../quantities/calendar-filters.ts";
import type { Token } from "../tokens/segment.ts";
import {
  addDays,
  isoDate,
  isValidDay,
  type MonthPart,
  monthPeriod,
  type Period,
  yearOfMonth,
  yearPeriod,
  ymd,
} from "./calendar.ts";

export interface DateMatch {
  tokenEnd: number;
  period: Period | null;
  /** "point" for a day, "period" for a month, year or decade. */
  shape: "point" | "period";
  /** A part read inside the token itself ("mid-January"). */
  part?: MonthPart;
}

export type DateParser = (tokens: Token[], i: number, part: MonthPart, reference: Date | null) => DateMatch | null;

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

function yearAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1000 && y <= 2100 ? y : null;
}

function dayAt(tokens: Token[], i: number): number | null {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(tokens[i]?.text ?? "");
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/**
 * "mid-January" is one wink token.
 * @example monthOf(token("mid-January")) // { month: 1, part: "mid" }
 */
export function monthOf(token: Token | undefined): { month: number; part: MonthPart } | null {
  if (!token) return null;
  const hyphen = /^(early|mid|late)-([A-Za-z]+\.?)$/i.exec(token.text);
  if (hyphen && /^[A-Z]/.test(hyphen[2]) && hyphen[2].toLowerCase() in MONTHS) {
    return { month: MONTHS[hyphen[2].toLowerCase()], part: hyphen[1].toLowerCase() as MonthPart };
  }
  return isMonth(token) ? { month: MONTHS[token.text.toLowerCase()], part: null } : null;
}

function dayPeriod(year: number | null, month: number, day: number, reference: Date | null): Period | null {
  const y = year ?? (reference ? yearOfMonth(month, reference) : null);
  if (y === null || !isValidDay(y, month, day)) return null;
  return { start: ymd(y, month, day), end: null };
}

/** "October 2024", "late December", "Jan. 5, 2024", "January 5", "mid-January". */
export const monthFirst: DateParser = (tokens, i, part, reference) => {
  const m = monthOf(tokens[i]);
  if (!m) return null;
  const p = m.part ?? part;
  let j = i + 1;
  const day = dayAt(tokens, j);
  // "early Aug. 2": a day makes it a point, whatever part word came before.
  if (day !== null && m.part === null) {
    j++;
    if (tokens[j]?.text === "," && yearAt(tokens, j + 1) !== null) j++;
    const year = yearAt(tokens, j);
    if (year !== null) j++;
    return { tokenEnd: j, period: dayPeriod(year, m.month, day, reference), shape: "point" };
  }
  const year = yearAt(tokens, j) ?? (lower(tokens, j) === "of" ? yearAt(tokens, j + 1) : null);
  if (year !== null) j += lower(tokens, j) === "of" ? 2 : 1;
  // Bare "May" / "March" are verbs as often as months: need a year, a part word, or a preposition.
  const word = lower(tokens, i);
  if (year === null && p === null && (word === "may" || word === "march")) {
    if (
      !["in", "since", "until", "by", "of", "last", "next", "this", "during", "early", "late", "mid"].includes(
        lower(tokens, i - 1),
      )
    )
      return null;
  }
  const y = year ?? (reference ? yearOfMonth(m.month, reference) : null);
  return { tokenEnd: j, period: y === null ? null : monthPeriod(y, m.month, p), shape: "period", part: m.part };
};

/** "5 January 2024", "5th of March". */
export const dayFirst: DateParser = (tokens, i, _part, reference) => {
  const day = dayAt(tokens, i);
  if (day === null) return null;
  let j = i + 1;
  if (lower(tokens, j) === "of") j++;
  const m = monthOf(tokens[j]);
  if (!m || m.part) return null;
  j++;
  const year = yearAt(tokens, j);
  if (year !== null) j++;
  return { tokenEnd: j, period: dayPeriod(year, m.month, day, reference), shape: "point" };
};

const YEAR_SHAPE = /^(?:\d{2}|\d{4})$/;

/** "since 1979", "in 2009", "a 2011 plot", "2010-11", "the 1990s", "early 2020". */
export const yearOnly: DateParser = (tokens, i, part) => {
  const t = tokens[i];
  if (!t) return null;
  const decade = /^(\d{3})0s$/.exec(t.text);
  if (decade) {
    const y = Number(decade[1]) * 10;
    const period = part === null ? { start: ymd(y, 1, 1), end: ymd(y + 9, 12, 31) } : decadePart(y, part);
    return { tokenEnd: i + 1, period, shape: "period" };
  }
  const range = /^(\d{4})[-–](\d{2}|\d{4})$/.exec(t.text);
  if (range && Number(range[1]) >= 1000 && Number(range[1]) <= 2100) {
    const a = Number(range[1]);
    const b = range[2].length === 2 ? Math.floor(a / 100) * 100 + Number(range[2]) : Number(range[2]);
    if (b <= a) return null;
    return { tokenEnd: i + 1, period: { start: ymd(a, 1, 1), end: ymd(b, 12, 31) }, shape: "period" };
  }
  // isYear takes four digits, or two after an apostrophe ("'09"): no other token needs reading as a number.
  if (!YEAR_SHAPE.test(t.text)) return null;
  const r = readNumber(tokens, i, false);
  // "(1930 GMT)" is a clock time.
  if (r === null || !isYear(tokens, r) || isTime(tokens, r)) return null;
  return { tokenEnd: i + 1, period: yearPeriod(r.value, part), shape: "period" };
};

function decadePart(y: number, part: Exclude<MonthPart, null>): Period {
  const [a, b] = part === "early" ? [0, 3] : part === "mid" ? [3, 6] : [6, 9];
  return { start: ymd(y + a, 1, 1), end: ymd(y + b, 12, 31) };
}

/** "2024-01-05", "1/5/2024" (month first unless the first number cannot be a month). */
export const numeric: DateParser = (tokens, i) => {
  const text = tokens[i]?.text ?? "";
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDay(y, m, d) ? { tokenEnd: i + 1, period: { start: ymd(y, m, d), end: null }, shape: "point" } : null;
  }
  // "09 / 14 / 2013": the same date with the slashes spaced out into their own tokens.
  const spaced =
    /^\d{1,2}$/.test(text) && tokens[i + 1]?.text === "/" && tokens[i + 3]?.text === "/"
      ? `${text}/${tokens[i + 2]?.text}/${tokens[i + 4]?.text}`
      : null;
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(spaced ?? text);
  if (!slash) return null;
  const end = spaced ? i + 5 : i + 1;
  let [a, b] = [Number(slash[1]), Number(slash[2])];
  const y = slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3]);
  if (a > 12) [a, b] = [b, a];
  return isValidDay(y, a, b) ? { tokenEnd: end, period: { start: ymd(y, a, b), end: null }, shape: "point" } : null;
};

/** "on Monday": the latest such day on or before the reference (news reports the past). */
export const weekday: DateParser = (tokens, i, _part, reference) => {
  const t = tokens[i];
  if (!t || !/^[A-Z]/.test(t.text)) return null;
  const dow = WEEKDAYS.indexOf(t.text.toLowerCase());
  if (dow < 0) return null;
  if (!reference) return { tokenEnd: i + 1, period: null, shape: "point" };
  const back = (reference.getUTCDay() - dow + 7) % 7;
  return { tokenEnd: i + 1, period: { start: isoDate(addDays(reference, -back)), end: null }, shape: "point" };
};

const UNIT_DAYS = lexicon<number>({ day: 1, week: 7 });

const SHIFTS = lexicon<number>({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 });
const DIRECTIONS = lexicon<number>({ last: -1, this: 0, next: 1, past: -1 });

/** "yesterday", "today", "last week", "this year", "next month", "three days ago". */
export const relative: DateParser = (tokens, i, _part, reference) => {
  const w = lower(tokens, i);
  const shift = SHIFTS[w];
  if (shift !== undefined) {
    const period = reference ? { start: isoDate(addDays(reference, shift)), end: null } : null;
    return { tokenEnd: i + 1, period, shape: "point" };
  }
  const dir = DIRECTIONS[w];
  const unit = lower(tokens, i + 1);
  if (dir !== undefined && (unit === "week" || unit === "month" || unit === "year" || unit === "weekend")) {
    return { tokenEnd: i + 2, period: reference ? relativePeriod(reference, dir, unit) : null, shape: "period" };
  }
  if (!agoAhead(tokens, i)) return null;
  const n = readNumber(tokens, i, false);
  const u = lower(tokens, n?.tokenEnd ?? -1).replace(/s$/, "");
  if (
    n &&
    n.kind !== "vague" &&
    Number.isInteger(n.value) &&
    n.value < 100_000 &&
    u in UNIT_DAYS &&
    lower(tokens, n.tokenEnd + 1) === "ago"
  ) {
    const period = reference ? { start: isoDate(addDays(reference, -n.value * UNIT_DAYS[u])), end: null } : null;
    return { tokenEnd: n.tokenEnd + 2, period, shape: "point" };
  }
  return null;
};

/** Whether "ago" follows within a number's and a unit's reach: most numbers are no "three days ago". */
function agoAhead(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k <= i + AGO_REACH; k++) if (lower(tokens, k) === "ago") return true;
  return false;
}

/** "two hundred and twenty-one days ago": the longest number words plus the unit stay inside this many tokens. */
const AGO_REACH = 10;

function relativePeriod(reference: Date, dir: number, unit: string): Period {
  const y = reference.getUTCFullYear();
  if (unit === "year") return yearPeriod(y + dir, null);
  if (unit === "month") {
    const d = new Date(Date.UTC(y, reference.getUTCMonth() + dir, 1));
    return monthPeriod(d.getUTCFullYear(), d.getUTCMonth() + 1, null);
  }
  // Weeks run Monday-Sunday; the weekend is that week's Saturday-Sunday.
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) + 7 * dir);
  if (unit === "weekend") return { start: isoDate(addDays(monday, 5)), end: isoDate(addDays(monday, 6)) };
  return { start: isoDate(monday), end: isoDate(addDays(monday, 6)) };
}
