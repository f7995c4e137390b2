/**
 * The hand-written CSV writer (ADR 006) against csv-stringify, the library it replaced: byte-identical output on
 * tricky strings and on random strings of the characters that matter, and the result parses back with csv-parse.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvColumns, csvField, csvLine, csvRecord, toCsv } from "@/lib/export/csv";
import type { ExportRow } from "@/lib/export/row";
import { collect, exportRow, rowsOf } from "./export-fixtures";

/** The previous writer: csv-stringify with the options lib/export/csv.ts used until ADR 006. */
function libraryCsv(rows: ExportRow[]): string {
  return stringify(rows.map(csvRecord), {
    bom: true,
    header: true,
    columns: csvColumns.map(([name]) => name),
    record_delimiter: "\r\n",
    quoted_match: /[\r\n]/, // any line break, not only the record delimiter (ADR 006)
    cast: { number: (n) => String(n) },
  });
}

const tricky = [
  "",
  " ",
  "plain",
  "a,b",
  'say "hi"',
  '"',
  '""',
  ",",
  "line\nbreak",
  "carriage\rreturn",
  "crlf\r\ninside",
  "ends in cr\r",
  "\r\n",
  "\n",
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\tindented",
  "\rleading cr",
  "ünïcödé — ¾ of 800 in Mosul، العراق",
  "emoji 😀, astral",
  'Officials said "at least 800", not 850,\nand the ministry denied it',
];

// A small deterministic generator: the test is the same on every run.
function* randomStrings(count: number): Generator<string> {
  const alphabet = ["a", " ", ",", '"', "\r", "\n", "=", "-", "+", "@", "\t", "é", "😀", "'"];
  let seed = 20261127;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    let s = "";
    const length = next() % 9;
    for (let j = 0; j < length; j++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

function rowWith(text: string, label: string): ExportRow {
  const base = exportRow();
  return exportRow({
    id: text,
    text,
    label,
    sentence: { ...base.sentence, text: `${label}${text}` },
    source: { ...base.source, name: text },
  });
}

describe("CSV writer (ADR 006)", () => {
  it("writes each field as csv-stringify does, quoting every line break", () => {
    for (const value of [...tricky, ...randomStrings(3000)]) {
      const library = stringify([[value]], { record_delimiter: "\r\n", quoted_match: /[\r\n]/, eof: false });
      expect(csvField(value)).toBe(library);
    }
    // A bare LF or CR is quoted: unquoted, a spreadsheet reads it as the end of the record.
    expect(csvField("title\nsecond line")).toBe('"title\nsecond line"');
    expect(csvField("cr\ronly")).toBe('"cr\ronly"');
    for (const n of [0, -0, -1.5, 800, 0.06, 1e21, 123456789.123]) {
      expect(csvField(n)).toBe(stringify([[n]], { cast: { number: (v) => String(v) }, eof: false }));
    }
    expect(csvField(null)).toBe("");
  });

  it("writes whole files byte for byte as csv-stringify did, for tricky rows and the reference fixture", async () => {
    const strings = [...tricky, ...randomStrings(500)];
    const rows = [
      exportRow(),
      exportRow({ quantities: [], group: null, cue: null }),
      exportRow({ document: { ...exportRow().document, outlet: null, url: null, publishedAt: null } }),
      ...strings.map((s, i) => rowWith(s, strings[(i * 7) % strings.length])),
    ];
    expect(await collect(toCsv(rowsOf(rows)))).toBe(libraryCsv(rows));
    expect(await collect(toCsv(rowsOf([])))).toBe(libraryCsv([]));
  });

  it("parses back with csv-parse to the neutralised cells", async () => {
    const rows = tricky.map((s) => rowWith(s, "label"));
    const records: string[][] = parse(await collect(toCsv(rowsOf(rows))), { bom: true, relax_quotes: false });
    expect(records[0]).toEqual(csvColumns.map(([name]) => name));
    expect(records).toHaveLength(rows.length + 1);
    records.slice(1).forEach((record, i) => {
      const expected = csvRecord(rows[i]).map((v) => (v === null ? "" : String(v)));
      expect(record).toEqual(expected);
    });
  });

  it("yields the header with the first record, then chunks that end on a record boundary", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => exportRow({ id: `c${i}` }));
    const chunks: string[] = [];
    for await (const chunk of toCsv(rowsOf(rows))) chunks.push(chunk);
    expect(chunks[0]).toBe(`\uFEFF${csvColumns.map(([name]) => name).join(",")}\r\n${csvLine(rows[0])}`);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.endsWith("\r\n")).toBe(true);
    expect(chunks.join("")).toBe(libraryCsv(rows));
  });

  it("fails before yielding anything when the rows fail (no truncated download behind a 200)", async () => {
    async function* failing(): AsyncGenerator<ExportRow> {
      yield* [];
      throw new Error("database unreachable");
    }
    await expect(toCsv(failing()).next()).rejects.toThrow("database unreachable");
  });
});
