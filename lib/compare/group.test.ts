import { describe, expect, it } from "vitest";
import type { Modifier } from "@/lib/extract/schema.ts";
import { type CompareItem, groupQuantities } from "./group.ts";

interface Figure {
  value: number;
  modifier?: Modifier;
  of?: number;
  unit: string | null;
  concept: string | null;
  source?: string;
  doc?: string;
  at?: string;
  low?: number | null;
  high?: number | null;
  /** Claim id when several figures share one claim; default one claim per figure. */
  claim?: string;
  /** The figure as written; default the value. */
  text?: string;
}

function items(figures: Figure[]): CompareItem[] {
  return figures.map((f, i) => {
    const modifier = f.modifier ?? "exact";
    const open = modifier === "moreThan" || modifier === "atLeast";
    const below = modifier === "lessThan" || modifier === "atMost";
    const low = f.low !== undefined ? f.low : below ? null : f.value;
    const high = f.high !== undefined ? f.high : open ? null : f.value;
    const id = `q${i + 1}`;
    const claimId = f.claim ?? `c${i + 1}`;
    return {
      key: f.doc ? `${f.doc}#${id}` : id,
      documentId: f.doc ?? "doc",
      publishedAt: f.at ?? null,
      quantity: {
        id,
        text: f.text ?? String(f.value),
        start: 0,
        end: 1,
        value: f.value,
        low,
        high,
        modifier,
        of: f.of ?? null,
        unit: f.unit,
        concept: f.concept,
        claimId,
      },
      claim: {
        id: claimId,
        text: f.concept ?? "",
        start: 0,
        end: 1,
        sentenceId: "s1",
        label: "",
        kind: "quantity",
        source: {
          name: f.source ?? "the document",
          kind: f.source ? "organization" : "unattributed",
          affiliation: null,
          scope: f.source ? "global" : "document",
          cue: null,
        },
      },
    };
  });
}

