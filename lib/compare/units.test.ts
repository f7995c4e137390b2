import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import type { Quantity } from "@/lib/extract/schema.ts";
import { compareDocuments } from "./across.ts";
import { baseMeasureOf, baseSymbol, convertible, dimensionOf, isConversion } from "./units.ts";
import { pairVerdict, sameFigure } from "./verdict.ts";

const figure = (value: number, unit: string, modifier: Quantity["modifier"] = "exact"): Quantity => ({
  id: "q",
  claimId: "c",
  text: `${value} ${unit}`,
  value,
  low: modifier === "approximately" ? value * 0.9 : value,
  high: modifier === "approximately" ? value * 1.1 : value,
  modifier,
  unit,
  of: null,
  concept: null,
  start: 0,
  end: 1,
});

describe("units of one measure", () => {
  it("converts to the base unit", () => {
    expect(baseMeasureOf(figure(2000, "foot"))).toBeCloseTo(609.6, 6);
    expect(baseMeasureOf(figure(3, "mile"))).toBeCloseTo(4828.032, 6);
    expect(baseMeasureOf(figure(12, "people"))).toBe(12);
  });

  it.each([
    [figure(2000, "foot"), figure(600, "m"), true],
    [figure(10, "mile"), figure(16, "km"), true],
    [figure(5, "km"), figure(3, "mile"), true],
    [figure(200, "foot"), figure(150, "m"), false],
    [figure(700, "m"), figure(2000, "foot"), false],
  ])("%o written as %o: a conversion %s", (a, b, expected) => {
    expect(convertible(a, b)).toBe(true);
    expect(isConversion(a, b)).toBe(expected);
  });

  it("never converts across dimensions or a unit into itself", () => {
    expect(convertible(figure(5, "km"), figure(5, "kg"))).toBe(false);
    expect(convertible(figure(5, "km"), figure(6, "km"))).toBe(false);
    expect(convertible(figure(5, "km"), figure(5, "people"))).toBe(false);
  });
});

const item = (q: Quantity) => ({
  key: q.text,
  quantity: q,
  claim: { id: "c", text: "", source: { name: "x", kind: "organization" } } as never,
  documentId: q.text,
  publishedAt: null,
});

describe("pairVerdict across units", () => {
  it.each([
    [
      "a figure and its conversion agree",
      figure(2000, "foot", "approximately"),
      figure(600, "m", "approximately"),
      null,
    ],
    [
      "150 m against 200 ft conflict",
      figure(150, "m", "approximately"),
      figure(200, "foot", "approximately"),
      "conflict",
    ],
    ["2 km against 1 mile differ within the rounding", figure(2, "km"), figure(1, "mile"), "soft"],
    // A temperature is written to the degree, "minus 20" is no round "about minus 20" (tuned cluster t13).
    ["minus 17 against minus 20 degrees conflict", figure(-17, "degree"), figure(-20, "degree"), "conflict"],
    ["about 20 against 17 degrees stay soft", figure(20, "degree", "approximately"), figure(17, "degree"), "soft"],
    [
      "over 2,000 ft against 500 m conflict",
      { ...figure(2000, "foot", "moreThan"), high: null },
      figure(500, "m"),
      "conflict",
    ],
  ] as const)("%s", (_, a, b, expected) => {
    expect(pairVerdict(item(a), item(b))).toBe(expected);
    expect(pairVerdict(item(b), item(a))).toBe(expected);
  });
});

// Two outlets on one (invented) mountain fall: one in metres, one in feet.
describe("compareDocuments with figures in metres and feet", () => {
  const reports = [
    [
      "metres",
      "A climber died after falling about 150 metres from a ridge on Mount Sefton on Saturday, police said. The 31-year-old was climbing alone.",
    ],
    [
      "feet",
      "A climber fell about 200 feet from a ridge on Mount Sefton on Saturday and died, police said. Rescuers reached him about 2,000 feet (600 metres) below the summit.",
    ],
  ] as const;
  const out = compareDocuments(reports.map(([id, text]) => ({ extraction: analyze({ id, text }), publishedAt: null })));
  const text = (key: string) => out.figures.find((f) => f.key === key)?.text ?? "";

  it("flags the fall written as 150 m in one report and 200 ft in the other, naming the units", () => {
    const fall = out.groups.find((g) => g.members.some((m) => /150 metres/.test(text(m))));
    expect(fall?.members.map(text).sort()).toEqual(["about 150 metres", "about 200 feet"]);
    expect(fall?.verdict).toBe("conflict");
    expect(fall?.explanation).toMatch(/~200 ft \(.+\) vs ~150 m \(.+\)/);
  });

  it("does not flag a figure written beside its own conversion", () => {
    const below = out.groups.filter((g) => g.members.some((m) => /2,000 feet/.test(text(m))));
    for (const g of below) expect(g.verdict).toBeNull();
  });
});

