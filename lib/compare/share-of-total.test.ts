import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

// Invented reports of one election: a share of a written total against a count out of it.
const slate = (figure: string) => `${figure} of the 288 candidates on the slate were women, the commission said.`;
const compare = (a: string, b: string) =>
  compareReports([
    ["a", slate(a)],
    ["b", slate(b)],
  ]).conflicts;

describe("a share of a written total", () => {
  it("compares as its part of that total: 'more than half of the 288' is not '100 of the 288'", () => {
    expect(compare("More than half", "100")).toEqual([
      ["100 of the 288 candidates", "More than half of the 288 candidates"],
    ]);
  });

  it("agrees with a count inside it", () => {
    expect(compare("More than half", "150")).toEqual([]);
    expect(compare("A third", "96")).toEqual([]);
  });
});
