import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { groupAcross } from "./cross.ts";
import { type PairCase, pairOutcome, reportItems } from "./two-reports.ts";

// Constructed two-outlet reports (ours, modelled on ECB+ topic 22 and 32 sentences): ages are figures outlets get
// wrong, compared only when they are one person's (ADR 030).

describe("two outlets' ages of one person are compared, two people's never", () => {
  it.each<PairCase>([
    [
      "one named suspect, 60 vs 61 (an age is written to the year, not rounded)",
      "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women in 1967.",
      "Police announced 61-year-old Sharron Diane Crawford Smith was arrested on Friday.",
      "Sixty-year-old",
      "61-year-old",
      "conflict",
    ],
    [
      "an unnamed holder and a named one, one legal step (charged / arrested)",
      "A 60-year-old woman charged with killing two young women was released without bail.",
      "Police announced 61-year-old Sharron Diane Crawford Smith was arrested on Friday.",
      "60-year-old",
      "61-year-old",
      "conflict",
    ],
    [
      "an age in apposition against a hyphenated one",
      "Police arrested Sharron Diane Crawford Smith, age 61, on Friday.",
      "Sixty-year-old Sharron Diane Crawford Smith is now accused of the killings.",
      "61",
      "Sixty-year-old",
      "conflict",
    ],
    [
      "a title is not a first name",
      "A doorman identified the 31-year-old Mr. Gigante as the shooter.",
      "Vincent Gigante, 30, was arrested on Monday.",
      "31-year-old",
      "30",
      "conflict",
    ],
    [
      "an age by its verb, the name its subject (an appositive between)",
      "Esther Williams, the swimming star turned actress, dies at 91 in Los Angeles.",
      "Esther Williams, 92, the swimming star turned actress, died Thursday in Los Angeles.",
      "91",
      "92",
      "conflict",
    ],
    [
      "an age by its verb, another name",
      "Gigante was 77 when he died in prison.",
      "Vincent Gigante's brother Louis, 81, spoke for the family.",
      "77",
      "81",
      "apart",
    ],
    [
      "one family name, two people",
      "John Jenkin, 23, was arrested near the house.",
      "Police found his sister Katie Jenkin, 20, dead in the house.",
      "23",
      "20",
      "apart",
    ],
    [
      "a man and a woman",
      "A 61-year-old man was arrested on Friday.",
      "A 58-year-old woman was arrested on Friday.",
      "61-year-old",
      "58-year-old",
      "apart",
    ],
    [
      "whose age: not the subject of the verb before it",
      "He testified that Jeffs raped him when he was 5 years old.",
      "Jeffs, 55, was convicted on Thursday.",
      "5 years old",
      "55",
      "apart",
    ],
  ])("%s", (_rule, a, b, figureA, figureB, expected) => {
    expect(pairOutcome(a, b, figureA, figureB)).toBe(expected);
  });
});

describe("an age flag explains itself in years", () => {
  it("says how many years apart, not a percentage", () => {
    const items = reportItems([
      ["a", "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women in 1967."],
      ["b", "Police announced 61-year-old Sharron Diane Crawford Smith was arrested on Friday."],
    ]);
    const group = groupAcross(items).find((g) => g.verdict === "conflict");
    expect(group?.explanation).toMatch(/^60 \(.+\) vs 61 \(Police\), 1 year apart$/);
  });
});

// Ours, modelled on ECB+ 21_12: one article's two victims of two hit-and-runs; "also" says the second is someone else.
describe("an age whose clause says 'also' is another person's", () => {
  const flags = (text: string) => analyze({ id: "a", text }).groups.map((g) => g.verdict);
  const first = "A 59-year-old grandmother was hit and killed by a drunk driver, the district attorney said.\n\n";
  it("is not compared with the victim spoken of before", () => {
    expect(flags(`${first}Maria Valencia, 27, was also killed in a hit-and-run, police said.`)).toEqual([]);
  });
  it("without 'also' the two ages are one victim's, and disagree", () => {
    expect(flags(`${first}Maria Valencia, 27, was killed in a hit-and-run, police said.`)).toEqual(["conflict"]);
  });
});
