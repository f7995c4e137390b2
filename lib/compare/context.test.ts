import { describe, expect, it } from "vitest";
import { contextOf } from "./context.ts";
import { groupAcross } from "./cross.ts";
import { type PairCase, pairOutcome, reportItems } from "./two-reports.ts";

describe("different sets are kept apart, true disagreements still conflict", () => {
  it.each<PairCase>([
    // Reference case of issue 4: bare counts of one thing stay one group ("over 800" is compatible with ~850 as a
    // pair; ~800 and ~850 conflict).
    [
      "bare bound",
      "Over 800 fighters crossed the border.",
      "Approximately 850 fighters crossed the border.",
      "Over 800 fighters",
      "Approximately 850 fighters",
      "soft",
    ],
    [
      "bare estimates",
      "About 800 fighters crossed the border.",
      "Approximately 850 fighters crossed the border.",
      "About 800 fighters",
      "Approximately 850 fighters",
      "conflict",
    ],
    // A span counted from another moment is not a span from now; a duration followed by what came next still is one.
    [
      "anchored span",
      "The rule takes effect nine days before the inauguration.",
      "The rule takes effect in 30 days.",
      "nine days",
      "30 days",
      "apart",
    ],
    // A percentage stating a change against something else is not a share or a level.
    [
      "change vs level",
      "The new battery holds 40 percent more energy, the company said.",
      "The company said the battery in the notebook will retain 80% or more of its original capacity.",
      "40 percent",
      "80%",
      "apart",
    ],
    [
      "change vs change",
      "The new battery holds 40 percent more energy, the company said.",
      "The new battery holds 60 percent more energy, the company said.",
      "40 percent",
      "60 percent",
      "conflict",
    ],
    [
      "rose by vs share",
      "Sales of the phone rose by 12 percent in March, the company said.",
      "The phone took 30 percent of sales in March, the company said.",
      "12 percent",
      "30 percent of sales",
      "apart",
    ],
    // A figure listed with another as variants ("$1,799 and $2,199 versions") is not the other report's figure when
    // that equals the list's other member; a value outside the list still disagrees.
    [
      "list of variants",
      "The 15-inch model is offered in $1,799 and $2,199 versions.",
      "The upgraded 15-inch model is offered for $2,199.",
      "$1,799",
      "$2,199",
      "apart",
    ],
    [
      "list of variants, 'or'",
      "The 15-inch model is offered for $1,799 or $2,199.",
      "The upgraded 15-inch model is offered for $2,199.",
      "$1,799",
      "$2,199",
      "apart",
    ],
    [
      "outside the list",
      "The 15-inch model is offered in $1,799 and $2,199 versions.",
      "The upgraded 15-inch model is offered for $2,499.",
      "$1,799",
      "$2,499",
      "conflict",
    ],
    // An expected figure is not a reported one; a belief about a fact ("police think") is a report.
    [
      "expectation vs result",
      "I thought the Colts would get 7 wins in the season.",
      "The Colts got nine wins in the season.",
      "7 wins",
      "nine wins",
      "apart",
    ],
    [
      "expected vs result",
      "The Colts were expected to finish with seven wins this season.",
      "The Colts finished with 11 wins this season.",
      "seven wins",
      "11 wins",
      "apart",
    ],
    [
      "a belief about a fact",
      "Police think the gunman fired 30 shots at the school on Monday.",
      "The gunman fired 40 shots at the school on Monday, police said.",
      "30 shots",
      "40 shots",
      "conflict",
    ],
    // The verb decides what a victim count counts.
    [
      "shot vs killed",
      "The gunman shot three victims at the plant.",
      "Two people were killed at the plant.",
      "three victims",
      "Two people",
      "apart",
    ],
    [
      "shot vs shot",
      "The gunman shot three people at the plant.",
      "The gunman shot four people at the plant.",
      "three people",
      "four people",
      "conflict",
    ],
    [
      "killed vs killed",
      "Three victims were killed at the plant.",
      "Four people were killed at the plant.",
      "Three victims",
      "Four people",
      "conflict",
    ],
    [
      "shot dead vs killed",
      "At the party a gunman shot one person dead.",
      "At the party a gunman killed two people.",
      "one person",
      "two people",
      "conflict",
    ],
    [
      "shot dead vs shot",
      "At the party a gunman shot one person dead.",
      "At the party a gunman shot three people.",
      "one person",
      "three people",
      "apart",
    ],
    [
      "wounding vs wounded",
      "She killed two workers and wounded two others.",
      "2 Dead, 1 Wounded in Shooting at Kraft Plant.",
      "two others",
      "1 Wounded",
      "conflict",
    ],
    // Noun-phrase modifiers: a modified count is a subset, or another set.
    [
      "consecutive",
      "The judge handed Nichols four consecutive life sentences.",
      "The judge handed Nichols seven life sentences.",
      "four consecutive life sentences",
      "seven life sentences",
      "apart",
    ],
    [
      "without parole",
      "The judge handed Nichols four life sentences without parole.",
      "The judge handed Nichols seven life sentences.",
      "four life sentences",
      "seven life sentences",
      "apart",
    ],
    [
      "same modifiers",
      "The judge handed Nichols four life sentences.",
      "The judge handed Nichols seven life sentences.",
      "four life sentences",
      "seven life sentences",
      "conflict",
    ],
    [
      "the other N",
      "The holdouts told the other nine jurors that they would not impose death.",
      "The holdouts told twelve jurors that they would not impose death.",
      "nine jurors",
      "twelve jurors",
      "apart",
    ],
    [
      "pro-death",
      "The nine pro-death jurors asked the holdouts to vote for execution.",
      "The three jurors asked the holdouts to vote for execution.",
      "nine pro-death jurors",
      "three jurors",
      "apart",
    ],
    // Background events.
    [
      "weeks after",
      "The shooting came weeks after a gunman shot eight people in Hartford.",
      "The gunman shot three people at the plant.",
      "eight people",
      "three people",
      "apart",
    ],
    [
      "last year",
      "Last year 12 people were killed in a similar blast at the market.",
      "Police said 24 people were killed in the blast at the market.",
      "12 people",
      "24 people",
      "apart",
    ],
    [
      "clause comma",
      "Two weeks after the quake, 300 people were still missing in the valley.",
      "Officials said 250 people were still missing in the valley.",
      "300 people",
      "250 people",
      "conflict",
    ],
    // Fire appliances are fire engines, and "a further" / "an additional" set is one kind of set (reinforcements),
    // whichever verb the phrase is read from; a further set is still not the first count.
    [
      "further appliances vs additional engines",
      "Crews called in an additional eight engines to tackle the fire.",
      "Firefighters then called a further five appliances to help.",
      "eight engines",
      "five appliances",
      "conflict",
    ],
    [
      "further appliances vs the first appliances",
      "Ten appliances attended the fire at the store.",
      "Firefighters then called a further five appliances to help.",
      "Ten appliances",
      "five appliances",
      "apart",
    ],
    // A boxer's record written "KOs", "KO's" or "knockouts" counts one thing; two boxers' records (the name the
    // figure is bracketed or set off after) are two things.
    [
      "KO's vs KOs, one boxer",
      "Klitschko (52-3, 46 KOs) won on Saturday in Mannheim.",
      "Champion Wladimir Klitschko, 53-3, 47 KO's, won on Saturday in Mannheim.",
      "46 KOs",
      "47 KO's",
      "conflict",
    ],
    [
      "knockouts vs KOs, one boxer",
      "Klitschko (52-3, 46 knockouts) won on Saturday in Mannheim.",
      "Klitschko (53-3, 47 KOs) won on Saturday in Mannheim.",
      "46 knockouts",
      "47 KOs",
      "conflict",
    ],
    // "wins by knockout" counts knockouts (signature.ts mannerUnit); "X's record to 52-3 with 46" names the holder
    // (holder.ts): without either, the two records are never compared.
    [
      "wins by knockout vs KO's, a possessive record",
      "The victory took Klitschko's record to 52-3 with a remarkable 46 wins by knockout.",
      "Champion Wladimir Klitschko, 53-3, 47 KO's, won on Saturday in Mannheim.",
      "46 wins",
      "47 KO's",
      "conflict",
    ],
    [
      "two boxers' records",
      "Hasim Rahman (45-7-2, 36 KOs) lost on Saturday in Mannheim.",
      "Riddick Bowe (45-1, 33 KOs) won on Saturday in Mannheim.",
      "36 KOs",
      "33 KOs",
      "apart",
    ],
    [
      "two boxers' records, set off by commas",
      "Former champion Hasim Rahman, 45-7-2, 36 KO's, lost on Saturday.",
      "Former champion Riddick Bowe, 43-1, 33 KO's, won on Saturday.",
      "36 KO's",
      "33 KO's",
      "apart",
    ],
    // A sentence opening on a part of the event ("In the sixth,") counts that part, not the whole fight.
    [
      "a round's count vs the fight's",
      "Klitschko landed 178 punches in the fight, the final numbers showed.",
      "In the sixth, Klitschko landed 28 punches.",
      "178 punches",
      "28 punches",
      "apart",
    ],
    [
      "one round's count vs the same round's",
      "In the sixth, Klitschko landed 28 punches.",
      "In the sixth, Klitschko landed 31 punches.",
      "28 punches",
      "31 punches",
      "conflict",
    ],
    // What a sum of money is "in" names the money: annual sales are not research spending.
    [
      "money in sales vs money in R and D",
      "The two will combine into a company with $7.3 billion in annual sales.",
      "The company spent $389.1 million in R and D, the list said.",
      "$7.3 billion",
      "$389.1 million",
      "apart",
    ],
    [
      "money in sales vs money in sales",
      "The two will combine into a company with $7.3 billion in annual sales.",
      "The two will combine into a company with $6.8 billion in annual sales.",
      "$7.3 billion",
      "$6.8 billion",
      "conflict",
    ],
  ])("%s", (_rule, a, b, figureA, figureB, expected) => {
    expect(pairOutcome(a, b, figureA, figureB)).toBe(expected);
  });

  it("a figure that names no holder joins its holder's group through the very same figure written with a name", () => {
    const all = reportItems([
      ["a", "The win improved the champion to 52-3 with 46 KOs."],
      ["b", "Klitschko (52-3, 46 KOs) won on Saturday in Mannheim."],
      ["c", "Champion Wladimir Klitschko, 53-3, 47 KO's, won on Saturday in Mannheim."],
      ["d", "Riddick Bowe (45-1, 33 KOs) won on Saturday in Mannheim."],
    ]);
    const text = (k: string) => all.find((i) => i.key === k)?.quantity.text;
    const groups = groupAcross(all).map((g) => ({ verdict: g.verdict, texts: g.members.map(text).sort() }));
    expect(groups).toContainEqual({ verdict: "conflict", texts: ["46 KOs", "46 KOs", "47 KO's"] });
    expect(groups).toContainEqual({ verdict: null, texts: ["33 KOs"] });
  });

  it("a year before publication leading into the clause is background; without a publication time it is not read", () => {
    const a = "In June 2012, a quake struck one mile north of The Geysers.";
    const b = "The quake struck two miles north of The Geysers.";
    expect(pairOutcome(a, b, "one mile", "two miles", "2013-03-14T12:00:00Z")).toBe("apart");
    expect(pairOutcome(a, b, "one mile", "two miles")).toBe("conflict");
  });

  it("an earlier year dating the figure's clause after it is background; 'since' a year is not", () => {
    const now = "2026-03-04T18:00:00Z";
    const fire = "Police said 16 people were killed in the fire.";
    const rana = "More than 1,100 people died when the Rana Plaza building collapsed in 2013.";
    expect(pairOutcome(fire, rana, "16 people", "More than 1,100 people", now)).toBe("apart");
    expect(pairOutcome(fire, rana, "16 people", "More than 1,100 people")).toBe("conflict");
    const since = "At least 40 people were killed in the fire, the worst since 2013.";
    expect(pairOutcome(fire, since, "16 people", "At least 40 people", now)).toBe("conflict");
  });
});

