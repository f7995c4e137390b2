import { describe, expect, it } from "vitest";
import { contextOf } from "./context.ts";
import type { CompareItem } from "./item.ts";
import { type PairCase, pairOutcome, reportItems } from "./two-reports.ts";

// Constructed two-outlet reports (ours): a figure's own stretch of text dating it by a year, or a sentence opening on
// an earlier occasion of the same kind, says which event it counts (issue 11: incident identity from the text); the
// people a legal step befell are counted as one class (group.ts accused).

describe("years and earlier occasions keep two events' figures apart", () => {
  it.each<PairCase>([
    // Two players' suspensions in two seasons: equal figures, two things (t35 background, both sub-events).
    [
      "different years, equal figures",
      "Allen was suspended for the first four games of the 2007 season after two DUI charges.",
      "Cooper was suspended for the first four games of the 2008 season after a positive test.",
      "four games",
      "four games",
      "apart",
    ],
    [
      "same year, different figures",
      "Allen was suspended for the first four games of the 2007 season after two DUI charges.",
      "Allen was suspended for the first six games of the 2007 season after two DUI charges.",
      "four games",
      "six games",
      "conflict",
    ],
    [
      "a model year is not a date",
      "He was driving a 2008 GMC Sierra when 12 officers stopped him.",
      "He was driving a 2007 GMC Sierra when 15 officers stopped him.",
      "12 officers",
      "15 officers",
      "conflict",
    ],
    // "In San Diego's first meeting with the Steelers this season" counts that game, not the season (t35-ecb FP).
    [
      "an earlier occasion vs the whole",
      "In San Diego's first meeting with the Steelers this season, Jackson was held to two catches for 25 yards.",
      "Jackson enjoyed his best season with 59 catches for 1,098 yards.",
      "25 yards",
      "1,098 yards",
      "apart",
    ],
    [
      "no occasion on either side",
      "Jackson gained 1,089 yards this season.",
      "Jackson gained 1,098 yards this season.",
      "1,089 yards",
      "1,098 yards",
      "conflict",
    ],
  ])("%s", (_rule, a, b, figureA, figureB, expected) => {
    expect(pairOutcome(a, b, figureA, figureB)).toBe(expected);
  });
});

describe("the accused are one class, whatever noun names them", () => {
  it.each<PairCase>([
    // t36-plus: two outlets count the men charged beside the sect leader with two nouns.
    [
      "men vs defendants charged",
      "Eleven other FLDS men were charged with crimes including bigamy.",
      "He will join 12 other FLDS defendants charged with similar offenses.",
      "Eleven other FLDS men",
      "12 other FLDS defendants",
      "conflict",
    ],
    [
      "the victim of a killer who was charged is not accused",
      "A former employee who killed one man has been charged with murder.",
      "Two men were charged with murder in the case.",
      "one man",
      "Two men",
      "apart",
    ],
  ])("%s", (_rule, a, b, figureA, figureB, expected) => {
    expect(pairOutcome(a, b, figureA, figureB)).toBe(expected);
  });
});

describe("a sentence of N years is the sentence's length, not a name", () => {
  it.each<PairCase>([
    // t36-plus / t33-ecb: "prison sentences of between six and 75 years", "a maximum sentence of 15 years".
    [
      "sentence of vs up to",
      "Timmons faces a maximum sentence of 15 years in prison if convicted.",
      "Timmons faces up to 20 years in prison if convicted.",
      "15 years",
      "up to 20 years",
      "soft",
    ],
    // A tally word sums the set, it does not restrict it (t25-plus: "missed 10 total games" vs "missed nine games").
    [
      "a total is the same set",
      "Thomas missed 10 total games this season with an ankle sprain.",
      "Thomas missed nine games this season with an ankle sprain.",
      "10 total games",
      "nine games",
      "conflict",
    ],
    [
      "a restricting word still restricts",
      "Thomas missed 10 consecutive games this season with an ankle sprain.",
      "Thomas missed nine games this season with an ankle sprain.",
      "10 consecutive games",
      "nine games",
      "apart",
    ],
    [
      "girlfriend of seven years still names which one",
      "He killed his girlfriend of seven years on Sunday.",
      "He killed his girlfriend of eight years on Sunday.",
      "seven years",
      "eight years",
      "apart",
    ],
  ])("%s", (_rule, a, b, figureA, figureB, expected) => {
    expect(pairOutcome(a, b, figureA, figureB)).toBe(expected);
  });
});

describe("contextOf: years and occasions", () => {
  const one = (text: string, figure: string) => {
    const all = reportItems([["a", text]]);
    return contextOf(all.find((i) => i.quantity.text === figure) as CompareItem);
  };
  it("reads the years of the figure's stretch, not a model year", () => {
    expect(one("Cooper missed the first four games of the 2008 season.", "four games").years).toEqual(["2008"]);
    expect(one("He drove a 2008 Bentley at 90 mph.", "90 mph").years).toEqual([]);
  });
  it("reads an occasion the sentence opens on", () => {
    expect(one("In their second game against Denver, he ran for 80 yards.", "80 yards").scope).toBe("second game");
  });
});
