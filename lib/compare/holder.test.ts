import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";
import { creditedOf, holderOf } from "./holder.ts";
import { sameThing, signatureOf } from "./signature.ts";

describe("who holds a figure", () => {
  it.each([
    ["Hasim Rahman (45-7-2, ", "rahman"],
    ["Former champion Riddick Bowe, 43-1, ", "bowe"],
    ["The victory took Klitschko's record to 52-3 with a remarkable ", "klitschko"],
    ["Klitschko’s record 52-3, with ", "klitschko"],
    // A possessive without a record after it holds nothing: "Klitschko's team brought 46".
    ["Klitschko's team brought ", null],
  ])("%s -> %s", (before, holder) => {
    expect(holderOf(before)).toBe(holder);
  });
});

describe("who holds a player's line", () => {
  it.each([
    ["The Chiefs had rallied behind Jamaal Charles' ", "charles"],
    // Some copies space the possessive off the name.
    ["The Chiefs had rallied behind Jamaal Charles ' ", "charles"],
    ["Hansbrough's ", "hansbrough"],
    ["The Chiefs rushed for over ", "chiefs"],
    ["Hansbrough scored ", "hansbrough"],
    ["Richard Carter had ", "carter"],
    // A running total is its subject's, past an appositive, "who" or a coordinated verb phrase.
    ["Against Duke, Smith now has ", "smith"],
    ["Smith, a senior, now has ", "smith"],
    ["The crowd stood when Smith, who now has ", "smith"],
    ["Smith finished with 18 points and now has ", "smith"],
    // A pronoun, an opener, or a clause in between hold nothing.
    ["He scored ", null],
    ["In Indianapolis on Sunday, the team rushed for ", null],
    ["Charles turned in a touchdown run and rushed for a total of ", null],
    ["He now has ", null],
    ["Smith scored 18 points and Jones now has ", "jones"],
    // A record a player holds, a few words between the possessive and "record".
    ["He needed 11 points to break Ron Bell's scoring record of ", "bell"],
    ["Smith broke Ron Bell ’ s school scoring record of ", "bell"],
  ])("%s -> %s", (before, holder) => {
    expect(holderOf(before, true)).toBe(holder);
  });

  it("only for a player's line: 'Palermo police arrested 40' has no holder", () => {
    expect(holderOf("Palermo police arrested ")).toBeNull();
  });
});

describe("whom a player's line is credited to after it", () => {
  it.each<[string, string | null]>([
    [" from backup center Will Artino, while", "artino"],
    [" from McDermott.", "mcdermott"],
    [" apiece from forward Tom Smith", "smith"],
    [" from the bench.", null],
    [" in the first half.", null],
  ])("%s -> %s", (after, name) => {
    expect(creditedOf(after)).toBe(name);
  });
});

// Invented reports of one game: a line credited to one player is not compared with a line whose phrase names another.
describe("two players' lines", () => {
  it.each<[string, string, boolean]>([
    [
      "Creighton also got 14 points from backup center Will Artino in the win.",
      "Doug McDermott became the leading scorer in Creighton history and had five points in the win.",
      false,
    ],
    [
      "Creighton also got 14 points from backup center Will Artino in the win.",
      "Will Artino, a backup center, had 12 points for Creighton in the win.",
      true,
    ],
    // One player's record, the noun elided on one side (ellipsis.ts) and a play "with" which it fell on the other.
    [
      "He came in needing 11 points to break Ron Bell's school scoring record of 2,106.",
      "Smith broke Ron Bell's school scoring record of 2,116 points with a free throw late in the first half.",
      true,
    ],
  ])("%s / %s -> conflict %s", (a, b, conflict) => {
    const { conflicts } = compareReports([
      ["a", a],
      ["b", b],
    ]);
    expect(conflicts.length > 0).toBe(conflict);
  });
});

describe("a count qualified 'by' a counted noun counts that noun", () => {
  it("wins by knockout are knockouts", () => {
    expect(signatureOf("wins by knockout", "win").unit).toBe("ko");
    expect(signatureOf("wins by knockout", "win").events.size).toBe(0);
  });
  it("a generic class after 'by' changes nothing", () => {
    expect(signatureOf("deaths by others", "death").unit).toBe("person");
    expect(signatureOf("wins by decision", "win").unit).toBe("win");
  });
});

describe("another noun of the counted class still names its event", () => {
  it("'after his arrest in a police bust of almost 100 people' is an arrest count", () => {
    const bust = signatureOf(
      "mafioso committed suicide hours after his arrest in police bust of people suspected",
      "people",
    );
    expect(bust.unit).toBe("person");
    expect(bust.events.has("arrest")).toBe(true);
    expect(sameThing(bust, signatureOf("people arrested", "people"), false)).toBe(true);
  });
  it("the counted noun itself is no event word ('38 fatalities' counts the dead through its unit)", () => {
    expect([...signatureOf("fatalities in protests", "fatality").events]).toEqual(["die"]);
  });
});
