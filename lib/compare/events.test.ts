import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clusterEvents, datelineDate, profileOf } from "./events.ts";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../tests/fixtures", name), "utf8");
const morning = {
  id: "morning",
  text: fixture("events/ashulia/fire-morning.txt"),
  publishedAt: "2026-01-13T04:30:00Z",
};
const evening = {
  id: "evening",
  text: fixture("events/ashulia/fire-evening.txt"),
  publishedAt: "2026-01-13T13:00:00Z",
};
const protest = {
  id: "protest",
  text: fixture("events/ashulia/protest-nairobi.txt"),
  publishedAt: "2026-01-13T10:00:00Z",
};
const iran = { id: "iran", text: fixture("iran-militias.txt"), publishedAt: "2026-01-12T08:00:00Z" };

describe("clusterEvents", () => {
  it("joins the two fire reports and keeps the protest and the Iran article apart", () => {
    const events = clusterEvents([iran, morning, protest, evening]);
    expect(events.get("evening")).toBe(events.get("morning"));
    expect(new Set([events.get("morning"), events.get("protest"), events.get("iran")]).size).toBe(3);
  });

  it("does the same on the second, independently written set (tests/fixtures/events, not tuned on)", () => {
    const at = (name: string, publishedAt: string) => ({ id: name, text: fixture(`events/${name}.txt`), publishedAt });
    const events = clusterEvents([
      { ...iran, publishedAt: "2026-03-02T10:00:00Z" },
      at("fire-morning", "2026-03-04T06:00:00Z"),
      at("protest-nairobi", "2026-03-04T15:00:00Z"),
      at("fire-evening", "2026-03-04T18:00:00Z"),
    ]);
    expect(events.get("fire-evening")).toBe(events.get("fire-morning"));
    expect(new Set([events.get("fire-morning"), events.get("protest-nairobi"), events.get("iran")]).size).toBe(3);
  });

  it("keeps the same fire apart when the reports are weeks apart", () => {
    const late = { ...evening, publishedAt: "2026-02-20T13:00:00Z" };
    const events = clusterEvents([morning, late]);
    expect(events.get("morning")).not.toBe(events.get("evening"));
  });

  it("an undated report still joins by text and names", () => {
    const events = clusterEvents([morning, { ...evening, publishedAt: null }]);
    expect(events.get("evening")).toBe(events.get("morning"));
  });
});

describe("clusterEvents: a report of another incident of the same kind", () => {
  // Four reports that repeat each other's specifics (the yard, the street, the firm), as reports of one fire do.
  const ashford = [
    "ASHFORD — A fire destroyed the Harlow Timber warehouse on Mill Lane in Ashford on Tuesday night. Kent Fire and Rescue sent eight engines; the blaze at the timber yard burned until dawn and the warehouse roof collapsed.",
    "Eight engines from Kent Fire and Rescue fought the blaze at the Harlow Timber warehouse in Ashford. Smoke from the timber yard on Mill Lane closed the ring road, and the warehouse roof collapsed before dawn.",
    "The Harlow Timber warehouse on Mill Lane, Ashford, burned through the night. Kent Fire and Rescue said the roof collapsed and stacks of timber in the yard kept the blaze alive until dawn.",
    "Ashford's Mill Lane stayed closed after the Harlow Timber warehouse fire. Kent Fire and Rescue crews damped down the timber yard; the collapsed warehouse roof will be cleared this week.",
  ].map((text, i) => ({ id: `ashford-${i + 1}`, text, publishedAt: `2026-03-0${3 + i}T09:00:00Z` }));

  it.each([
    {
      // Cosine 0.32 with two shared names ("kent fire", "rescue"): enough for JOIN_WITH_NAMES, but well below how
      // alike the four Ashford reports are.
      report: "another town's fire, same fire service",
      text: "DOVER — Fire crews spent Thursday night at a burning furniture depot on Dock Road in Dover. Kent Fire and Rescue said nobody was hurt; lorries beside the depot were moved before its roof collapsed.",
      joins: false,
    },
    {
      report: "a later report of the Ashford fire",
      text: "Harlow Timber said its Ashford warehouse on Mill Lane cannot reopen after the fire. Kent Fire and Rescue found the blaze began in the timber yard; the roof collapsed overnight.",
      joins: true,
    },
  ])("$report joins the Ashford event: $joins", ({ text, joins }) => {
    const events = clusterEvents([...ashford, { id: "next", text, publishedAt: "2026-03-07T09:00:00Z" }]);
    expect(new Set(ashford.map((d) => events.get(d.id))).size).toBe(1);
    expect(events.get("next") === events.get("ashford-1")).toBe(joins);
  });
});

