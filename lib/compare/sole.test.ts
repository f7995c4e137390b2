import { describe, expect, it } from "vitest";
import { compareTwo } from "@/tests/helpers/reports.ts";

// Invented reports of one rule change and one raid: each report's only count of a specific noun (sole.ts).

describe("two reports' only counts of a specific noun", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "phrases that share no word",
      "The agency received nearly 235,000 comments on the wetlands proposal.",
      "The ministry has since received nearly 300,000 comments, most opposing the changes.",
      [["nearly 235,000 comments", "nearly 300,000 comments"]],
    ],
    [
      "modifiers that describe the one count",
      "Officials said the bulk of nearly 235,000 public comments on the change were form letters.",
      "Fifteen experts were brought in to sort through 280,000 written comments on the revisions.",
      [["280,000 written comments", "nearly 235,000 public comments"]],
    ],
    [
      "a part of the whole is no second count",
      "The agency received nearly 235,000 comments, and more than 200,000 of the comments opposed the rule.",
      "The ministry has since received nearly 300,000 comments, most opposing the changes.",
      [["nearly 235,000 comments", "nearly 300,000 comments"]],
    ],
    [
      "another noun's words",
      "Police said the raid netted 1,400 rifles hidden in a warehouse near the port.",
      "Customs officers counted 1,150 rifles seized from smugglers on Tuesday.",
      [["1,150 rifles", "1,400 rifles"]],
    ],
  ])("%s: one count, a conflict", (_, a, b, expected) => {
    expect(compareTwo(a, b).conflicts).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      "a report counting the noun twice",
      "The agency received nearly 235,000 comments on the wetlands proposal.",
      "The ministry has received 300,000 comments on the rules and 140,000 comments on the forest plan.",
    ],
    [
      "small counts: an event has many small sets",
      "Officials said three undersea cables were damaged.",
      "Engineers said two cables went down overnight.",
    ],
    [
      "figures of different orders",
      "The agency received nearly 35,000 comments on the wetlands proposal.",
      "The ministry has since received nearly 300,000 comments, most opposing the changes.",
    ],
    [
      "people: a generic noun",
      "The petition against the wetlands proposal drew 235,000 people.",
      "Organisers said 300,000 people marched against the changes.",
    ],
    [
      "money: a sum is of many things",
      "The agency spent $235,000 on the wetlands review.",
      "Critics said the changes would cost farmers $300,000.",
    ],
    ["spans of play", "The streak reached 15 games on Sunday.", "Manning missed 12 games with a neck injury."],
    [
      "two places",
      "The storm destroyed 1,200 homes in Springfield on Monday.",
      "About 2,000 homes were flooded in Shelbyville on Monday.",
    ],
    [
      "records",
      "The club fired its coach after a disappointing 19-24 start to the season.",
      "After a 28-30 start, the club won 18 of its next 23 games.",
    ],
    [
      "another set",
      "The agency received nearly 235,000 comments on the wetlands proposal.",
      "The ministry has since received 300,000 other comments on the changes.",
    ],
  ])("%s: not flagged", (_, a, b) => {
    expect(compareTwo(a, b).conflicts).toEqual([]);
  });
});

// Invented reports of one title fight: "wins coming by way of knockout" counts knockouts (group.ts byManner).
describe("wins that came by another counted noun", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "all wins against the wins by knockout",
      "The champion improved to a career record of 58 wins and three defeats.",
      "The champion improved to 58-3 with 51 wins coming by way of knockout.",
      [],
    ],
    [
      "knockouts against the wins by way of knockout",
      "The champion now has 53 knockouts in his career.",
      "The champion improved to 58-3 with 51 wins coming by way of knockout.",
      [["51 wins", "53 knockouts"]],
    ],
  ])("%s", (_, a, b, expected) => {
    expect(compareTwo(a, b).conflicts).toEqual(expected);
  });
});