describe("spans of time", () => {
  it("convert inside one scale, calendar or clock, never across the two", () => {
    expect(convertible(figure(136, "day"), figure(4.5, "month"))).toBe(true);
    expect(isConversion(figure(136, "day"), figure(4.5, "month"))).toBe(true);
    expect(convertible(figure(90, "minute"), figure(2, "hour"))).toBe(true);
    // "40 hours over four days": hours of deliberation within days of a trial.
    expect(convertible(figure(40, "hour"), figure(4, "day"))).toBe(false);
    expect(convertible(figure(10, "minute"), figure(2, "month"))).toBe(false);
    expect(baseMeasureOf(figure(2, "week"))).toBe(14);
  });

  it("are plotted in days or seconds when a group mixes units", () => {
    expect(baseSymbol(dimensionOf("month") ?? "")).toBe("days");
    expect(baseSymbol(dimensionOf("minute") ?? "")).toBe("seconds");
    expect(baseSymbol(dimensionOf("foot") ?? "")).toBe("m");
  });

  it("judge a span written in two units by its length", () => {
    const overFourYears = { ...figure(4, "year", "moreThan"), high: null };
    expect(pairVerdict(item(figure(136, "day")), item(overFourYears))).toBe("conflict");
    expect(pairVerdict(item(figure(136, "day")), item(figure(4.5, "month")))).toBeNull();
  });

  it("are not the same figure when only the number is the same", () => {
    expect(sameFigure(figure(2000, "foot"), figure(2000, "m"))).toBe(false);
    expect(sameFigure(figure(7, "month"), figure(7, "year"))).toBe(false);
    expect(sameFigure(figure(7, "month"), figure(7, "month"))).toBe(true);
  });
});

// Three outlets on one (invented) prison term, each in its own unit.
describe("compareDocuments with spans in days, months and years", () => {
  const analyzeAll = (reports: string[]) =>
    compareDocuments(reports.map((text, i) => ({ extraction: analyze({ id: `r${i}`, text }), publishedAt: null })));
  const texts = (out: ReturnType<typeof compareDocuments>, members: string[]) =>
    members.map((m) => out.figures.find((f) => f.key === m)?.text).sort();

  it("groups one term written as days, months and years, and flags the years", () => {
    const out = analyzeAll([
      "Harold Dunmore served four and a half months in federal prison for perjury.",
      "Harold Dunmore served 136 days in federal prison for perjury.",
      "Harold Dunmore returned to Ohio after serving more than four years in federal prison for perjury.",
    ]);
    const term = out.groups.find((g) => texts(out, g.members).includes("136 days"));
    expect(texts(out, term?.members ?? [])).toEqual(["136 days", "four and a half months", "more than four years"]);
    expect(term?.verdict).toBe("conflict");
  });

  it("keeps the same number in two units apart", () => {
    const out = analyzeAll([
      "Harold Dunmore served seven months in federal prison for perjury.",
      "Harold Dunmore served seven years in federal prison for perjury.",
    ]);
    expect(out.groups.filter((g) => g.members.length > 1)).toEqual([]);
  });

  it("keeps two spans of one document in two units apart", () => {
    const text =
      "Ana Ortiz was married three weeks before her husband was murdered. The jury took a little more than four hours, spread over two days, to choose death.";
    expect(analyze({ id: "trial", text }).groups).toEqual([]);
  });
});

// A conversion in brackets ("about 200ft (60m)") counts what the figure before it counts.
describe("a figure's conversion in brackets", () => {
  it("takes the concept of the figure it converts", () => {
    const { quantities } = analyze({ id: "a", text: "The climber fell about 200ft (60m) from the ridge on Saturday." });
    expect(quantities.map((q) => [q.text, q.concept])).toEqual([
      ["about 200ft", "climber fell"],
      ["60m", "climber fell"],
    ]);
  });

  it("is compared with another report's figure in its unit", () => {
    const out = compareDocuments(
      [
        ["nz", "The climber fell about 200ft (60m) from the ridge on Saturday."],
        ["uk", "The climber fell about 150 metres from the ridge on Saturday."],
      ].map(([id, text]) => ({ extraction: analyze({ id, text }), publishedAt: null })),
    );
    const text = (key: string) => out.figures.find((f) => f.key === key)?.text ?? "";
    const fall = out.groups.find((g) => g.members.some((m) => text(m) === "60m"));
    expect(fall?.members.map(text).sort()).toEqual(["60m", "about 150 metres", "about 200ft"]);
    expect(fall?.verdict).toBe("conflict");
  });

  it("only in brackets right after a figure of the same measure in another unit", () => {
    const { quantities } = analyze({
      id: "a",
      text: "The climber fell about 200ft from the ridge (20 metres below the hut) on Saturday.",
    });
    expect(quantities.find((q) => q.text === "20 metres")?.concept).not.toBe("climber fell");
  });
});
