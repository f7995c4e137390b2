/**
 * Streams `{"id","text","outlet"?,"publishedAt"?}` lines from a readable stream. One bad line never stops the run:
 * it comes out as a LineError in its place. readline keeps one line in memory at a time, so memory stays flat
 * whatever the number of lines.
 */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { type ExtractInput, extractInputSchema } from "../lib/extract/schema.ts";
import type { LineError } from "./schema.ts";

export type InputLine = { line: number; input: ExtractInput } | { line: number; error: LineError };

/**
 * Yields each non-blank line, parsed and validated, in order. Blank lines are skipped (they still count for `line`).
 * @example for await (const item of readInputLines(process.stdin)) if ("input" in item) extract(item.input);
 */
export async function* readInputLines(stream: Readable): AsyncGenerator<InputLine> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const raw of lines) {
    line++;
    // A byte-order mark (files saved by some Windows editors) would make the first line invalid JSON.
    const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "") continue;
    yield parseLine(text, line);
  }
}

/**
 * Parses one input line.
 * @example parseLine('{"id":"a","text":"Over 800 fighters."}', 1) // { line: 1, input: { id: "a", text: "..." } }
 */
export function parseLine(raw: string, line: number): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { line, error: lineError(null, line, "invalid_json", (error as Error).message) };
  }
  const id = isRecord(value) && typeof value.id === "string" ? value.id : null;
  const parsed = extractInputSchema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
    return { line, error: lineError(id, line, "invalid_input", message) };
  }
  return { line, input: parsed.data };
}

/** Builds the error object written in place of a failed line. */
export function lineError(
  id: string | null,
  line: number,
  code: LineError["error"]["code"],
  message: string,
): LineError {
  return { id, line, error: { code, message } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
