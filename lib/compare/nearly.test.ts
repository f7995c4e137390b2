import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

// Invented reports of one raid: "almost 100" says the count is just under 100 ([90, 100]); "about 100" only rounds.
const raid = (figure: string) => `Police arrested ${figure} people in a raid on the port of Palermo on Tuesday.`;
const compare = (a: string, b: string) =>
  compareReports([
    ["a", raid(a)],
    ["b", raid(b)],
  ]).conflicts;

describe("nearly / almost N against another figure", () => {
  it("conflicts with a figure below the side it states", () => {
    expect(compare("almost 100", "89")).toEqual([["89 people", "almost 100 people"]]);
  });

  it("conflicts with a figure above N", () => {
    expect(compare("almost 100", "105")).toEqual([["105 people", "almost 100 people"]]);
  });

  it("agrees with a figure inside it, and with N itself", () => {
    expect(compare("nearly 900", "850")).toEqual([]);
    expect(compare("almost 100", "100")).toEqual([]);
  });

  it("leaves 'about N' to rounding: 89 is about 100", () => {
    expect(compare("about 100", "89")).toEqual([]);
  });
});
