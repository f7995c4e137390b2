import { describe, expect, it } from "vitest";
import type { Modifier } from "@/lib/extract/schema.ts";
import { overlaps, roundingStep, toInterval } from "./interval.ts";

function q(
  value: number,
  modifier: Modifier,
  low: number | null = value,
  high: number | null = value,
  of: number | null = null,
) {
  return { value, modifier, low, high, of };
}

describe("roundingStep", () => {
  it.each([
    [800, 100],
    [850, 10],
    [45, 1],
    [1_200_000, 100_000],
    [2200, 100],
    [7.5, 0.1],
    [0.25, 0.01],
    [0, 1],
  ])("%s -> %s", (value, step) => {
    expect(roundingStep(value)).toBeCloseTo(step, 10);
  });
});

describe("toInterval", () => {
  it.each([
    ["exact 800", q(800, "exact"), [800, 800, false, false]],
    ["over 800", q(800, "moreThan", 800, null), [800, Number.POSITIVE_INFINITY, true, false]],
    ["at least 38", q(38, "atLeast", 38, null), [38, Number.POSITIVE_INFINITY, false, false]],
    ["fewer than 10", q(10, "lessThan", null, 10), [Number.NEGATIVE_INFINITY, 10, false, true]],
    ["as many as 20", q(20, "atMost", null, 20), [Number.NEGATIVE_INFINITY, 20, false, false]],
    ["between 30 and 40", q(30, "range", 30, 40), [30, 40, false, false]],
    ["approximately 850, extractor bounds", q(850, "approximately", 765, 935), [765, 935, false, false]],
    [
      "approximately 800, no bounds: the extractor's 10%",
      q(800, "approximately", null, null),
      [720, 880, false, false],
    ],
    ["26 of 31 as a share", q(26, "exact", 26, 26, 31), [26 / 31, 26 / 31, false, false]],
  ] as const)("%s", (_name, quantity, [low, high, lowOpen, highOpen]) => {
    expect(toInterval(quantity)).toEqual({ low, high, lowOpen, highOpen });
  });
});

describe("overlaps", () => {
  it.each([
    ["over 800 / exact 800", q(800, "moreThan", 800, null), q(800, "exact"), false],
    ["at least 800 / exact 800", q(800, "atLeast", 800, null), q(800, "exact"), true],
    ["over 800 / ~850", q(800, "moreThan", 800, null), q(850, "approximately", 765, 935), true],
    ["fewer than 10 / at least 40", q(10, "lessThan", null, 10), q(40, "atLeast", 40, null), false],
    ["30-40 / 35", q(30, "range", 30, 40), q(35, "exact"), true],
    [
      "as many as 20,000 / ~100,000",
      q(20_000, "atMost", null, 20_000),
      q(100_000, "approximately", 90_000, 110_000),
      false,
    ],
  ] as const)("%s -> %s", (_name, a, b, expected) => {
    expect(overlaps(toInterval(a), toInterval(b))).toBe(expected);
    expect(overlaps(toInterval(b), toInterval(a))).toBe(expected);
  });
});
