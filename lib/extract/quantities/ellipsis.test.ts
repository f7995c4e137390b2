/**
 * Elided counted nouns (ellipsis.ts) and ages read by their verb (quantities.ts agedByVerb) through the pipeline entry, on invented sentences in the shapes met in ECB+ and
 * PolNeAR train: which bare numbers count what the figure before them counted, and which do not.
 */
import { describe, expect, it } from "vitest";
import { compareTwo } from "@/tests/helpers/reports.ts";
import { extract } from "../extract.ts";

function unitOf(text: string, figure: string): string | null | undefined {
  return extract({ id: "t", text }).quantities.find((q) => q.text === figure)?.unit;
}

describe("a bare number after a counted figure", () => {
  it.each<[string, string, string, string]>([
    ["in the same sentence", "Lawson added 16 points, and Green had 14 in the win.", "14", "point"],
    ["in a bare report after it", "Police said 12 people died in the fire. The fire service said 15.", "15", "people"],
    ["after a verb in the next sentence", "Lee scored 20 points on Thursday. Lee now has 2,301.", "2,301", "point"],
    ["a tally after 'of'", "He needed 11 points to break the school scoring record of 2,106.", "2,106", "point"],
    ["after 'to'", "He threw for 205 yards, swelling his season yardage to 4,183.", "4,183", "yard"],
    [
      "after another unit a sentence further back",
      "The team improved to 25-7 before more than 6,000 fans. Lee led with 13 points, while Carter added 12.",
      "12",
      "point",
    ],
    [
      "with its own modifier",
      "Clinton won at least 19 delegates and Sanders won at least 15.",
      "at least 15",
      "delegate",
    ],
  ])("%s counts the same thing", (_, text, figure, unit) => {
    expect(unitOf(text, figure)).toBe(unit);
  });

  it.each<[string, string, string, string]>([
    ["an age after a copula", "The crash killed 12 people. She was 91.", "91", "people"],
    ["a part of the figure before", "The Colts gave up 507 yards, and 352 of them came on the ground.", "352", "yard"],
    [
      "a part of what follows",
      "The Demons scored 18 points but have dropped four of their last five games.",
      "four",
      "point",
    ],
    ["a streak", "Okafor totaled 12 rebounds for the Orange, who have won six in a row.", "six", "rebound"],
    ["a noun after an alternative", "He had three runs of 80 or more yards in a season.", "80", "run"],
    ["another noun's tally", "Gunmen fired 20 rounds and killed a mother of 12.", "12", "round"],
    ["a score after a dash", "The teams traded 40 yards of field goals: Colts – 13.", "13", "yard"],
    [
      "two counted figures before it",
      "Vaughn had 16 points and nine rebounds, scoring 14 in four minutes.",
      "14",
      "rebound",
    ],
    [
      "a noun of its own sentence",
      "He ran for 100 yards. The score tied a club record with a total of four.",
      "four",
      "yard",
    ],
    ["a single thing before it", "One man said he called 911 after the crash.", "911", "man"],
  ])("%s is not an elided count", (_, text, figure, antecedent) => {
    expect(unitOf(text, figure)).not.toBe(antecedent);
  });

  it.each<[string, string]>([
    ["She was 91.", "91"],
    ["Esther Williams, the swimming star, dies at 91 in Los Angeles.", "91"],
    ["Police Capt. Tom Tennant and Trooper William Hakim, both 51, died at the scene.", "51"],
    ["Steward, who turned 68 on Saturday, watched from the corner.", "68"],
  ])("an age by its verb: %s", (text, figure) => {
    expect(unitOf(text, figure)).toBe("years old");
  });

  it("'the number of dead at 16' is a toll, not an age (tests/fixtures/events/ashulia)", () => {
    expect(unitOf("Police put the number of dead at 16.", "16")).not.toBe("years old");
    expect(unitOf("Vincent Gigante dead at 77", "77")).toBe("years old");
  });
});

describe("elided counts across reports", () => {
  it("a career total written without its noun conflicts with another outlet's", () => {
    const { conflicts } = compareTwo(
      "Lee scored 20 points on Thursday night to break the school's career scoring record. Lee now has 2,301.",
      "The referees stopped the game when Lee, who now has 2,302 points, made the record-setting basket.",
    );
    expect(conflicts).toContainEqual(["2,301", "2,302 points"]);
  });
});
