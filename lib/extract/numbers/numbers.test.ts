import { describe, expect, it } from "vitest";
import { normalizeDigits, parseDigits, parseNumber } from "./numbers.ts";

describe("parseNumber", () => {
  const cases: Array<[string, number, number, number, string]> = [
    // surface, value, low, high, kind
    ["2,200", 2200, 2200, 2200, "digits"],
    ["1.2", 1.2, 1.2, 1.2, "digits"],
    ["100,000", 100000, 100000, 100000, "digits"],
    ["1.2 million", 1.2e6, 1.2e6, 1.2e6, "digits"],
    ["3bn", 3e9, 3e9, 3e9, "digits"],
    ["$5m", 5e6, 5e6, 5e6, "digits"],
    ["1.8M", 1.8e6, 1.8e6, 1.8e6, "digits"],
    ["5 thousand", 5000, 5000, 5000, "digits"],
    ["10 000", 10000, 10000, 10000, "digits"],
    ["-18", -18, -18, -18, "digits"],
    ["minus 5", -5, -5, -5, "digits"],
    ["10 1/2", 10.5, 10.5, 10.5, "digits"],
    ["1½", 1.5, 1.5, 1.5, "digits"],
    // a mixed number glued by a hyphen, wire-service style (ECB+ 32: "a 2-1/2 year sentence")
    ["4-1/2", 4.5, 4.5, 4.5, "digits"],
    ["2-1/2 million", 2.5e6, 2.5e6, 2.5e6, "digits"],
    ["1-5/8", 1.625, 1.625, 1.625, "digits"],
    ["twenty-five", 25, 25, 25, "words"],
    ["seventy-two", 72, 72, 72, "words"],
    ["two hundred and fifty", 250, 250, 250, "words"],
    ["a dozen", 12, 12, 12, "words"],
    ["three dozen", 36, 36, 36, "words"],
    ["a hundred thousand", 100000, 100000, 100000, "words"],
    ["one million", 1e6, 1e6, 1e6, "words"],
    ["half a million", 500000, 500000, 500000, "words"],
    ["half million", 500000, 500000, 500000, "words"],
    ["one and a half", 1.5, 1.5, 1.5, "words"],
    ["five and a half million", 5.5e6, 5.5e6, 5.5e6, "words"],
    ["one million and a half", 1.5e6, 1.5e6, 1.5e6, "words"],
    ["three and one fourth", 3.25, 3.25, 3.25, "words"],
    ["two-thirds", 0.6667, 0.6667, 0.6667, "fraction"],
    ["one third", 0.3333, 0.3333, 0.3333, "fraction"],
    ["three quarters", 0.75, 0.75, 0.75, "fraction"],
    ["a quarter", 0.25, 0.25, 0.25, "fraction"],
    ["half", 0.5, 0.5, 0.5, "fraction"],
    ["1/3", 0.3333, 0.3333, 0.3333, "fraction"],
    ["½", 0.5, 0.5, 0.5, "fraction"],
    ["dozens", 24, 24, 99, "vague"],
    ["hundreds", 200, 200, 999, "vague"],
    ["thousands", 2000, 2000, 9999, "vague"],
    ["tens of thousands", 20000, 20000, 99999, "vague"],
    ["hundreds of thousands", 200000, 200000, 999999, "vague"],
    ["several hundred", 300, 300, 900, "vague"],
    ["a few thousand", 2000, 2000, 5000, "vague"],
    ["10-15", 10, 10, 15, "range"],
    ["3.5-4", 3.5, 3.5, 4, "range"],
    ["۸۰۰", 800, 800, 800, "digits"],
    ["٣٥", 35, 35, 35, "digits"],
    ["۱٬۲۰۰", 1200, 1200, 1200, "digits"],
    ["٣٥٫٥", 35.5, 35.5, 35.5, "digits"],
  ];
  it.each(cases)("%s -> %d [%d, %d] %s", (surface, value, low, high, kind) => {
    const r = parseNumber(surface);
    expect(r).not.toBeNull();
    expect(r?.value).toBeCloseTo(value, 4);
    expect(r?.low).toBeCloseTo(low, 4);
    expect(r?.high).toBeCloseTo(high, 4);
    expect(r?.kind).toBe(kind);
  });

  const refused = [
    "3-1",
    "52-3",
    "45-35",
    "9/11",
    "24/7",
    "2-9/11",
    "1-24/7",
    "4-0/2",
    "4-3/2",
    "555-1234",
    "1.2.3",
    "the third",
    "a",
    "fifth",
    "tens",
    "10:30",
    "2024-01-05",
  ];
  it.each(refused)("%s is not a number", (surface) => {
    expect(parseNumber(surface)).toBeNull();
  });
});

describe("digits", () => {
  it.each([
    ["۸۰۰", "800"],
    ["٣٥٫٥", "35.5"],
    ["۱٬۲۰۰", "1,200"],
    ["abc", "abc"],
  ])("normalizeDigits(%s) = %s", (input, out) => {
    expect(normalizeDigits(input)).toBe(out);
  });

  it.each([
    ["2,200", 2200],
    [".5", 0.5],
    ["1,2", null],
    ["12,34", null],
    ["1e5", null],
    ["9".repeat(400), null],
  ])("parseDigits(%s) = %s", (input, out) => {
    expect(parseDigits(input)).toBe(out);
  });
});
