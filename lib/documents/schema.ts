/**
 * Ingest input contract (isomorphic): the API, the form action and the CLI validate with these.
 */
import { z } from "zod";
import { stripControl } from "@/lib/text/control";

/**
 * 2 MB of text: several times the longest news feature, small enough that extraction stays well under a second
 * and one request cannot hold the single SQLite writer for long.
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Uploaded files may carry markup around the text (HTML), so they get a larger allowance than the text itself. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const acceptedFileTypes = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .overwrite(stripControl)
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === "" ? undefined : v));

/** Publication dates are stored and exported as ISO instants with a four-digit year (what import reads back). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * A parseable date whose year-month-day exists: JavaScript reads "2026-02-30" as March 2, which an archive's
 * publication date must not silently become. The instant's UTC year is 1000-9999: "20000-01-01" or "-000001-01-01"
 * parse, but export as "+020000-…", which import refuses, and PostgreSQL refuses some of them outright (issue 14,
 * finding 2: "a date the API accepted fails re-import").
 *
 * @example
 * isRealDate("2026-02-28") // true
 * isRealDate("2026-02-30") // false
 * isRealDate("20000-01-01") // false
 */
export function isRealDate(v: string): boolean {
  const instant = Date.parse(v);
  if (Number.isNaN(instant)) return false;
  const year = new Date(instant).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

export const documentMetaSchema = z.object({
  title: optionalText(300),
  outlet: optionalText(200),
  url: optionalText(2000).pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** ISO date or datetime. */
  publishedAt: optionalText(40).pipe(
    z.string().refine(isRealDate, "publishedAt must be a real ISO date such as 2026-01-15").optional(),
  ),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const ingestJsonSchema = documentMetaSchema.extend({ text: z.string() });
export type IngestJson = z.infer<typeof ingestJsonSchema>;

export const ingestErrorCodes = ["empty", "too_large", "unsupported_type", "invalid"] as const;
export type IngestErrorCode = (typeof ingestErrorCodes)[number];
