import { describe, expect, it } from "vitest";
import { correctedBounds } from "@/lib/claims/edit";

describe("correctedBounds: a corrected figure keeps what its modifier means", () => {
  it.each([
    ["moreThan", 850, { modifier: "moreThan", low: 850, high: null }],
    ["atLeast", 40, { modifier: "atLeast", low: 40, high: null }],
    ["atMost", 12, { modifier: "atMost", low: null, high: 12 }],
    ["lessThan", 5, { modifier: "lessThan", low: null, high: 5 }],
    ["approximately", 800, { modifier: "approximately", low: 720, high: 880 }],
    ["exact", 38, { modifier: "exact", low: 38, high: 38 }],
    ["range", 35, { modifier: "exact", low: 35, high: 35 }],
    ["fraction", 27, { modifier: "fraction", low: 27, high: 27 }],
  ] as const)("%s corrected to %d", (modifier, value, expected) => {
    expect(correctedBounds(modifier, value)).toEqual(expected);
  });
});
