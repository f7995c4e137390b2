/**
 * CSV export: RFC 4180 quoting written here, byte for byte what csv-stringify wrote before (ADR 006; the tests
 * compare the two on tricky strings and parse the output back with csv-parse). UTF-8 with a byte-order mark so
 * spreadsheet programs do not guess a legacy code page; dates ISO 8601. Cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
 */
import { CSV_COLUMNS, type CsvClaim, csvClaimOfRecord } from "./csv-columns.ts";
import type { ExportQuantity, ExportRow } from "./row.ts";

type Cell = (r: ExportRow, q?: ExportQuantity) => string | number | null;

/**
 * Column header -> cell of an export record, in the file's order: CSV_COLUMNS (csv-columns.ts) read through
 * csvClaimOfRecord. The value columns describe `q`: the claim's headline figure, or in a per-figure file each figure.
 */
export const csvColumns: ReadonlyArray<readonly [string, Cell]> = CSV_COLUMNS.map((column) => {
  const cell = "text" in column ? column.text : column.number;
  return [column.header, (r: ExportRow, q?: ExportQuantity) => cell(csvClaimOfRecord(r, q))] as const;
});

/**
 * Prefixes an apostrophe to text a spreadsheet would evaluate (= + - @ tab CR at the start). Numbers are left as
 * numbers: a negative value is data, not a formula.
 *
 * @example
 * neutraliseFormula("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 * neutraliseFormula("800 fighters") // "800 fighters"
 */
export function neutraliseFormula(cell: string): string {
  // By character code: this runs for every text cell of every row of a million-row export.
  const first = cell.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
    ? `'${cell}`
    : cell;
}

/** One record as the CSV's cells. */
export function csvRecord(row: ExportRow): Array<string | number | null> {
  const claim = csvClaimOfRecord(row);
  return CSV_COLUMNS.map((column) => {
    if ("number" in column) return column.number(claim);
    const v = column.text(claim);
    return v === null ? null : neutraliseFormula(v);
  });
}

// What makes a field quoted: a comma, a quote, or any line break. csv-stringify 6 with record_delimiter "\r\n" quoted
// only CRLF, leaving a bare LF or CR unquoted, which spreadsheets and most parsers read as a new record (a title
// pasted with a line break split its row); the tests' csv-stringify oracle adds quoted_match for them. See ADR 006.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

/**
 * One CSV field (RFC 4180): null is empty, numbers as String(n), text quoted (quotes doubled) when it holds a comma,
 * a quote or a line break.
 *
 * @example
 * csvField('say "hi", then') // '"say ""hi"", then"'
 * csvField(null) // ""
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (!NEEDS_QUOTES.test(value)) return value;
  return `"${value.replace(QUOTES, '""')}"`;
}

/**
 * A text cell as written to the file: formula-neutralised, then quoted as needed.
 *
 * @example
 * csvText("=1+1") // "'=1+1"
 */
export function csvText(value: string | null): string {
  return value === null ? "" : csvField(neutraliseFormula(value));
}

/**
 * A number cell as written to the file (numbers are data, never neutralised).
 *
 * @example
 * csvNumber(-5) // "-5"
 */
export function csvNumber(value: number | null): string {
  return value === null ? "" : String(value);
}

/**
 * A row source may write its own CSV records (everything after the header) under this key: the claims stream reads
 * them straight from SQL rows instead of building export records (ADR 006). The bytes must be those csvLine writes.
 */
export const csvRecords: unique symbol = Symbol("claimtrack.csvRecords");

export interface CsvRecordSource {
  [csvRecords](): AsyncIterable<string>;
}

function writesOwnCsv(rows: object): rows is CsvRecordSource {
  return typeof (rows as Partial<CsvRecordSource>)[csvRecords] === "function";
}

/**
 * One CSV record (fields joined by commas, CRLF at the end), formula-neutralised like csvRecord.
 *
 * @example
 * csvLine(row) // 'c1,More than 800 fighters crossed into Iran,...\r\n'
 */
