import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

// Two (invented) court reports of one case: the murder counts agree; the kidnapping count is another charge.
const reports = [
  ["a", "Daniel Ortega was charged with two counts of first-degree murder on Friday, prosecutors said."],
  ["b", "Ortega, 41, was charged with one count of kidnapping on Friday, prosecutors said."],
  ["c", "Prosecutors charged Ortega with two counts of murder on Friday."],
] as const;

describe("counts of different charges", () => {
  const { out, text } = compareReports(reports);

  it("one count of kidnapping is not compared with two counts of murder", () => {
    const kidnapping = out.groups.filter((g) => g.members.some((m) => text(m) === "one count"));
    for (const g of kidnapping) expect(g.members.map(text)).not.toContain("two counts");
    expect(out.discrepancies).toEqual([]);
  });

  it("the murder counts of both reports are one group", () => {
    const murder = out.groups.find((g) => g.members.filter((m) => text(m) === "two counts").length === 2);
    expect(murder?.verdict).toBeNull();
  });
});

// Three (invented) reports of one basketball game: each player's line is his own.
const game = [
  ["a", "Tyler Hansbrough grabbed nine rebounds against Evansville on Thursday."],
  ["b", "Danny Green had a strong night against Evansville on Thursday: he grabbed seven rebounds."],
  ["c", "Hansbrough grabbed 11 rebounds against Evansville on Thursday."],
] as const;

describe("a player's statistics", () => {
  const { discrepancies: flagged } = compareReports(game);

  it("a line whose player is not named ('he grabbed seven rebounds') is not compared with a named player's", () => {
    for (const pair of flagged) expect(pair).not.toContain("seven rebounds");
  });

  it("one player's rebounds given differently by two reports conflict", () => {
    expect(flagged).toContainEqual(["11 rebounds", "nine rebounds"]);
  });
});

// Three (invented) reports of one acquisition: the price, and the part of it paid in cash.
const deal = [
  ["a", "AMD will pay $334 million for SeaMicro, the company said on Wednesday."],
  [
    "b",
    "AMD is paying $281 million in cash and $53 million in stock to acquire SeaMicro, the company said on Wednesday.",
  ],
  ["c", "AMD will pay $350 million in cash and stock for SeaMicro, analysts said on Wednesday."],
] as const;

describe("parts of a sum", () => {
  const { conflicts: flagged } = compareReports(deal);

  it("the part paid in cash or in stock is not compared with the price", () => {
    for (const pair of flagged) {
      expect(pair).not.toContain("$281 million");
      expect(pair).not.toContain("$53 million");
    }
  });

  it("a price paid 'in cash and stock' is the price: $350 million against $334 million conflict", () => {
    expect(flagged).toContainEqual(["$334 million", "$350 million"]);
  });
});

// Three (invented) reports of one takeover: the price, a sum the buyer holds in revenue, and the price again.
const takeover = [
  ["a", "Dell said on Monday it will buy the consulting company for $4.2 billion."],
  ["b", "With $5 billion in consulting revenue, the company ranks third in its market, Dell said on Monday."],
  ["c", "Dell agreed on Monday to acquire the consulting company for about $3.9 billion, analysts said."],
] as const;

describe("a price and a sum held in a kind", () => {
  const { conflicts: flagged } = compareReports(takeover);

  it("the price is not compared with revenue", () => {
    for (const pair of flagged) expect(pair).not.toContain("$5 billion");
  });

  it("two prices of one deal still conflict", () => {
    expect(flagged).toContainEqual(["$4.2 billion", "about $3.9 billion"]);
  });
});

// Three (invented) reports of one football game: yards of a play are a player's line, like his carries.
const football = [
  ["a", "Against the Jaguars on Thursday, Keiwan Ratliff returned an interception 35 yards for a touchdown."],
  ["b", "Against the Jaguars on Thursday, a cornerback returned an interception 32 yards for a touchdown."],
  ["c", "Against the Jaguars on Thursday, Ratliff returned the interception 38 yards for a touchdown."],
] as const;

describe("yards of a play", () => {
  const { conflicts: flagged } = compareReports(football);

  it("a return whose player is not named is not compared with a named player's", () => {
    for (const pair of flagged) expect(pair).not.toContain("32 yards");
  });

  it("one player's return given as 35 and 38 yards conflicts", () => {
    expect(flagged).toContainEqual(["35 yards", "38 yards"]);
  });
});

// Three (invented) reports of one game: a career total and a season record beside the game's lines.
const career = [
  ["a", "Against Evansville on Thursday, Tyler Hansbrough entered the game with 2,282 points."],
  ["b", "Against Evansville on Thursday, Hansbrough scored 38 points."],
  ["c", "Against Evansville on Thursday, Hansbrough set a record for a season with 1,020 points."],
  ["d", "Against Evansville on Thursday, Hansbrough scored a career-high 41 points."],
] as const;

describe("a career's or a season's total against one game's line", () => {
  const { conflicts: flagged } = compareReports(career);

  it("does not compare the points he entered the game with, or a season's, with the game's points", () => {
    for (const pair of flagged) expect(pair.includes("2,282 points") || pair.includes("1,020 points")).toBe(false);
  });

  it("still compares a 'career-high' game line with the other report's line: 41 against 38 points", () => {
    expect(flagged).toContainEqual(["38 points", "41 points"]);
  });
});

