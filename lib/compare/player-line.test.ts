import { describe, expect, it } from "vitest";
import { isPlayerLine } from "./signature.ts";

// One predicate for contextOf (a figure's unit alone) and sameThing (a signature's class and the words of both phrases).
describe("isPlayerLine", () => {
  it.each<[string | null, string[], boolean]>([
    ["rebound", [], true],
    ["point", ["score"], true],
    // A figure's own unit: yards are a gain on the field whatever the words.
    ["yard", [], true],
    // A signature's class: yards were classed as a length, which is a gain only when read with a play.
    ["length", [], false],
    ["length", ["rush", "Ratliff"], true],
    ["length", ["wall", "high"], false],
    ["person", ["rush"], false],
    [null, ["rush"], false],
  ])("%s with %o -> %s", (unit, words, expected) => {
    expect(isPlayerLine(unit, words)).toBe(expected);
  });
});