describe("contextOf", () => {
  const first = (text: string, figure: string) => {
    const item = reportItems([["a", text]]).find((i) => i.quantity.text === figure);
    if (!item) throw new Error(`no figure ${figure}`);
    return contextOf(item);
  };

  it.each([
    ["Nichols dumped his girlfriend of seven years.", "seven years", true],
    ["He served a veteran of 28 years.", "28 years", true],
    ["The jury convicted him after 12 hours of deliberation.", "12 hours", false],
    ["He was jailed for a total of 30 years.", "30 years", false],
  ])("%s: attributive duration %s is %s", (text, figure, expected) => {
    expect(first(text, figure).attributive).toBe(expected);
  });

  it.each([
    ["A man walked into the party and shot one person dead.", "one person", ["die", "shoot"]],
    ["The gunman shot three victims at the plant.", "three victims", ["shoot"]],
    ["She killed two workers and critically wounded two others.", "two others", ["injure"]],
    ["Police said 24 people were killed.", "24 people", []],
  ])("%s: the verb around %s adds %j (grouping settles shot + died as died)", (text, figure, events) => {
    expect([...first(text, figure).events].sort()).toEqual(events);
  });

  it.each([
    ["McDermott, a junior, now has 2,129 points.", "2,129 points", true],
    ["McDermott has 2,029 points in 106 games as a Bluejay.", "2,029 points", true],
    ["He broke Buford's scoring record of 2,116 points.", "2,116 points", true],
    ["Tyler Hansbrough entered the game with 2,282 points.", "2,282 points", true],
    ["McDermott scored 23 points to become the all-time scoring leader.", "23 points", false],
    ["Charles ran for 226 yards in the game.", "226 yards", false],
  ])("%s: %s is a total over games: %s", (text, figure, expected) => {
    expect(first(text, figure).span).toBe(expected);
  });

  it.each([
    ["Ratliff scored with 4 minutes 48 seconds remaining.", "4 minutes", true],
    ["Ratliff scored with 4 minutes 48 seconds remaining.", "48 seconds", true],
    ["The key play came with 10 minutes left in the fourth quarter.", "10 minutes", true],
    ["Garrard was sacked with 12 seconds to play.", "12 seconds", true],
    ["The jury deliberated for 12 hours.", "12 hours", false],
    ["He has two years left on his contract.", "two years", false],
  ])("%s: %s is a moment on a clock counting down: %s", (text, figure, expected) => {
    expect(first(text, figure).countdown).toBe(expected);
  });

  it.each([
    ["He spent his first 11 seasons as a player with the 76ers.", "11 seasons", "player"],
    ["He spent four seasons as the team's director of personnel.", "four seasons", "director"],
    ["He was fired after nearly four seasons as coach of the Trail Blazers.", "nearly four seasons", "coach"],
    ["He has a 135-156 record in 10 seasons as a head coach.", "10 seasons", "head coach"],
    ["He served four months in federal prison.", "four months", null],
  ])("%s: %s was spent as %s", (text, figure, role) => {
    expect(first(text, figure).role).toBe(role);
  });

  it("'those 10 points' points back at a figure given before", () => {
    expect(first("Those 10 points tied him with Buford.", "10 points").anaphoric).toBe(true);
    expect(first("He scored 10 points.", "10 points").anaphoric).toBe(false);
  });

  it("last season is background, like last year", () => {
    expect(first("The franchise won two games last season.", "two games").background).toBe(true);
    expect(first("The franchise won ten games this season.", "ten games").background).toBe(false);
  });

  it("a figure's own 'ago' does not make it background", () => {
    expect(first("She suffered a heart attack almost three weeks ago.", "almost three weeks").background).toBe(false);
  });

  it("modifiers come from between the number and the noun, and from a with/without phrase", () => {
    expect([
      ...first(
        "He got four consecutive life sentences without the possibility of parole.",
        "four consecutive life sentences",
      ).modifiers,
    ]).toEqual(["consecutive", "life", "without parole"]);
    expect([...first("The climber fell about 200m down a gully.", "about 200m").modifiers]).toEqual([]);
  });
});

describe("what a span is counted from", () => {
  const anchorOf = (text: string, figure: string) => {
    const item = reportItems([["a", text]]).find((i) => i.quantity.text === figure);
    return item ? contextOf(item).anchor : undefined;
  };

  it.each([
    ["The rule takes effect nine days before Obama's inauguration.", "nine days", "before inauguration"],
    ["Three years after that, the state set up a loan fund.", "Three years", "after that"],
    // A clause after "before" says what came next: the figure is still a duration.
    ["The standoff lasted two hours before the gunman gave up.", "two hours", null],
    ["The rule takes effect in about 30 days.", "about 30 days", null],
  ])("%s (%s) -> %s", (text, figure, anchor) => {
    expect(anchorOf(text, figure)).toBe(anchor);
  });
});