export function csvLine(row: ExportRow, figure?: ExportQuantity): string {
  return writeCsvRecord(csvClaimOfRecord(row, figure));
}

/** Each column's field writer: its cell, then formula-neutralised and quoted (text) or String(n) (number). */
const FIELDS: ReadonlyArray<(claim: CsvClaim) => string> = CSV_COLUMNS.map((column) => {
  if ("number" in column) return (claim: CsvClaim) => csvNumber(column.number(claim));
  return (claim: CsvClaim) => csvText(column.text(claim));
});

/**
 * One record (CRLF at the end) of a claim as the CSV sees it: the one writer of both row sources, export records
 * (csvLine) and SQL rows (stream-csv.ts). A plain loop over the columns: as fast as a writer unrolled from the spec
 * at load (ADR 022).
 *
 * @example
 * writeCsvRecord(csvClaimOfRecord(row)) === csvLine(row) // true
 */
export function writeCsvRecord(claim: CsvClaim): string {
  const fields = new Array<string>(FIELDS.length);
  for (let i = 0; i < FIELDS.length; i++) fields[i] = FIELDS[i](claim);
  // join writes one flat string; a chain of concatenations would leave a deep rope for the UTF-8 encoder to walk.
  return `${fields.join(",")}\r\n`;
}

/** The header line, byte-order mark first. */
const CSV_HEADER = `\uFEFF${CSV_COLUMNS.map((column) => csvField(column.header)).join(",")}\r\n`;

/** Records are gathered into chunks of about this many characters before they are handed on. */
const CSV_CHUNK_CHARS = 64 * 1024;

/**
 * Streams rows as CSV text: the byte-order mark and header together with the first records, then records in chunks
 * of about 64 KB, or as the source writes them (csvRecords). The header waits for the first records on purpose: a
 * query that fails does so before any byte is out, so the API answers with its error envelope instead of starting a
 * download it cannot finish. The first records come after one batch, so the first byte is still prompt.
 *
 * @example
 * for await (const chunk of toCsv(streamClaimRows(query))) res.write(chunk);
 */
export async function* toCsv(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  const header = CSV_HEADER;
  let first = true;
  for await (const chunk of writesOwnCsv(rows) ? rows[csvRecords]() : recordChunks(rows)) {
    yield first ? header + chunk : chunk;
    first = false;
  }
  if (first) yield header;
}

/**
 * The per-figure CSV (`--per-figure`, `perFigure=1`): one record per figure, `figure_number` (1 = the headline, then
 * in the table's order) first, the value columns describing that figure and the claim's other columns repeated; a
 * claim without figures keeps one record with empty value columns.
 *
 * @example
 * for await (const chunk of toCsvPerFigure(streamClaimRows(query))) res.write(chunk);
 */
export async function* toCsvPerFigure(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield `\uFEFF${["figure_number", ...CSV_COLUMNS.map((column) => column.header)].map(csvField).join(",")}\r\n`;
  let lines: string[] = [];
  let chars = 0;
  for await (const row of rows) {
    const figures = row.quantities.length > 0 ? row.quantities : [undefined];
    figures.forEach((figure, i) => {
      const line = `${figure ? i + 1 : ""},${csvLine(row, figure)}`;
      lines.push(line);
      chars += line.length;
    });
    if (chars >= CSV_CHUNK_CHARS) {
      yield lines.join("");
      lines = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield lines.join("");
}

/** Records of export rows through csvLine: the first on its own (a prompt first byte), then about 64 KB at a time. */
async function* recordChunks(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  let lines: string[] = [];
  let chars = 0;
  let first = true;
  for await (const row of rows) {
    const line = csvLine(row);
    lines.push(line);
    chars += line.length;
    if (first || chars >= CSV_CHUNK_CHARS) {
      yield lines.join("");
      lines = [];
      chars = 0;
      first = false;
    }
  }
  if (lines.length > 0) yield lines.join("");
}
