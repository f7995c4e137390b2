import { describe, expect, it } from "vitest";
import { segment } from "../tokens/segment.ts";
import { type DateDraft, findDates } from "./dates.ts";

const REFERENCE = new Date("2026-01-10T00:00:00Z");

function dates(text: string, reference: Date | null = REFERENCE): DateDraft[] {
  return segment(text).flatMap((s) => findDates(s, reference));
}

/** text, expected [surface, resolved, resolvedEnd, qualifier] in order; reference 2026-01-10 (a Saturday). */
const cases: Array<[string, Array<[string, string | null, string | null, string]>]> = [
  // The reference article's nine dates.
  ["The unrest, which began in late December, has spread.", [["late December", "2025-12-20", "2025-12-31", "late"]]],
  [
    "a playbook consistently used since 1979: outsourcing repression",
    [["since 1979", "1979-01-01", "1979-12-31", "since"]],
  ],
  ["Allegations date back to 2009.", [["2009", "2009-01-01", "2009-12-31", "period"]]],
  ["reinforcements in early January.", [["early January", "2026-01-01", "2026-01-10", "early"]]],
  ["Recent reports from October 2024 detailed strikes.", [["from October 2024", "2024-10-01", "2024-10-31", "from"]]],
  ["As of July 2025, a diplomat visited Beirut.", [["As of July 2025", "2025-07-01", "2025-07-31", "as of"]]],
  [
    "including a 2011 Quds Force plot, a 2019 Hezbollah surveillance case, and a 2022 IRGC plot",
    [
      ["2011", "2011-01-01", "2011-12-31", "period"],
      ["2019", "2019-01-01", "2019-12-31", "period"],
      ["2022", "2022-01-01", "2022-12-31", "period"],
    ],
  ],
  // Days, with and without a year.
  ["The vote was held on Jan. 5, 2024.", [["Jan. 5, 2024", "2024-01-05", null, "point"]]],
  ["It ended on 5 January 2024.", [["5 January 2024", "2024-01-05", null, "point"]]],
  ["He arrived on the 5th of March.", [["5th of March", "2025-03-05", null, "point"]]],
  ["Talks resume on January 8.", [["January 8", "2026-01-08", null, "point"]]],
  [
    "Filed 2024-01-05 and 1/5/2024.",
    [
      ["2024-01-05", "2024-01-05", null, "point"],
      ["1/5/2024", "2024-01-05", null, "point"],
    ],
  ],
  ["Updated 09 / 14 / 2013 01:03 PM", [["09 / 14 / 2013", "2013-09-14", null, "point"]]],
  ["He was shot early Aug. 2.", [["Aug. 2", "2025-08-02", null, "point"]]],
  // Parts of periods and qualifiers.
  ["Fighting eased in mid-January.", [["mid-January", "2026-01-11", "2026-01-20", "mid"]]],
  ["Prices have risen since late December.", [["since late December", "2025-12-20", "2025-12-31", "since late"]]],
  ["It must end by the end of 2025.", [["by the end of 2025", "2025-09-01", "2025-12-31", "by late"]]],
  ["The law stood until 1990.", [["until 1990", "1990-01-01", "1990-12-31", "until"]]],
  ["Growth was strong in the early 1990s.", [["early 1990s", "1990-01-01", "1993-12-31", "early"]]],
  ["during the 2010-11 season", [["2010-11", "2010-01-01", "2011-12-31", "period"]]],
  // Relative to the reference.
  ["He spoke on Monday.", [["Monday", "2026-01-05", null, "point"]]],
  ["She resigned yesterday.", [["yesterday", "2026-01-09", null, "point"]]],
  ["Talks collapsed last week.", [["last week", "2025-12-29", "2026-01-04", "period"]]],
  ["The strike began three days ago.", [["three days ago", "2026-01-07", null, "point"]]],
  ["In May, the vote was delayed.", [["May", "2025-05-01", "2025-05-31", "period"]]],
];

describe("findDates", () => {
  it.each(cases)("%s", (text, expected) => {
    const found = dates(text);
    expect(found.map((d) => [d.text, d.resolved, d.resolvedEnd, d.qualifier])).toEqual(expected);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it("never resolves outside the four-digit calendar", () => {
    const found = dates("It began 99999 days ago, and yesterday.", new Date("0001-01-01T00:00:00Z"));
    for (const d of found) if (d.resolved !== null) expect(d.resolved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(found.map((d) => d.text)).toContain("yesterday");
  });

  it("leaves relative dates unresolved without a reference, absolute ones resolved", () => {
    const found = dates("In late December and in October 2024 and on Monday.", null);
    expect(found.map((d) => [d.text, d.resolved])).toEqual([
      ["late December", null],
      ["October 2024", "2024-10-01"],
      ["Monday", null],
    ]);
  });

  it.each([
    "You may go.",
    "They march on the capital.",
    "May I ask a question?",
    "2000 people attended.",
    "over 800 fighters",
    "The first time.",
    "It uses 1600-MHz memory.",
    "The quake hit at 4:30 a.m. local time (1930 GMT).",
  ])("finds no date in %s", (text) => {
    expect(dates(text)).toEqual([]);
  });
});
