import { describe, expect, it } from "vitest";
import { compareTwo } from "@/tests/helpers/reports.ts";

// Invented reports of one running back's season and one blast.

describe("a count of ten or fewer written without a hedge", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "10 against nine games",
      "Moore missed 10 games with an ankle sprain this season.",
      "Moore missed nine games with an ankle sprain this season.",
      [["10 games", "nine games"]],
    ],
    [
      "10 against nine people",
      "Police said 10 people were killed in the blast in Quetta on Monday.",
      "Officials said nine people were killed in the blast in Quetta on Monday.",
      [["10 people", "nine people"]],
    ],
  ])("%s: counted, a conflict", (_, a, b, expected) => {
    expect(compareTwo(a, b).conflicts).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      "a duration may be rounded",
      "The jury deliberated for 10 hours in Atlanta on Monday.",
      "The jury deliberated for nine hours in Atlanta on Monday.",
    ],
    [
      "a sum may be rounded",
      "The court fined the club $10 in Atlanta on Monday.",
      "The court fined the club $9 in Atlanta on Monday.",
    ],
  ])("%s: not a conflict", (_, a, b) => {
    expect(compareTwo(a, b).conflicts).toEqual([]);
  });
});
