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

// Invented reports of one career: a round figure against a bound at the same number.
describe("a round exact figure against a bound at it", () => {
  const career = (figure: string) => `Felt served in the FBI for ${figure}, his family said on Thursday.`;
  const toll = (figure: string) => `${figure} people were killed in the fire in Dhaka on Tuesday, police said.`;
  const pair = (make: (f: string) => string, a: string, b: string) =>
    compareReports([
      ["a", make(a)],
      ["b", make(b)],
    ]).conflicts;

  it("agrees when the figure is written round: '30 years' may be 32", () => {
    expect(pair(career, "30 years", "more than 30 years")).toEqual([]);
  });

  it("conflicts when the figure is written to the unit: '12 killed' is not 'more than 12 killed'", () => {
    expect(pair(toll, "12", "More than 12")).toEqual([["12 people", "More than 12 people"]]);
  });
});

// Invented reports of one laptop launch: a decimal is a measurement rounded to its last digit.
describe("a decimal figure against a bound at it", () => {
  const weight = (figure: string) => `The new laptop weighs ${figure} pounds, the company said on Monday.`;
  const pair = (a: string, b: string) =>
    compareReports([
      ["a", weight(a)],
      ["b", weight(b)],
    ]).conflicts;

  it.each<[string, string, string[][]]>([
    // 4.46 pounds is written "4.5", and is under 4.5.
    ["just 4.5", "under 4.5", []],
    ["4.5", "less than 4.5", []],
    ["4.5", "more than 4.5", []],
    // Beyond the last digit's rounding they still disagree.
    ["4.6", "under 4.5", [["4.6 pounds", "under 4.5 pounds"]]],
  ])("%s against %s", (a, b, expected) => {
    expect(pair(a, b)).toEqual(expected);
  });
});
