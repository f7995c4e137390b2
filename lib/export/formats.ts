/**
 * The export formats, their media types and file names, and one entry point that turns rows into a byte stream.
 * Shared by the HTTP route and the CLI, so both produce the same bytes.
 */
import { z } from "zod";
import { toClaimReviews } from "./claimreview.ts";
import { toCsv, toCsvPerFigure } from "./csv.ts";
import { toJsonArray, toJsonl } from "./json.ts";
import type { ExportRow } from "./row.ts";

export const exportFormats = ["csv", "json", "jsonl", "claimreview"] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const formatInfo: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  jsonl: { contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl" },
  claimreview: { contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
};

export interface SerializeOptions {
  baseUrl?: string;
  publisher?: string;
  /** CSV only: one record per figure instead of one per claim. */
  perFigure?: boolean;
}

/** Chunks handed to the transport are coalesced up to this size: one write per row would cost more than the row. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Rows to text chunks in the given format. The first chunk (header or "[") is yielded at once, later ones coalesced.
 *
 * @example
 * for await (const chunk of serialize("csv", streamClaimRows(query))) process.stdout.write(chunk);
 */
export async function* serialize(
  format: ExportFormat,
  rows: AsyncIterable<ExportRow>,
  options: SerializeOptions = {},
): AsyncGenerator<string> {
  const text =
    format === "csv"
      ? options.perFigure
        ? toCsvPerFigure(rows)
        : toCsv(rows)
      : format === "json"
        ? toJsonArray(rows)
        : format === "jsonl"
          ? toJsonl(rows)
          : toClaimReviews(rows, {
              baseUrl: options.baseUrl ?? "http://localhost:3000",
              publisher: options.publisher ?? "claimtrack",
            });
  yield* coalesce(text);
}

async function* coalesce(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = "";
  let first = true;
  for await (const chunk of chunks) {
    buffer += chunk;
    if (first || buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
      first = false;
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * A download file name for an export made at `now`: "claims-2026-11-27.csv".
 *
 * @example
 * exportFileName("jsonl", new Date("2026-11-27T08:00:00Z")) // "claims-2026-11-27.jsonl"
 */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `claims-${now.toISOString().slice(0, 10)}.${formatInfo[format].extension}`;
}
