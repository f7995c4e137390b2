/**
 * The quantity vetoes as a table (quantities/vetoes.ts QUANTITY_VETOES): each negative case names the rule that must
 * veto its number (`vetoReason`), so a rule that stops firing, or a broader rule that starts taking a case first, fails
 * here by name; and the counted figures beside them must pass every rule. findQuantities must agree: no figure where a
 * rule vetoes, the figure where none does.
 */
import { describe, expect, it } from "vitest";
import { readNumber } from "../numbers/numbers.ts";
import { segment } from "../tokens/segment.ts";
import { findQuantities } from "./quantities.ts";
import { currencyBefore } from "./ranges.ts";
import { QUANTITY_VETOES, vetoReason } from "./vetoes.ts";

/** The veto reason of the number starting at the first token whose text is `number`. */
function reasonFor(text: string, number: string): string | null {
  const tokens = segment(text).flatMap((s) => s.tokens);
  const i = tokens.findIndex((t) => t.text === number);
  if (i < 0) throw new Error(`no token "${number}" in ${JSON.stringify(text)}`);
  const currency = currencyBefore(tokens, i) !== null;
  const reading = readNumber(tokens, i, currency);
  if (reading === null) throw new Error(`"${number}" does not read as a number`);
  return vetoReason(tokens, reading, currency);
}

const figures = (text: string) => segment(text).flatMap((s) => findQuantities(s).map((q) => q.text));

/** [sentence, the number token, the veto that must name it]. */
const VETOED: Array<[string, string, string]> = [
  ["The company was founded in 2009.", "2009", "year"],
  // An abbreviated year after any apostrophe (PolNeAR train: "‘16 And President" was a count of 16).
  ["A preview of ‘16 And President airs tonight.", "16", "year"],
  ["The class of '98 met again.", "98", "year"],
  // A place on the field, not a distance (tuned cluster t29: "the Colts 7 yard line" flagged against "nine yards").
  ["The Jets drove to the Bills 7 yard line.", "7", "field position"],
  ["He was stopped at the 20-yard line.", "20", "field position"],
  ["The vote is on March 15.", "15", "day of the month"],
  ["The blast happened at 9 a.m. on Monday.", "9", "time"],
  ["Article 5 of the treaty applies.", "5", "label"],
  ["She won Season 2 of the show.", "2", "label"],
  ["He lives at 221 Baker Street.", "221", "address"],
  ["Officers responded to 911 calls from inside the building.", "911", "phone number"],
  ["He was shot in the 12000 block of East 223rd Street.", "12000", "address"],
  ["Police sealed off the 4500 block of Main Street.", "4500", "address"],
  ["A Boeing 737 crashed on landing.", "737", "model name"],
  ["The Jackson 5 played.", "5", "model name"],
  ["He carried a .45 caliber handgun.", ".45", "calibre"],
  ["One of the suspects fled.", "One", "pronoun one"],
  // PolNeAR train: "Post-9/11 Rebuilding" was a count of 11 rebuildings.
  ["The post-9/11 GI Bill covers tuition.", "11", "slash compound"],
  // PolNeAR train: "in" after "one" opens a share only before a number.
  ["The only Democrat fighting for the tax is the one in the Oval Office.", "one", "pronoun one"],
  ["2. The second point is this.", "2", "list numeral"],
  ["Chelsea won 2 - 1 on Saturday.", "2", "score"],
  ["They play in the Formula One series.", "One", "name word"],
  ["Sales rose in the first half of 2024.", "half", "not a fraction"],
  ["He plays 1B for the Mets.", "1", "generation"],
  ["If you see him, call 911 at once.", "911", "phone number"],
  ["Read more at bit.ly/16vDN3E today.", "16", "identifier"],
  // A section of a code (PolNeAR train: "your 401(k)" was a count of 401).
  ["So your 401(k) is now getting taxed.", "401", "identifier"],
  ["The 501(c)(3) group raised money.", "501", "identifier"],
  ["But the Philadelphia 76ers lost again.", "76", "team name"],
  ["Microsoft released a patch for a zero-day flaw in Internet Explorer.", "zero", "zero term"],
  ["It is not a zero-sum game.", "zero", "zero term"],
  ["The school has a zero tolerance policy.", "zero", "zero term"],
];

/** Counted figures next to the vetoed shapes: no rule may take them. */
/**
 * [sentence, the number token, its age figure]: an age beside a name is read as an age, not a capitalised name +
 * number (the broader model-name rule is tried after it), and findQuantities keeps it as an age figure (ADR 030).
 */
const AGES: Array<[string, string, string]> = [
  ["John Smith, 45, was arrested.", "45", "45"],
  ["Mr Smith, 45, of Leeds, died.", "45", "45"],
  ["A 61-year-old man was held.", "61", "61-year-old"],
];

const COUNTED: Array<[string, string]> = [
  // A number after "Name and" is counted when a noun follows, past an acronym ("Windows XP, Vista and 7" is not).
  ["Jeffs and 11 other FLDS men were charged.", "11"],
  ["Independent sources confirm that over 800 fighters from Hezbollah have crossed into Iran.", "800"],
  ["The fee was $2020 in all.", "2020"],
  ["Some 3 in 10 voters agree.", "3"],
  ["Police said 15 people died at 9 a.m.", "15"],
  ["Article 5 was invoked after 2,200 arrests.", "2,200"],
  ["The team scored zero points in the second half.", "zero"],
  ["Inflation fell to zero percent.", "zero"],
  // A single quotation opening on a count (UK style) is no abbreviated year.
  ["Police said '12 people died' in the fire.", "12"],
  ["Police said ‘12 people died’ in the fire.", "12"],
  ["He ran 7 yards to the line of scrimmage.", "7"],
];

describe("vetoReason names the rule that vetoes a number", () => {
  it.each(VETOED)("%s -> %s vetoed as %s", (text, number, veto) => {
    expect(reasonFor(text, number)).toBe(veto);
    expect(figures(text).some((f) => f.includes(number))).toBe(false);
  });

  it.each(AGES)("%s -> %s is read as an age, the figure %s", (text, number, figure) => {
    expect(reasonFor(text, number)).toBe("age");
    const ages = segment(text).flatMap((s) => findQuantities(s).filter((q) => q.unit === "years old"));
    expect(ages.map((q) => q.text)).toEqual([figure]);
  });

  it.each(COUNTED)("%s -> %s is counted", (text, number) => {
    expect(reasonFor(text, number)).toBeNull();
    expect(figures(text).some((f) => f.includes(number))).toBe(true);
  });

  it("has one named rule per veto, and a case here for every one of them", () => {
    const names = QUANTITY_VETOES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    const covered = new Set([...VETOED.map(([, , veto]) => veto), ...(AGES.length > 0 ? ["age"] : [])]);
    expect(names.filter((n) => !covered.has(n))).toEqual([]);
  });

  it("after a currency sign only the time veto applies ($2020 is a sum, not a year)", () => {
    expect(QUANTITY_VETOES.filter((v) => v.withCurrency).map((v) => v.name)).toEqual(["time"]);
    expect(reasonFor("The fee was $2020 in all.", "2020")).toBeNull();
    expect(reasonFor("The company was founded in 2020.", "2020")).toBe("year");
  });
});
