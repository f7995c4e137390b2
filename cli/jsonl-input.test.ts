import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type InputLine, parseLine, readInputLines } from "./jsonl-input.ts";

describe("parseLine", () => {
  it.each([
    ['{"id":"a","text":"x"}', { input: { id: "a", text: "x" } }],
    [
      '{"id":"a","text":"x","outlet":"AP","publishedAt":"2024-01-02"}',
      { input: { outlet: "AP", publishedAt: "2024-01-02" } },
    ],
    ["{not json", { error: { id: null, error: { code: "invalid_json" } } }],
    ['"just a string"', { error: { id: null, error: { code: "invalid_input" } } }],
    ['{"id":"b"}', { error: { id: "b", error: { code: "invalid_input" } } }],
    ['{"id":"c","text":5}', { error: { id: "c", error: { code: "invalid_input" } } }],
    ['{"id":"","text":"x"}', { error: { id: "", error: { code: "invalid_input" } } }],
    ['{"id":"d","text":"x","outlet":7}', { error: { id: "d", error: { code: "invalid_input" } } }],
  ])("%s", (raw, expected) => {
    expect(parseLine(raw, 4)).toMatchObject({ line: 4, ...expected });
  });
});

describe("readInputLines", () => {
  it("skips blank lines, keeps line numbers, strips a byte-order mark and reads CRLF", async () => {
    const stream = Readable.from(['\uFEFF{"id":"a","text":"x"}\r\n', "\r\n", '{"id":"b","text":"y"}\n', "oops"]);
    const out: InputLine[] = [];
    for await (const item of readInputLines(stream)) out.push(item);
    expect(out.map((o) => ("input" in o ? [o.line, o.input.id] : [o.line, o.error.error.code]))).toEqual([
      [1, "a"],
      [3, "b"],
      [4, "invalid_json"],
    ]);
  });
});
