/**
 * Reading a JSONL export for import (./import.ts): each line parsed and checked against the export schema and against
 * the limits ingest and the API keep, so an imported row is one the app itself could have written.
 */
import { isRealDate, MAX_TEXT_BYTES } from "@/lib/documents/schema";
import { findControl } from "@/lib/text/control";
import { type ExportRow, exportRowSchema } from "./row.ts";

/** A line of the export that cannot be imported (with its number), or an input that is not an export. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ImportError";
  }
}

/**
 * The export's rows, one per non-blank line, each checked: JSON, the export schema, then rowProblem; the first bad
 * line fails the import with its number.
 */
export async function* parseRows(lines: AsyncIterable<string>): AsyncGenerator<{ row: ExportRow; line: number }> {
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ImportError("not JSON", n);
    }
    const parsed = exportRowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(`${issue.path.join(".") || "row"}: ${issue.message}`, n);
    }
    const problem = rowProblem(parsed.data);
    if (problem) throw new ImportError(problem, n);
    yield { row: parsed.data, line: n };
  }
}

const httpUrl = (v: string) => v.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v);

/** A real calendar date and time: the ISO pattern alone would let "2026-02-30" through as March 2. */
function realInstant(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(v) && isRealDate(v);
}

/**
 * What the export schema's shapes allow but ingest never stores: the same limits as ingest and the API, so an
 * imported row is one the app itself could have written. Returns the first problem, naming the field.
 */
function rowProblem(row: ExportRow): string | null {
  const control = findControl(row);
  if (control) return `${control.path}: contains the control character ${control.char}`;
  const d = row.document;
  if (d.title.trim() === "" || d.title.length > 300) return "document.title: 1 to 300 characters";
  if (d.outlet !== null && d.outlet.length > 200) return "document.outlet: at most 200 characters";
  if (d.url !== null && !httpUrl(d.url)) return "document.url: an http(s) URL of at most 2,000 characters";
  if (!/^[0-9a-f]{64}$/.test(d.sha256)) return "document.sha256: 64 lower-case hex digits";
  if (d.publishedAt !== null && !realInstant(d.publishedAt)) return "document.publishedAt: not a real date";
  for (const [field, v] of [
    ["document.createdAt", d.createdAt],
    ["createdAt", row.createdAt],
    ["updatedAt", row.updatedAt],
  ] as const) {
    if (!realInstant(v)) return `${field}: not a real date`;
  }
  if (row.version < 1 || row.version > 2_147_483_647) return "version: a whole number from 1";
  const spans: Array<[string, { start: number; end: number }]> = [
    ["", row],
    ["sentence.", row.sentence],
    ...(row.cue ? [["cue.", row.cue] as [string, { start: number; end: number }]] : []),
    ...row.quantities.map((q, i) => [`quantities.${i}.`, q] as [string, { start: number; end: number }]),
  ];
  for (const [prefix, span] of spans) {
    if (span.start < 0 || span.end < span.start || span.end > MAX_TEXT_BYTES) {
      return `${prefix}start/end: offsets within a ${MAX_TEXT_BYTES / 1024 / 1024} MB document, start <= end`;
    }
  }
  if (row.sentence.text.length !== row.sentence.end - row.sentence.start) {
    return "sentence.text: its length must equal sentence.end - sentence.start";
  }
  if (row.label.length > 2000 || row.text.length > 100_000) return "label/text: too long for a claim";
  for (const [i, e] of row.evidence.entries()) {
    if (e.url !== null && !httpUrl(e.url)) return `evidence.${i}.url: an http(s) URL`;
    if (e.note.length > 5000) return `evidence.${i}.note: at most 5,000 characters`;
  }
  for (const [i, q] of row.quantities.entries()) {
    if (!Number.isInteger(q.ordinal) || q.ordinal < 0) return `quantities.${i}.ordinal: a whole number from 0`;
  }
  return null;
}
