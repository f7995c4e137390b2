import { describe, expect, it } from "vitest";
import { flagFigures, formatFigure, formatQuantity } from "./format";

describe("formatQuantity", () => {
  it.each([
    [{ value: 800, low: 800, high: null, modifier: "moreThan", of: null, unit: "fighter" }, "> 800 fighters"],
    [{ value: 850, low: 800, high: 900, modifier: "approximately", of: null, unit: "fighter" }, "~850 fighters"],
    [{ value: 38, low: 38, high: null, modifier: "atLeast", of: null, unit: "fatality" }, "≥ 38 fatalities"],
    [{ value: 2200, low: 2200, high: 2200, modifier: "exact", of: null, unit: null }, "2,200"],
    [{ value: 30, low: 30, high: 40, modifier: "range", of: null, unit: "km" }, "30–40 km"],
    [{ value: 26, low: 26, high: 26, modifier: "fraction", of: 31, unit: "province" }, "26 of 31 provinces"],
    [{ value: 0.6667, low: null, high: null, modifier: "fraction", of: null, unit: "country" }, "2/3 of the country"],
    // "two-thirds of the 31 provinces": a share of a written total, stored out of it, written as the share.
    [
      { value: 20.6677, low: 20.6677, high: 20.6677, modifier: "fraction", of: 31, unit: "province" },
      "2/3 of 31 provinces",
    ],
    [{ value: 144, low: 144, high: null, modifier: "moreThan", of: 288, unit: "candidate" }, "> 144 of 288 candidates"],
    [{ value: 5, low: null, high: 5, modifier: "lessThan", of: null, unit: null }, "< 5"],
    [{ value: 1, low: 1, high: 1, modifier: "exact", of: null, unit: "child" }, "1 child"],
    [{ value: 3, low: 3, high: 3, modifier: "exact", of: null, unit: "child" }, "3 children"],
    [{ value: 12, low: 12, high: 12, modifier: "exact", of: null, unit: "percent" }, "12%"],
    [{ value: 200, low: 180, high: 220, modifier: "approximately", of: null, unit: "foot" }, "~200 ft"],
  ] as const)("formats %o as %s", (q, expected) => {
    expect(formatQuantity(q)).toBe(expected);
  });
});

describe("flagFigures", () => {
  const feet = { value: 200, low: 180, high: 220, modifier: "approximately", of: null, unit: "foot" } as const;
  const metres = { value: 150, low: 135, high: 165, modifier: "approximately", of: null, unit: "m" } as const;
  it("writes bare figures when they share a unit", () => {
    expect(flagFigures([metres, { ...metres, value: 160 }])).toEqual(["~150", "~160"]);
  });
  it("writes the units when they differ (one length in feet and in metres)", () => {
    expect(flagFigures([feet, metres])).toEqual(["~200 ft", "~150 m"]);
  });
  it("writes bare figures for two measures of different things (a share and a count of provinces)", () => {
    const share = {
      value: 0.6667,
      low: 0.6667,
      high: 0.6667,
      modifier: "fraction",
      of: null,
      unit: "country",
    } as const;
    const provinces = { value: 26, low: 26, high: 26, modifier: "exact", of: 31, unit: "province" } as const;
    expect(flagFigures([share, provinces])).toEqual(["2/3", "26 of 31"]);
  });
});

// The flags' explanations, the group page and the tracker: the same figures, in words (formatFigure).
describe("formatFigure", () => {
  it.each([
    [{ value: 800, low: 800, high: null, modifier: "moreThan", of: null, unit: "fighter" }, "over 800"],
    [{ value: 850, low: 800, high: 900, modifier: "approximately", of: null, unit: "fighter" }, "~850"],
    [{ value: 38, low: 38, high: null, modifier: "atLeast", of: null, unit: "fatality" }, "at least 38"],
    [{ value: 5, low: null, high: 5, modifier: "lessThan", of: null, unit: null }, "under 5"],
    [{ value: 5, low: null, high: 5, modifier: "atMost", of: null, unit: null }, "at most 5"],
    [{ value: 26, low: 26, high: 26, modifier: "exact", of: 31, unit: "province" }, "26 of 31 (84%)"],
    [{ value: 0.6667, low: null, high: null, modifier: "fraction", of: null, unit: "country" }, "67%"],
    // One range dash and one number formatter in both styles (the words style wrote "30-40" and rounded to 0.1).
    [{ value: 30, low: 30, high: 40, modifier: "range", of: null, unit: "km" }, "30–40"],
    [{ value: 7.25, low: 7.25, high: 7.25, modifier: "exact", of: null, unit: "USD" }, "7.25"],
    // A bound on a share keeps both: "at least 44 of the 50 delegates".
    [{ value: 44, low: 44, high: null, modifier: "atLeast", of: 50, unit: "delegate" }, "at least 44 of 50 (88%)"],
  ] as const)("formats %o as %s", (q, expected) => {
    expect(formatFigure(q)).toBe(expected);
  });

  it("writes a bound share with its symbol in the table", () => {
    const q = { value: 44, low: 44, high: null, modifier: "atLeast", of: 50, unit: "delegate" } as const;
    expect(formatQuantity(q)).toBe("≥ 44 of 50 delegates");
  });

  it("writes units in words only for one measure in several units", () => {
    const feet = { value: 200, low: 180, high: 220, modifier: "approximately", of: null, unit: "foot" } as const;
    const metres = { value: 150, low: 135, high: 165, modifier: "moreThan", of: null, unit: "m" } as const;
    expect(flagFigures([feet, metres], "words")).toEqual(["~200 ft", "over 150 m"]);
    expect(flagFigures([metres, { ...metres, value: 160 }], "words")).toEqual(["over 150", "over 160"]);
  });
});
