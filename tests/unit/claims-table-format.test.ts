import { describe, expect, it } from "vitest";
import { segmentText } from "@/components/documents/highlight-segments";
import { formatQuantity, pluralize } from "@/lib/claims/format";

const base = { low: null, high: null, of: null, unit: null, modifier: "exact" } as const;

describe("formatQuantity", () => {
  it.each([
    [{ ...base, value: 800, modifier: "moreThan", low: 800, unit: "fighter" }, "> 800 fighters"],
    [{ ...base, value: 38, modifier: "atLeast", low: 38, unit: "fatality" }, "≥ 38 fatalities"],
    [{ ...base, value: 850, modifier: "approximately", low: 800, high: 900, unit: "fighter" }, "~850 fighters"],
    [{ ...base, value: 26, of: 31, unit: "province" }, "26 of 31 provinces"],
    [{ ...base, value: 2200, modifier: "moreThan", unit: "arrest" }, "> 2,200 arrests"],
    [{ ...base, value: 0.6667, modifier: "fraction" }, "2/3"],
    [{ ...base, value: 30, modifier: "range", low: 30, high: 40, unit: "person" }, "30–40 people"],
    [{ ...base, value: 1, unit: "city" }, "1 city"],
    [{ ...base, value: 12.5, unit: "percent" }, "12.5%"],
    [{ ...base, value: 5000, unit: "USD" }, "USD 5,000"],
    [{ ...base, value: 5, modifier: "lessThan", unit: "km" }, "< 5 km"],
    [{ ...base, value: 100000 }, "100,000"],
  ] as const)("%o -> %s", (quantity, expected) => {
    expect(formatQuantity(quantity)).toBe(expected);
  });
});

describe("pluralize", () => {
  it.each([
    ["fighter", "fighters"],
    ["fatality", "fatalities"],
    ["day", "days"],
    ["tax", "taxes"],
    ["church", "churches"],
    ["person", "people"],
    ["police", "police"],
    ["m²", "m²"],
  ])("%s -> %s", (word, expected) => {
    expect(pluralize(word)).toBe(expected);
  });
});

describe("segmentText", () => {
  const text = "Over 800 fighters crossed. At least 38 died and 2,200 were arrested.";
  it.each([
    { name: "no claims: one text run", claims: [], marks: [] as string[] },
    {
      name: "disjoint claims in order",
      claims: [
        { id: "b", start: 27, end: 68 },
        { id: "a", start: 0, end: 26 },
      ],
      marks: ["a:Over 800 fighters crossed.", "b:At least 38 died and 2,200 were arrested."],
    },
    {
      name: "overlapping claims share one mark",
      claims: [
        { id: "x", start: 27, end: 39 },
        { id: "y", start: 36, end: 68 },
      ],
      marks: ["x,y:At least 38 died and 2,200 were arrested."],
    },
    { name: "out-of-range and empty spans are dropped", claims: [{ id: "z", start: 90, end: 95 }], marks: [] },
  ])("$name", ({ claims, marks }) => {
    const segments = segmentText(text.length, claims);
    // The segments tile the text exactly: nothing lost, nothing doubled.
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    const got = segments.flatMap((s) =>
      s.kind === "mark" ? [`${s.claims.map((c) => c.id).join(",")}:${text.slice(s.start, s.end)}`] : [],
    );
    expect(got).toEqual(marks);
  });
});
