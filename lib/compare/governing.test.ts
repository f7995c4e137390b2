import { describe, expect, it } from "vitest";
import { compareTwo } from "@/tests/helpers/reports.ts";

// Invented reports of one running back's season.

describe("the verb right before a figure, known event or not", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "a concept phrase that dropped the verb",
      "Moore was hurt in Week 3, then missed seven games before coming back for the last three.",
      "Moore missed eight games, including the finale.",
      [["eight games", "seven games"]],
    ],
  ])("%s: one count", (_, a, b, expected) => {
    expect(compareTwo(a, b).conflicts).toEqual(expected);
  });
});
