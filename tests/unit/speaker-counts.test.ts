import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/extract.ts";

const figures = (text: string) => extract({ id: "x", text }).quantities.map((q) => q.text);

describe("a count of who speaks is no figure", () => {
  it.each([
    ["Two officials said 40 people died in the fire.", ["40 people"]],
    [
      "“We spent 40 percent of the budget,” said one former executive who asked not to be named.",
      ["40 percent of the budget"],
    ],
    ["Six newspapers said the governor should resign.", []],
    ["Three people familiar with the talks said the deal was worth $2 billion.", ["$2 billion"]],
    // A bare number opening the speaker's words before a name-like noun ("One Republican" had no unit, stayed a
    // figure and split the frame off as the document's claim).
    ["One Republican said 12 people came.", ["12 people"]],
  ])("%s -> %j", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    // What the speakers say, a poll's share, a measure or a span in the frame, and a large count stay figures.
    ["Three people were killed, police said.", "Three people"],
    ["A Coastline poll found that 38 percent of voters said the mayor should resign.", "38 percent of voters"],
    ["He was paroled after five years and detectives said that he was promoted.", "five years"],
    ["About 200 residents said they had lost power.", "About 200 residents"],
    ["“We are ready,” said a 12-year aide.", "12-year"],
    ["Two said 12 people died, and one was hurt.", "Two"],
  ])("%s keeps %s", (text, figure) => {
    expect(figures(text)).toContain(figure);
  });
});
