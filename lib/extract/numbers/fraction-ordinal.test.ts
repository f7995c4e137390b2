import { describe, expect, it } from "vitest";
import { extract } from "../extract.ts";

// A bare "a third" after a verb is a third person ("wounding a third"), not a share; shares keep "of" or a measuring
// word before them. Sentence-initial "A third was shot" / "A third were Democrats" cannot be told apart (left a share).
const figures = (text: string) => extract({ id: "d", text }).quantities.map((q) => [q.text, q.value]);

describe("a third: person or share", () => {
  it.each([
    ["She killed two co-workers and critically wounded a third, police said.", [["two co-workers", 2]]],
    ["Hiller admitted killing two coworkers and seriously wounding a third.", [["two coworkers", 2]]],
    ["Immigrants make up a third of the area's population.", [["a third of the area's population", 0.3333]]],
    ["Sales fell by a third.", [["a third", 0.3333]]],
    ["About a third voted for the plan.", [["About a third", 0.3333]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