// Invented reports of one record night: one player's running total, written with and without its span, beside a
// season's total and another player's.
const totals = [
  ["a", "Against Duke on Sunday, Smith now has 1,501 career points."],
  ["b", "Against Duke on Sunday, Smith, a senior, now has 1,502 points."],
  ["c", "Against Duke on Sunday, Smith finished with 18 points and now has 1,502 for his career."],
  ["d", "Against Duke on Sunday, Smith now has 640 points this season."],
  ["e", "Against Duke on Sunday, the crowd cheered Jones, who now has 1,480 points."],
] as const;

describe("one player's running total across reports", () => {
  const { conflicts: flagged } = compareReports(totals);

  it("compares 'now has 1,501 career points' with 'now has 1,502 points' and '1,502 for his career'", () => {
    expect(flagged).toContainEqual(["1,501 career points", "1,502", "1,502 points"]);
  });

  it("does not compare a career's total with a season's, or with another player's", () => {
    for (const pair of flagged) expect(pair.includes("640 points") || pair.includes("1,480 points")).toBe(false);
  });
});

// Two (invented) reports of one game: a team's rushing yards and one of its players'.
const rushing = [
  ["a", "In Indianapolis on Sunday, the Chiefs rushed for over 350 yards."],
  ["b", "In Indianapolis on Sunday, the Chiefs rallied behind Jamaal Charles' 226 yards rushing."],
  ["c", "In Indianapolis on Sunday, Jamaal Charles' 246 yards rushing were not enough for the Chiefs."],
] as const;

describe("whose line a figure is", () => {
  const { conflicts: flagged } = compareReports(rushing);

  it("does not compare the team's yards with a player's", () => {
    for (const pair of flagged) expect(pair).not.toContain("over 350 yards");
  });

  it("compares one player's yards given as 226 and 246", () => {
    expect(flagged).toContainEqual(["226 yards", "246 yards"]);
  });
});

// Two (invented) reports of one record night: the points a player needed and the points he scored.
const record = [
  ["a", "Against Evansville on Thursday, Hansbrough needed nine points to pass Phil Ford."],
  ["b", "Against Evansville on Thursday, Hansbrough scored 21 points to pass Phil Ford."],
  ["c", "Against Evansville on Thursday, Hansbrough scored 24 points to pass Phil Ford."],
] as const;

describe("a figure required against a figure counted", () => {
  const { conflicts: flagged } = compareReports(record);

  it("does not compare the points he needed with the points he scored", () => {
    for (const pair of flagged) expect(pair).not.toContain("nine points");
  });

  it("compares the points two reports say he scored", () => {
    expect(flagged).toContainEqual(["21 points", "24 points"]);
  });
});

// Three (invented) reports of one rule: a span from now, and one counted from another moment.
const rule = [
  ["a", "The new endangered species rule takes effect nine days before the inauguration, officials said on Monday."],
  ["b", "The new endangered species rule takes effect in about 30 days, officials said on Monday."],
  ["c", "The new endangered species rule takes effect in 20 days, officials said on Monday."],
] as const;

describe("a span counted from another moment", () => {
  const { conflicts } = compareReports(rule);

  it("'nine days before the inauguration' is not compared with 'in about 30 days'", () => {
    for (const pair of conflicts) expect(pair).not.toContain("nine days");
  });

  it("two spans from now are: 20 days against about 30 days", () => {
    expect(conflicts).toContainEqual(["20 days", "about 30 days"]);
  });
});

// Invented reports of one coach's firing: spans spent in different roles, and game-clock moments.
const tenure = (span: string) =>
  `The 76ers fired coach Maurice Cheeks on Saturday; he spent ${span} with the club, the team said on Saturday.`;

describe("a span spent in a role, and a moment on the game clock", () => {
  it("spans in two roles are two things; two spans in one role still conflict", () => {
    const apart = compareReports([
      ["a", tenure("his first 11 seasons as a player")],
      ["b", tenure("four seasons as the team's director of personnel")],
    ]).conflicts;
    expect(apart).toEqual([]);
    const same = compareReports([
      ["a", tenure("11 seasons as a player")],
      ["b", tenure("12 seasons as a player")],
    ]).conflicts;
    expect(same).toEqual([["11 seasons", "12 seasons"]]);
  });

  it("two moments of a game clock are not two lengths of one thing", () => {
    const game = (s: string) => `The Colts beat the Jaguars on Sunday; Ratliff scored with ${s} remaining in the game.`;
    expect(
      compareReports([
        ["a", game("31 seconds")],
        ["b", game("48 seconds")],
      ]).conflicts,
    ).toEqual([]);
  });
});

// Two (invented) reports of one running back's day: gains of two kinds are two lines; one kind written two ways is one.
describe("kinds of yards", () => {
  it.each<[string, string, boolean]>([
    [
      "Reggie Bush has 258 receiving yards this season.",
      "Reggie Bush finished his third season with just 404 yards and two touchdowns on 106 carries.",
      false,
    ],
    ["Reggie Bush caught six passes for 80 yards on Sunday.", "Reggie Bush rushed for 120 yards on Sunday.", false],
    ["Reggie Bush had 80 yards on 12 catches on Sunday.", "Reggie Bush had 95 yards on 12 carries on Sunday.", false],
    // Rushing, whether the verb or the carries say so: a disagreement.
    ["Reggie Bush rushed for 120 yards on Sunday.", "Reggie Bush had 95 yards on 12 carries on Sunday.", true],
  ])("%s / %s -> conflict %s", (a, b, conflict) => {
    const { conflicts } = compareReports([
      ["a", a],
      ["b", b],
    ]);
    expect(conflicts.length > 0).toBe(conflict);
  });
});
