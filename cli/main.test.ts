import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "./claimtrack.ts";

// main() in-process with real streams: the argument handling, without paying a process start per case.
async function runMain(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

const cases: Array<[string, string[], number, RegExp]> = [
  ["no command", [], 2, /no command/],
  ["unknown command", ["frobnicate", "a.txt"], 2, /unknown command "frobnicate"/],
  ["extract without input", ["extract"], 2, /needs FILE/],
  ["--jsonl with files", ["extract", "--jsonl", "a.txt"], 2, /give no FILE/],
  ["unknown option", ["extract", "--fast", "a.txt"], 2, /Unknown option '--fast'/],
  ["unknown schema", ["schema", "nope"], 2, /unknown schema "nope"/],
];

describe("claimtrack main()", () => {
  it.each(cases)("%s", async (_name, argv, code, message) => {
    const result = await runMain(argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    if (argv[0] !== "schema") expect(result.err).toContain("Usage:");
  });

  it("--help prints the usage with the exit codes and exits 0", async () => {
    const result = await runMain(["--help"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Exit codes");
  });

  it("schema prints the extraction JSON Schema by default", async () => {
    const result = await runMain(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.out);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["id", "sentences", "claims", "quantities", "dates", "sources", "discrepancies"]),
    );
  });
});
