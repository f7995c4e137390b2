import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareResultSchema } from "@/lib/compare/schema.ts";
import { extractionSchema } from "@/lib/extract/schema.ts";
import { lineErrorSchema } from "./schema.ts";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const early = "tests/fixtures/cli/quake-early.txt";
const wire = "tests/fixtures/cli/quake-wire.txt";

// The real CLI, as a researcher runs it: a child process, stdin in, stdout and exit code out.
function run(args: string[], input = "") {
  const result = spawnSync(tsx, ["cli/claimtrack.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = result.stdout.split("\n").filter((l) => l !== "");
  return { code: result.status, lines, stdout: result.stdout, stderr: result.stderr };
}

describe("claimtrack extract", () => {
  it("prints one Extraction per file, id = the path, and an error object for an unreadable file", () => {
    const { code, lines, stderr } = run(["extract", early, "missing.txt", wire]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    const first = extractionSchema.parse(JSON.parse(lines[0]));
    expect(first.id).toBe(early);
    expect(first.quantities.map((q) => [q.value, q.unit])).toContainEqual([12, "people"]);
    expect(JSON.parse(lines[1])).toMatchObject({ id: "missing.txt", error: { code: "read_failed" } });
    expect(extractionSchema.parse(JSON.parse(lines[2])).id).toBe(wire);
    expect(stderr).toContain("missing.txt");
  }, 120_000);

  it("--jsonl answers every input line in order and turns malformed lines into error lines", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Police arrested 300 protesters.", publishedAt: "2024-03-01" }),
      "{not json",
      JSON.stringify({ id: "b" }),
      "",
      JSON.stringify({ id: 7, text: "Seven." }),
      JSON.stringify({ id: "c", text: "The flood destroyed more than 1,000 homes.", outlet: "Wire" }),
      "[]",
    ].join("\n");
    const { code, lines } = run(["extract", "--jsonl"], input);
    expect(code).toBe(1);
    const out = lines.map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    const expected: Array<[string | null, number | null, string | null]> = [
      ["a", null, null],
      [null, 2, "invalid_json"],
      ["b", 3, "invalid_input"],
      [null, 5, "invalid_input"],
      ["c", null, null],
      [null, 7, "invalid_input"],
    ];
    out.forEach((o, i) => {
      const [id, line, errorCode] = expected[i];
      if (errorCode === null) expect(extractionSchema.parse(o).id).toBe(id);
      else expect(lineErrorSchema.parse(o)).toMatchObject({ id, line, error: { code: errorCode } });
    });
    expect(out[0].quantities[0]).toMatchObject({ value: 300, unit: "protester" });
  }, 120_000);
});

describe("claimtrack compare", () => {
  it("groups the same toll across files and flags different tolls as a conflict", () => {
    const { code, stdout } = run(["compare", early, wire]);
    expect(code).toBe(0);
    const result = compareResultSchema.parse(JSON.parse(stdout));
    const deaths = result.discrepancies.find((d) => d.members.some((m) => m.startsWith(`${early}#`)));
    expect(deaths?.verdict).toBe("conflict");
    expect(deaths?.members.every((m) => /^tests\/fixtures\/cli\/quake-(early|wire)\.txt#q\d+$/.test(m))).toBe(true);
    expect(deaths?.explanation).toMatch(/12 \(.+\) vs 31 \(.+\)/);
    // Injured, homes and residents are other counts: not in the deaths group.
    const group = result.groups.find((g) => g.members.includes(deaths?.members[0] ?? ""));
    expect(group?.members).toHaveLength(2);
  }, 120_000);

  it("--jsonl takes publication times into account: a later, higher toll is developing, not a conflict", () => {
    const text = (n: number) => `Officials said ${n} people were killed in the quake in Varna Bay.`;
    const input = [
      JSON.stringify({ id: "morning", text: text(12), publishedAt: "2024-05-06T08:00:00Z" }),
      JSON.stringify({ id: "evening", text: text(31), publishedAt: "2024-05-06T20:00:00Z" }),
    ].join("\n");
    const { code, stdout } = run(["compare", "--jsonl"], input);
    expect(code).toBe(0);
    const [flag] = compareResultSchema.parse(JSON.parse(stdout)).discrepancies;
    expect(flag).toMatchObject({ members: ["morning#q1", "evening#q1"], verdict: "soft" });
    expect(flag.explanation).toContain("rising over time");
  }, 120_000);
});