// Expected groups as lists of member keys with their verdict ("none" for a consistent group).
const cases: Array<{
  name: string;
  figures: Figure[];
  groups: Array<[string[], "conflict" | "soft" | "none"]>;
  explains?: string;
}> = [
  {
    name: "point estimates beyond rounding conflict, bound joins the group",
    figures: [
      { value: 120, modifier: "moreThan", unit: "soldier", concept: "soldiers deployed to Mali", source: "Le Monde" },
      {
        value: 100,
        modifier: "approximately",
        low: 90,
        high: 110,
        unit: "soldier",
        concept: "soldiers deployed to Mali",
        source: "Reuters",
      },
      {
        value: 150,
        modifier: "approximately",
        low: 135,
        high: 165,
        unit: "soldier",
        concept: "soldiers deployed to Mali",
        source: "AFP",
      },
    ],
    groups: [[["q1", "q2", "q3"], "conflict"]],
    explains: "~100 (Reuters) vs ~150 (AFP), +50%",
  },
  {
    name: "same verb, different counted events are not merged",
    figures: [
      { value: 45, unit: "people", concept: "people killed in blast", source: "police" },
      { value: 1_200_000, modifier: "approximately", unit: "people", concept: "people voted in election" },
      { value: 50, unit: "people", concept: "people killed in blast", source: "hospital officials" },
    ],
    groups: [[["q1", "q3"], "conflict"]],
  },
  {
    name: "the same figure repeated is not a conflict",
    figures: [
      { value: 2000, modifier: "moreThan", unit: "arrest", concept: "arrests since protests began" },
      { value: 2000, modifier: "moreThan", unit: "arrest", concept: "arrests" },
    ],
    groups: [[["q1", "q2"], "none"]],
  },
  {
    name: "deaths and injuries of one event stay apart",
    figures: [
      { value: 3, modifier: "atLeast", unit: "people", concept: "quake killed people" },
      { value: 50, unit: "others", concept: "injured others" },
      { value: 7, unit: "fatality", concept: "fatalities" },
    ],
    groups: [[["q1", "q3"], "soft"]],
  },
  {
    name: "disjoint bounds conflict",
    figures: [
      { value: 10, modifier: "lessThan", unit: "people", concept: "people arrested", source: "police" },
      { value: 40, modifier: "atLeast", unit: "people", concept: "people detained", source: "organisers" },
    ],
    groups: [[["q1", "q2"], "conflict"]],
  },
  {
    name: "rounded and precise figures of one amount are soft",
    figures: [
      { value: 4_500_000_000, unit: "USD", concept: "company lost" },
      { value: 4_530_000_000, unit: "USD", concept: "company lost" },
      { value: 2_000_000_000, unit: "USD", concept: "government spent on roads" },
    ],
    groups: [[["q1", "q2"], "soft"]],
  },
  {
    name: "percentages differing beyond their decimals conflict",
    figures: [
      { value: 7.5, unit: "percent", concept: "unemployment rose to", source: "the statistics office" },
      { value: 7.9, unit: "percent", concept: "unemployment rose to", source: "the union" },
      { value: 2.1, unit: "percent", concept: "inflation fell to" },
    ],
    groups: [[["q1", "q2"], "conflict"]],
  },
  {
    name: "a share of the whole against N of M is soft, different measures",
    figures: [
      { value: 0.6667, modifier: "fraction", unit: "share", concept: "of the country", source: undefined },
      { value: 26, of: 31, unit: "province", concept: "provinces of the country" },
    ],
    groups: [[["q1", "q2"], "soft"]],
  },
  {
    name: "different places are different counts",
    figures: [
      { value: 12, unit: "people", concept: "people killed in Gaza" },
      { value: 30, unit: "people", concept: "people killed in Jenin" },
    ],
    groups: [],
  },
  {
    name: "a rising toll across publication times is developing, reported soft",
    figures: [
      {
        value: 3,
        modifier: "atLeast",
        unit: "people",
        concept: "people killed in quake",
        doc: "a",
        at: "2024-01-01T08:00:00Z",
      },
      { value: 11, unit: "people", concept: "people killed in quake", doc: "b", at: "2024-01-01T12:00:00Z" },
      { value: 24, unit: "people", concept: "people killed in quake", doc: "c", at: "2024-01-01T20:00:00Z" },
    ],
    groups: [[["a#q1", "b#q2", "c#q3"], "soft"]],
    explains: "rising over time",
  },
  {
    name: "two outlets at the same time with different tolls conflict",
    figures: [
      {
        value: 11,
        unit: "people",
        concept: "people killed in quake",
        doc: "a",
        at: "2024-01-01T12:00:00Z",
        source: "AP",
      },
      {
        value: 24,
        unit: "people",
        concept: "people killed in quake",
        doc: "b",
        at: "2024-01-01T12:00:00Z",
        source: "Reuters",
      },
    ],
    groups: [[["a#q1", "b#q2"], "conflict"]],
    explains: "11 (AP, a) vs 24 (Reuters, b), +118%",
  },
  {
    name: "one noun, nothing else shared: two different counts (two boxers' records), not a conflict",
    figures: [
      { value: 46, unit: "knockout", concept: "knockouts" },
      { value: 36, unit: "knockout", concept: "knockouts" },
    ],
    groups: [],
  },
  {
    name: "distances to different points of one place are different measures",
    figures: [
      { value: 2, unit: "mile", concept: "miles southeast of Geysers" },
      { value: 4, unit: "mile", concept: "miles east of Geysers" },
    ],
    groups: [],
  },
  {
    name: "a bare figure written twice is one figure repeated",
    figures: [
      { value: 90, unit: "day", concept: "days" },
      { value: 90, unit: "day", concept: "days" },
    ],
    groups: [[["q1", "q2"], "none"]],
  },
  {
    name: "an exact and an approximate statement of the same figure are consistent",
    figures: [
      { value: 300, unit: "protester", concept: "police arrested protesters" },
      { value: 300, modifier: "approximately", low: 270, high: 330, unit: "protester", concept: "protesters arrested" },
    ],
    groups: [[["q1", "q2"], "none"]],
  },
  {
    name: "two figures for one noun in one sentence are different sets",
    figures: [
      { value: 2, unit: "job", concept: "jobs make ends meet", claim: "c1" },
      { value: 3, unit: "job", concept: "jobs make ends meet", claim: "c1" },
    ],
    groups: [],
  },
  {
    name: "one source giving two incompatible figures for one noun counts two things (two players' points)",
    figures: [
      { value: 20, unit: "point", concept: "points scored", source: "AP" },
      { value: 9, unit: "point", concept: "points scored", source: "AP" },
      { value: 20, unit: "point", concept: "points scored", source: "AP" },
    ],
    groups: [[["q1", "q3"], "none"]],
  },
  {
    name: "one source's compatible figures still group with another source's conflicting one",
    figures: [
      {
        value: 800,
        modifier: "moreThan",
        unit: "fighter",
        concept: "fighters crossed into Iran",
        source: "independent sources",
      },
      {
        value: 800,
        modifier: "approximately",
        low: 720,
        high: 880,
        unit: "fighter",
        concept: "fighters crossed border",
        source: "Iran International",
      },
      {
        value: 850,
        modifier: "approximately",
        low: 765,
        high: 935,
        unit: "fighter",
        concept: "fighters crossed into Iran",
        source: "independent sources",
      },
    ],
    groups: [[["q1", "q2", "q3"], "conflict"]],
    explains: "~800 (Iran International) vs ~850 (independent sources), +6%",
  },
  {
    name: "a measure written as an adjective names a thing: another value is another thing",
    figures: [
      { value: 36, unit: "yard", concept: "field goal tied game", source: "AP", text: "36-yard" },
      { value: 47, unit: "yard", concept: "field goal tied game", source: "ESPN", text: "47-yard" },
      { value: 36, unit: "yard", concept: "field goal tied game", source: "Reuters", text: "36-yard" },
    ],
    groups: [[["q1", "q3"], "none"]],
  },
];

describe("groupQuantities", () => {
  it.each(cases)("$name", ({ figures, groups, explains }) => {
    const result = groupQuantities(items(figures));
    expect(result.groups.map((g) => [g.members, g.verdict ?? "none"])).toEqual(groups);
    expect(result.discrepancies.map((d) => d.members)).toEqual(groups.filter(([, v]) => v !== "none").map(([m]) => m));
    if (explains) expect(result.groups[0].explanation).toContain(explains);
  });
});
