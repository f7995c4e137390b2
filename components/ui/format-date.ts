/**
 * Dates as the tables show them, in UTC so server and browser render the same text (no hydration mismatch).
 *
 * @example formatDate("2026-01-09T00:00:00.000Z") // "9 Jan 2026"
 * @example formatDate(null)                       // "—"
 */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
