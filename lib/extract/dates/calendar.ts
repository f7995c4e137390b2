/**
 * Calendar arithmetic on UTC dates for resolving date mentions. Pure: "now" is always an argument.
 */

export interface Period {
  start: string;
  /** null for a single day. */
  end: string | null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * ISO YYYY-MM-DD of a UTC date.
 * @example isoDate(new Date(Date.UTC(2025, 11, 20))) // "2025-12-20"
 */
export function isoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** @example ymd(2024, 1, 5) // "2024-01-05" */
export function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Part of a month: "early" = days 1-10, "mid" = 11-20, "late" = 20-end (docs/quantity-semantics.md). */
export type MonthPart = "early" | "mid" | "late" | null;

/**
 * The period covered by a month, or part of one.
 * @example monthPeriod(2025, 12, "late") // { start: "2025-12-20", end: "2025-12-31" }
 */
export function monthPeriod(year: number, month: number, part: MonthPart): Period {
  const last = daysInMonth(year, month);
  if (part === "early") return { start: ymd(year, month, 1), end: ymd(year, month, 10) };
  if (part === "mid") return { start: ymd(year, month, 11), end: ymd(year, month, 20) };
  if (part === "late") return { start: ymd(year, month, 20), end: ymd(year, month, last) };
  return { start: ymd(year, month, 1), end: ymd(year, month, last) };
}

/**
 * A year, or part of one: "early 2020" = January-April, "mid" = May-August, "late" = September-December.
 * @example yearPeriod(2009, null) // { start: "2009-01-01", end: "2009-12-31" }
 */
export function yearPeriod(year: number, part: MonthPart): Period {
  if (part === "early") return { start: ymd(year, 1, 1), end: ymd(year, 4, 30) };
  if (part === "mid") return { start: ymd(year, 5, 1), end: ymd(year, 8, 31) };
  if (part === "late") return { start: ymd(year, 9, 1), end: ymd(year, 12, 31) };
  return { start: ymd(year, 1, 1), end: ymd(year, 12, 31) };
}

/**
 * The year of a month named without one: the latest such month that has begun by the reference date (news
 * reports the past: "late December" read on 2026-01-10 is December 2025).
 * @example yearOfMonth(12, new Date("2026-01-10")) // 2025
 */
export function yearOfMonth(month: number, reference: Date): number {
  const y = reference.getUTCFullYear();
  return month <= reference.getUTCMonth() + 1 ? y : y - 1;
}

/**
 * True when the day exists in that month.
 * @example isValidDay(2025, 2, 29) // false
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** @example addDays(new Date("2026-01-10"), -1) // 2026-01-09 */
export function addDays(d: Date, days: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days));
}
