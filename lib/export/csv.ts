/**
 * CSV export through csv-stringify (a real CSV writer: quotes, commas and newlines inside claims are quoted per
 * RFC 4180). UTF-8 with a byte-order mark so spreadsheet programs do not guess a legacy code page; dates ISO 8601.
 * Cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
 */
import { stringify } from "csv-stringify";
import { formatQuantity } from "@/lib/claims/format";
import { type ExportRow, flagOf } from "./row.ts";

/** Column header -> cell. The order here is the file's column order. */
export const csvColumns: ReadonlyArray<readonly [string, (r: ExportRow) => string | number | null]> = [
  ["claim_id", (r) => r.id],
  ["claim", (r) => r.text],
  ["label", (r) => r.label],
  ["kind", (r) => r.kind],
  ["value_display", (r) => (r.quantities[0] ? formatQuantity(r.quantities[0]) : null)],
  ["value", (r) => r.quantities[0]?.value ?? null],
  ["low", (r) => r.quantities[0]?.low ?? null],
  ["high", (r) => r.quantities[0]?.high ?? null],
  ["modifier", (r) => r.quantities[0]?.modifier ?? null],
  ["of", (r) => r.quantities[0]?.of ?? null],
  ["unit", (r) => r.quantities[0]?.unit ?? null],
  ["concept", (r) => r.quantities[0]?.concept ?? null],
  ["quantity_text", (r) => r.quantities[0]?.text ?? null],
  ["source", (r) => r.source.name],
  ["source_kind", (r) => r.source.kind],
  ["status", (r) => r.status],
  ["flag", (r) => flagOf(r)],
  ["flag_explanation", (r) => (flagOf(r) ? (r.group?.explanation ?? null) : null)],
  ["flag_decision", (r) => r.group?.decision ?? null],
  [
    "conflicts_with",
    (r) => (flagOf(r) ? (r.group?.others ?? []).map((o) => `${o.display} · ${o.sourceName}`).join("; ") : null),
  ],
  ["document_id", (r) => r.document.id],
  ["document_title", (r) => r.document.title],
  ["document_outlet", (r) => r.document.outlet],
  ["document_url", (r) => r.document.url],
  ["document_published_at", (r) => r.document.publishedAt],
  ["position", (r) => r.position],
  ["start", (r) => r.start],
  ["end", (r) => r.end],
  ["sentence", (r) => r.sentence.text],
  ["created_at", (r) => r.createdAt],
  ["updated_at", (r) => r.updatedAt],
];

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to text a spreadsheet would evaluate (= + - @ tab CR at the start). Numbers are left as
 * numbers: a negative value is data, not a formula.
 *
 * @example
 * neutraliseFormula("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 * neutraliseFormula("800 fighters") // "800 fighters"
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One record as the CSV's cells. */
export function csvRecord(row: ExportRow): Array<string | number | null> {
  return csvColumns.map(([, cell]) => {
    const v = cell(row);
    return typeof v === "string" ? neutraliseFormula(v) : v;
  });
}

/**
 * Streams rows as CSV text: the header first, then one record per row, each chunk as csv-stringify emits it.
 *
 * @example
 * for await (const chunk of toCsv(streamClaimRows(query))) res.write(chunk);
 */
export async function* toCsv(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  const writer = stringify({
    bom: true,
    header: true,
    columns: csvColumns.map(([name]) => name),
    record_delimiter: "\r\n",
    cast: { number: (n) => String(n) },
  });
  // Written and read synchronously: the writer emits each record's text during write(), so nothing queues here and
  // there is no per-row stream hop. Backpressure is the consumer's pull on this generator.
  let out: string[] = [];
  writer.on("data", (chunk: Buffer | string) => out.push(String(chunk)));
  let failure: unknown = null;
  writer.on("error", (error) => {
    failure = error;
  });
  const drain = (): string => {
    if (failure) throw failure;
    const text = out.join("");
    out = [];
    return text;
  };
  for await (const row of rows) {
    writer.write(csvRecord(row));
    const text = drain();
    if (text) yield text;
  }
  writer.end();
  await new Promise<void>((resolve, reject) => {
    if (writer.writableFinished) resolve();
    writer.once("finish", resolve);
    writer.once("error", reject);
  });
  const rest = drain();
  if (rest) yield rest;
}
