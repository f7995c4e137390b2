import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvColumns, neutraliseFormula } from "@/lib/export/csv";
import { serialize } from "@/lib/export/formats";
import { collect, exportRow, rowsOf } from "./export-fixtures";

const nasty = 'Officials said "at least 800", not 850,\nand the ministry denied it';

describe("CSV export", () => {
  it("parses back with a CSV parser: comma, quote, newline, leading = survive, formulas neutralised", async () => {
    const rows = [
      exportRow({ id: "c1", text: nasty }),
      exportRow({ id: "c2", text: '=HYPERLINK("http://evil","x")', label: '+1 fighters, "quoted"' }),
      exportRow({ id: "c3", text: "ünïcödé — ¾ of 800 in Mosul، العراق", quantities: [], group: null }),
    ];
    const csv = await collect(serialize("csv", rowsOf(rows)));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records).toHaveLength(3);
    expect(Object.keys(records[0])).toEqual(csvColumns.map(([name]) => name));
    expect(records[0].claim).toBe(nasty);
    expect(records[1].claim).toBe('\'=HYPERLINK("http://evil","x")');
    expect(records[1].label).toBe('\'+1 fighters, "quoted"');
    expect(records[2].claim).toBe("ünïcödé — ¾ of 800 in Mosul، العراق");
    expect(records[2].value).toBe("");
    expect(records[2].flag).toBe("");
  });

  it("writes the table's columns: value parts, source, status, flag verdict and explanation, offsets, ISO dates", async () => {
    const [record] = parse(await collect(serialize("csv", rowsOf([exportRow()]))), { bom: true, columns: true });
    expect(record).toMatchObject({
      claim_id: "c1",
      value_display: "> 800 fighters",
      value: "800",
      low: "800",
      high: "",
      modifier: "moreThan",
      unit: "fighter",
      concept: "fighters crossed",
      source: "Lisa Daftari",
      source_kind: "person",
      status: "disputed",
      flag: "conflict",
      flag_explanation: "850 is 6% above 800",
      conflicts_with: "~850 fighters · Independent sources",
      document_title: "Militias cross into Iran",
      document_published_at: "2026-01-15T00:00:00.000Z",
      start: "10",
      end: "50",
      sentence: "On Monday, more than 800 fighters crossed into Iran, he said.",
      updated_at: "2026-11-27T08:30:00.000Z",
    });
  });

  it("writes just the header for no rows", async () => {
    const csv = await collect(serialize("csv", rowsOf([])));
    expect(parse(csv, { bom: true })).toEqual([csvColumns.map(([name]) => name)]);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["800 fighters", "800 fighters"],
    ["a=b", "a=b"],
    ["", ""],
  ])("neutralises %j as %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});
