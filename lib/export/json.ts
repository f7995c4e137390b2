/**
 * JSON (one array, streamed element by element) and JSONL (one record per line) exports. The record is ExportRow;
 * JSONL is the format `claimtrack import` reads back.
 */
import type { ExportRow } from "./row.ts";

/**
 * Streams rows as a JSON array without holding it: "[", the records separated by commas, "]".
 *
 * @example
 * for await (const chunk of toJsonArray(rows)) out.write(chunk);
 */
export async function* toJsonArray<T>(rows: AsyncIterable<T>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const row of rows) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

/**
 * Streams rows as JSON Lines: one JSON object per line, newline-terminated.
 *
 * @example
 * for await (const line of toJsonl(rows)) out.write(line);
 */
export async function* toJsonl(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}
