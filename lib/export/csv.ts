/**
 * CSV export: RFC 4180 quoting written here, byte for byte what csv-stringify wrote before (ADR 006; the tests
 * compare the two on tricky strings and parse the output back with csv-parse). UTF-8 with a byte-order mark so
 * spreadsheet programs do not guess a legacy code page; dates ISO 8601. Cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
 */
import { triageOf } from "@/lib/claims/flag-words";
import { formatQuantity } from "@/lib/claims/format";
import { crossFlagOf, type ExportEvidence, type ExportQuantity, type ExportRow, flagOf } from "./row.ts";

type Cell = (r: ExportRow, q?: ExportQuantity) => string | number | null;

/**
 * Column header -> cell. The order here is the file's column order. The value columns describe `q`: the claim's
 * headline figure (the table's), or in a per-figure file each figure in turn.
 */
export const csvColumns: ReadonlyArray<readonly [string, Cell]> = [
  ["claim_id", (r) => r.id],
  ["claim", (r) => r.text],
  ["label", (r) => r.label],
  ["kind", (r) => r.kind],
  ["value_display", (r, q = r.quantities[0]) => (q ? formatQuantity(q) : null)],
  ["value", (r, q = r.quantities[0]) => q?.value ?? null],
  ["low", (r, q = r.quantities[0]) => q?.low ?? null],
  ["high", (r, q = r.quantities[0]) => q?.high ?? null],
  ["modifier", (r, q = r.quantities[0]) => q?.modifier ?? null],
  ["of", (r, q = r.quantities[0]) => q?.of ?? null],
  ["unit", (r, q = r.quantities[0]) => q?.unit ?? null],
  ["concept", (r, q = r.quantities[0]) => q?.concept ?? null],
  ["quantity_text", (r, q = r.quantities[0]) => q?.text ?? null],
  ["value_corrected_by", (r, q = r.quantities[0]) => (q?.correctedAt ? correctorOf(q) : null)],
  ["value_corrected_at", (r, q = r.quantities[0]) => q?.correctedAt ?? null],
  ["figures", (r) => figuresCell(r.quantities)],
  ["source", (r) => r.source.name],
  ["source_kind", (r) => r.source.kind],
  ["status", (r) => r.status],
  ["assignee", (r) => r.assignee?.name ?? null],
  ["flag", (r) => flagOf(r)],
  ["flag_explanation", (r) => (flagOf(r) ? (r.group?.explanation ?? null) : null)],
  ["flag_decision", (r) => r.group?.decision ?? null],
  ["flag_triage", (r) => (flagOf(r) ? triageOf(r.group?.decision) : null)],
  ["flag_reason", (r) => r.group?.decisionReason ?? null],
  [
    "conflicts_with",
    (r) => (flagOf(r) ? (r.group?.others ?? []).map((o) => `${o.display} · ${o.sourceName}`).join("; ") : null),
  ],
  ["flag_summary", (r) => (flagOf(r) ? (r.group?.summary ?? null) : null)],
  ["cross_flag", (r) => crossFlagOf(r)],
  ["cross_flag_summary", (r) => (crossFlagOf(r) ? (r.crossGroup?.summary ?? null) : null)],
  ["cross_flag_explanation", (r) => (crossFlagOf(r) ? (r.crossGroup?.explanation ?? null) : null)],
  ["cross_flag_triage", (r) => (crossFlagOf(r) ? triageOf(r.crossGroup?.decision) : null)],
  ["cross_flag_reason", (r) => (crossFlagOf(r) ? (r.crossGroup?.decisionReason ?? null) : null)],
  ["cross_group_id", (r) => (crossFlagOf(r) ? (r.crossGroup?.id ?? null) : null)],
  ["evidence", (r) => evidenceCell(r.evidence)],
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

function correctorOf(q: Pick<ExportQuantity, "correctedBy" | "correctedById">): string {
  return q.correctedBy ?? q.correctedById ?? "unknown";
}

/**
 * The `figures` cell: every figure of the claim, headline first, "; "-separated, each corrected one followed by who
 * corrected it and when — the table's Value column in one cell.
 *
 * @example
 * figuresCell(quantities) // "five storeys; > 2,300 arrests (corrected by Ada Editor 2026-12-03T06:12:00.000Z)"
 */
export function figuresCell(quantities: readonly ExportQuantity[]): string | null {
  if (quantities.length === 0) return null;
  return quantities
    .map((q) =>
      q.correctedAt ? `${formatQuantity(q)} (corrected by ${correctorOf(q)} ${q.correctedAt})` : formatQuantity(q),
    )
    .join("; ");
}

/**
 * The `evidence` cell: each piece as "stance: link | source | claim", with its note, "; "-separated.
 *
 * @example
 * evidenceCell([{ stance: "supports", url: "https://example.org/r", source: null, targetClaimId: null, note: "" }])
 * // "supports: https://example.org/r"
 */
export function evidenceCell(
  evidence: ReadonlyArray<Pick<ExportEvidence, "stance" | "url" | "source" | "targetClaimId" | "note">>,
): string | null {
  if (evidence.length === 0) return null;
  return evidence
    .map((e) => {
      const what = e.url ?? (e.source ? `source ${e.source.name}` : e.targetClaimId ? `claim ${e.targetClaimId}` : "");
      return `${e.stance}: ${what}${e.note ? ` (${e.note})` : ""}`;
    })
    .join("; ");
}

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
  return csvColumns.map(([, cell]) => {
    const v = cell(row);
    return typeof v === "string" ? neutraliseFormula(v) : v;
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
export function csvLine(row: ExportRow, figure: ExportQuantity | undefined = row.quantities[0]): string {
  const fields = new Array<string>(csvColumns.length);
  for (let i = 0; i < csvColumns.length; i++) {
    const v = csvColumns[i][1](row, figure);
    fields[i] = csvField(typeof v === "string" ? neutraliseFormula(v) : v);
  }
  // join writes one flat string; a chain of concatenations would leave a deep rope for the UTF-8 encoder to walk.
  return `${fields.join(",")}\r\n`;
}

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
  const header = `\uFEFF${csvColumns.map(([name]) => csvField(name)).join(",")}\r\n`;
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
  yield `\uFEFF${["figure_number", ...csvColumns.map(([name]) => name)].map(csvField).join(",")}\r\n`;
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
