import { describe, expect, it } from "vitest";
import { findQuantities } from "../quantities/quantities.ts";
import { segment } from "../tokens/segment.ts";
import { describeConcept } from "./concept.ts";

// [sentence, the figure as written, the expected concept]. Sentences written for this test, not from the article.
const cases: Array<[string, string, string | null]> = [
  ["At least 45 people were killed in the blast on Tuesday.", "45", "people killed in blast"],
  ["About 1.2 million people voted in the election.", "1.2 million", "people voted in election"],
  ["Police arrested 300 protesters on Saturday.", "300", "Police arrested protesters"],
  ["The company lost $4.5 billion last year.", "4.5", "company lost"],
  ["Unemployment rose to 7.5 percent in March.", "7.5", "Unemployment rose to"],
  ["The quake killed at least 3 people and injured 50 others.", "3", "quake killed people"],
  ["The quake killed at least 3 people and injured 50 others.", "50", "injured others"],
  ["The death toll rose to 24, officials said.", "24", "death toll rose to"],
  ["Officials reported 45 deaths in the flooding.", "45", "deaths in flooding"],
  ["More than 1,000 homes were destroyed by the storm.", "1,000", "homes destroyed by storm"],
  ["Police detained 120 people who took part in the march in Minsk.", "120", "people who took part in march"],
  ["Nearly 2,000 migrants crossed the Channel in small boats last week.", "2,000", "migrants crossed Channel"],
  ["Some 40 percent of voters backed the proposal.", "40", "voters backed proposal"],
  ["Rescuers pulled 17 survivors from the rubble.", "17", "Rescuers pulled survivors"],
  ["He signed a $37.5 million contract.", "37.5", "signed contract"],
  // A bracketed aside between the noun and its verb is stepped over.
  ["Jeffs and 11 members of his church (FLDS) were charged in 2008.", "11", "members charged"],
  ["The Nationals made seven-year offers for the pitcher.", "seven-year", "Nationals made offers"],
  ["She began a 90-day court-ordered stint in rehab.", "90-day", "began court-ordered stint"],
  // A count's "of" phrase says which charge or disease; a hyphenated word in it stays whole.
  ["He was arraigned on two counts of first-degree murder.", "two", "arraigned on counts of first-degree murder"],
  ["She faces one count of kidnapping.", "one", "faces count of kidnapping"],
  // A negation is kept: "pleaded not guilty" is not "pleaded guilty".
  ["He pleaded not guilty to two counts of murder.", "two", "pleaded not guilty to counts of murder"],
  ["The clinic treated 40 cases of cholera last week.", "40", "clinic treated cases of cholera"],
  // The number's own words are not the noun's modifiers.
  ["He served four and a half months in prison.", "four", "served months"],
  ["At least a dozen people were hurt in the crash.", "a dozen", "people hurt in crash"],
  [
    "Over 300 troops from France, Chad and Niger-backed units have since moved into the town.",
    "300",
    "troops moved into town",
  ],
];

describe("describeConcept", () => {
  it.each(cases)("%s [%s]", (text, figure, expected) => {
    const [sentence] = segment(text);
    const mention = findQuantities(sentence).find((m) => m.text.includes(figure));
    expect(mention, `no quantity "${figure}" found`).toBeDefined();
    if (!mention) return;
    expect(describeConcept(sentence, mention)).toBe(expected);
  });

  it("returns null when nothing but the figure is there", () => {
    const [sentence] = segment("12.");
    const mentions = findQuantities(sentence);
    for (const m of mentions) expect(describeConcept(sentence, m)).toBeNull();
  });
});
