/**
 * Text that must NOT yield a counted quantity: years, dates, times, ordinals, phone numbers, ages standing for a
 * person, labels and section numbers, list numerals, model names, scores, the pronoun "one". Dates among them
 * are reported by findDates instead, which the last block checks.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../lib/extract/dates/dates.ts";
import { findQuantities } from "../../lib/extract/quantities/quantities.ts";
import { segment } from "../../lib/extract/tokens/segment.ts";

function quantityTexts(text: string): string[] {
  return segment(text).flatMap((s) => findQuantities(s).map((q) => q.text));
}

const NOT_QUANTITIES: Array<[string, string]> = [
  // years
  ["year after since", "The regime has used this playbook since 1979."],
  ["year after in", "Similar reports surfaced in 2009."],
  ["year as a modifier", "It recalled a 2011 Quds Force plot."],
  ["year after a month", "The strikes came in October 2024."],
  ["year at sentence start", "2019 was a difficult year for the company."],
  ["year after by", "The plant will close by 2030."],
  ["year range", "He served from 1990-1995 as mayor."],
  ["season", "It was the 2010-11 season."],
  ["year after the", "The 2024 election changed little."],
  ["decade", "Inflation soared in the 1990s."],
  // dates and times
  ["day after month", "The vote was held on Jan. 5, 2024."],
  ["day before month", "He was born on 5 January."],
  ["day after full month", "Talks resume on January 8."],
  ["ISO date", "Filed on 2024-01-05."],
  ["slash date", "Signed on 1/5/2024."],
  ["clock time", "The blast happened at 10:30 a.m."],
  ["time with p.m.", "They met at 5 p.m. on the square."],
  ["time with o'clock", "It was 5 o'clock."],
  ["military time", "The attack began at 1400 hours."],
  ["time zone", "Polls close at 8 GMT."],
  // ordinals
  ["ordinal digits", "She finished 3rd in the race."],
  ["ordinal word", "It was the first protest of the year."],
  ["ordinal with of", "He arrived on the 5th of March."],
  // phone numbers
  ["phone number", "Call 555-123-4567 for details."],
  ["short phone number", "The hotline is 555-1234."],
  ["phone after word", "Call 911 in an emergency."],
  // labels, sections, identifiers
  ["article number", "Article 5 of the treaty applies."],
  ["section number", "Section 230 shields platforms."],
  ["No.", "He lives at No. 10 Downing Street."],
  ["number word label", "Resolution 1701 ended the war."],
  ["route", "Traffic stopped on Route 66."],
  ["flight", "Flight 370 vanished."],
  ["chapter", "Chapter 11 bankruptcy protection was sought."],
  ["room", "The meeting is in Room 12."],
  ["version", "Version 2.0 fixed the bug."],
  // model names
  ["aircraft with hyphen", "The F-16 jets took off."],
  ["disease name", "COVID-19 spread fast."],
  ["summit name", "The G7 met in Italy."],
  ["aircraft model", "A Boeing 737 crashed yesterday."],
  ["product", "He bought Windows 10 licences."],
  ["mission", "Apollo 11 landed on the Moon."],
  ["list of versions", "The flaw affects Internet Explorer 8 and 9."],
  ["decimal version", "Install EMET 4.0 first."],
  ["list of articles", "Articles 5, 6 and 7 apply."],
  ["win-loss record", "They face Seattle (7-9) on Saturday."],
  ["spaced A. M.", "The raid began at 2 A. M. on Friday."],
  ["date name", "The 9/11 attacks changed everything."],
  ["always", "The shop is open 24/7."],
  // scores
  ["football score", "The score was 3-1."],
  ["tennis score", "He won 6-4 in the final set."],
  ["win score", "They lost 1-3 at home."],
  // list numerals
  ["list numeral", "1. Introduction"],
  ["parenthesised numeral", "Choose: (1) leave, (2) stay."],
  // the pronoun one
  ["one of the", "It is one of the largest cities in Iran."],
  ["the one", "She was the one who called."],
  ["no one", "No one was hurt."],
  ["one another", "They blamed one another."],
  ["one day", "One day the war will end."],
  // parts and names that look like numbers
  ["first half of a year", "In the first half of 2024, sales fell."],
  ["second half", "The second half was better."],
  ["half- compound", "His half-brother came."],
  ["capitalised number in a name", "Formula One drivers protested."],
  ["Big Four", "The Big Four accounting firms audited it."],
  ["possessive title", "Ocean's Eleven is a film."],
  ["ordinal goal", "It was his 100th goal."],
  ["article before an ordinal", "They are rebuilding it a third time."],
  ["network generation", "The phone lacks 3G support."],
  ["spaced clock time", "Posted Jul 13, 2009 11: 23am"],
  ["spaced slash date", "Posted at 3:21 PM ET, 01 / 5 / 2011"],
  ["version list", "It hits Internet Explorer versions 6, 7, 8, and 9."],
  ["version list after a name, no age", "The tool can be used for IE6, 7, 8, 9 and 11."],
  ["numbered items after a noun, no age", "She 1) reads the words, 2) sees their point, and smiles."],
  ["pronoun one with a verb", "One imagines that it will change."],
  ["time split by the tokenizer", "The blaze broke out about 8.40pm."],
  ["abbreviated year", "It ships when iLife '09 ships."],
  ["baseball position", "They courted free-agent 1B Mark Teixeira."],
  ["year before an event noun", "He was charged in the 1967 slayings."],
  ["street address", "The wooden structure at 325 E. Dahlia Ave. burned."],
  ["street name", "She moved to 10 Downing Street."],
  ["title with The", "He was filming The Three Musketeers in Prague."],
  ["number listed among names", "It affects Windows XP, Vista and 7."],
  ["short-link code", "Read it at bit.ly / 16vDN3E today."],
  ["decade in words", "It happened during the early nineteen seventies."],
  // no digits at all
  ["no number", "Protesters tore down the flag in defiance."],
  ["ambiguous words", "Some say the second wave is near."],
  ["IP-like version", "Update 1.2.3 is out."],
  // digit runs that identify, and numbers wink splits at a point or an en dash (lib/extract/numbers/number-edges.test.ts)
  ["spaced phone number", "Call 0845 125 2222 for details."],
  ["phone number with a trunk zero", "Call 020 7946 0958 now."],
  ["phone number with a country code", "Ring +44 20 7946 0958 today."],
  ["three-group phone number", "The phone number is 555 123 4567."],
  ["two-group phone number after a cue", "Call 555 1234 now."],
  ["leading-zero code", "The code 00712 was wrong."],
  ["ISBN digits", "Its ISBN is 9780306406157."],
  ["ISBN with hyphens", "The book has ISBN 978-3-16-148410-0 on its cover."],
  ["long reference number", "The order reference 12345678901 was lost."],
  ["ID label", "Show ID 4839201 at the gate."],
  ["No. 7", "He wore No. 7 for the club."],
  ["No.7 glued", "He wore No.7 for the club."],
  ["hash number", "He wore #7 for the club."],
  ["model with a suffix", "The Boeing 737 Max was grounded."],
  ["phone model", "The iPhone 15 sold well."],
  ["version glued to v", "He got version v2.0 now."],
  ["calibre with hyphen", "He fired a .45-caliber pistol."],
  ["calibre before a gun", "A .38 revolver was found."],
  ["score with an en dash", "He won 3–2 on penalties."],
  ["score after beat, en dash", "Arsenal beat Spurs 2–1 on Sunday."],
  ["score after was", "The final score was 3-2."],
  ["vote tally with an en dash", "The vote was 52–48."],
  ["season with an en dash", "It was the 2010–11 season."],
  ["year range with an en dash", "He served from 1990–1995 as mayor."],
  ["clock time alone", "The meeting starts at 10:30 tomorrow."],
  ["date with slashes", "It happened on 12/05/2026 in town."],
  ["spaced slash name", "On 9 / 11 they came."],
  ["clock time cut at the point", "The polls close at 10.00pm."],
  ["clock time with am", "At 11.15am it rained."],
  ["spaced score", "Chelsea won 2 - 1 at home."],
  ["spaced score before a score noun", "They suffered a 3 – 2 defeat."],
  ["motorway and rifle names", "The M4 motorway and M16 rifle."],
];

describe("negative cases: no counted quantity", () => {
  it("lists at least 40 cases", () => {
    expect(NOT_QUANTITIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(NOT_QUANTITIES)("%s: %s", (_name, text) => {
    expect(quantityTexts(text)).toEqual([]);
  });
});

describe("negative cases still report the dates", () => {
  const reference = new Date("2026-01-10T00:00:00Z");
  it.each([
    ["The regime has used this playbook since 1979.", "since 1979"],
    ["It recalled a 2011 Quds Force plot.", "2011"],
    ["The strikes came in October 2024.", "October 2024"],
    ["The vote was held on Jan. 5, 2024.", "Jan. 5, 2024"],
    ["Inflation soared in the 1990s.", "1990s"],
    ["He served from 1990–1995 as mayor.", "from 1990–1995"],
    ["It was the 2010–11 season.", "2010–11"],
  ])("%s -> %s", (text, surface) => {
    const found = segment(text).flatMap((s) => findDates(s, reference).map((d) => d.text));
    expect(found).toEqual([surface]);
  });
});