describe("clusterEvents: the figures a report repeats (FIGURE_WEIGHT)", () => {
  // Four reports of one game that repeat its figures (the score, the yards, the record), as reports of one game do.
  const jaguars = [
    "The Colts beat the Jaguars 31-24 on Thursday night. Manning threw for 364 yards and three touchdowns, and the Colts improved to 11-4 with their eighth straight win and a playoff berth.",
    "Manning passed for 364 yards as the Colts won 31-24 in Jacksonville. The win was the eighth in a row for the Colts, now 11-4, who clinched a playoff berth late in the fourth quarter.",
    "A late interception return sealed a 31-24 win for the Colts over the Jaguars. Manning finished with 364 yards passing; the Colts are 11-4 and return to the playoffs after a rough start.",
    "The Colts clinched a playoff berth with a 31-24 win. Manning, 364 yards and three touchdowns, led the Colts to 11-4, and the Jaguars lost for the seventh time in nine games.",
  ].map((text, i) => ({ id: `jaguars-${i + 1}`, text, publishedAt: null }));

  it.each([
    {
      // Another Colts win: the same team, the kind's words (win, playoff berth, touchdowns, yards) and one name, but
      // none of the Jacksonville game's figures.
      report: "another game of the same team",
      text: "The Colts beat the Chiefs 20-13 on Sunday and clinched a playoff berth. Luck threw for 205 yards and a touchdown as the Colts improved to 10-5 with their third straight win late in the fourth quarter.",
      joins: false,
    },
    {
      report: "a later report of the same game",
      text: "The Colts are 11-4 after the 31-24 win over the Jaguars, in which Manning threw for 364 yards. The eighth straight win clinched a playoff berth for the Colts in the fourth quarter.",
      joins: true,
    },
  ])("$report joins the Jacksonville game: $joins", ({ text, joins }) => {
    const events = clusterEvents([...jaguars, { id: "next", text, publishedAt: null }]);
    expect(new Set(jaguars.map((d) => events.get(d.id))).size).toBe(1);
    expect(events.get("next") === events.get("jaguars-1")).toBe(joins);
  });
});

describe("profileOf", () => {
  it("reads names (not sentence-initial words) and the dateline's place", () => {
    const p = profileOf(morning);
    expect(p.place).toBe("dhaka");
    expect(p.names).toEqual(expect.arrayContaining(["ashulia", "enam medical college hospital", "rana plaza"]));
    expect(p.names).not.toContain("police");
    expect(p.names).not.toContain("survivors");
    expect(profileOf(iran).names).toEqual(expect.arrayContaining(["kermanshah", "lorestan", "ilam"]));
  });
});

describe("datelineDate", () => {
  it.each([
    ["DHAKA, January 13, 2026 — At least 12 people", "2026-01-13T00:00:00.000Z"],
    ["ATHENS, 5 May 2010 (Reuters) - Three bank workers", "2010-05-05T00:00:00.000Z"],
    ["Posted 2013-03-14 by staff", "2013-03-14T00:00:00.000Z"],
    ["DHAKA, Jan. 13 — no year, no date", null],
    ["February 30, 2026: not a day", null],
  ])("%s", (text, want) => {
    expect(datelineDate(text)).toBe(want);
  });
});
