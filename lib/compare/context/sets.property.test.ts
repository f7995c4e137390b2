/**
 * Property: lastTwoWords, the backwards scan eventsAround reads a figure's governing verb with, finds what the
 * anchored regular expression it replaced finds, on any mix of letters, spaces and punctuation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventsAround, lastTwoWords } from "./sets.ts";

const ORACLE = /(?:^|[^\p{L}])(\p{L}+)(?:\s+(\p{L}+))?\s*$/u;

function oracle(tail: string): string[] {
  const m = ORACLE.exec(tail);
  return m ? [m[1], m[2]].filter((w): w is string => w !== undefined) : [];
}

describe("lastTwoWords", () => {
  it("reads the words the regular expression reads", () => {
    const piece = fc.constantFrom("a", "shot", "é", " ", "  ", "\n", ",", "1", "'", "-", "killing");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const tail = pieces.join("");
        expect(lastTwoWords(tail)).toEqual(oracle(tail));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a gunman shot ", ["gunman", "shot"]],
    ["killed, shot ", ["shot"]],
    ["said: ", []],
    ["", []],
  ])("%j -> %j", (tail, words) => {
    expect(lastTwoWords(tail)).toEqual(words);
  });

  it("gives eventsAround the verb before the figure", () => {
    expect([...eventsAround("a gunman shot ", " in Hartford")]).toEqual(["shoot"]);
    expect([...eventsAround("police found ", " dead")]).toEqual(["die"]);
  });
});
