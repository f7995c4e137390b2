import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/extract/schema";
import { claimKeys, emptyPreviousWork, extractionRows } from "./extraction-rows";

describe("claimKeys", () => {
  it.each([
    [[{ kind: "quantity", text: "800 fighters" }], ["quantity:800 fighters#0"]],
    [
      [
        { kind: "quantity", text: "Over  800\nfighters" },
        { kind: "quantity", text: "over 800 fighters" },
        { kind: "event", text: "over 800 fighters" },
      ],
      ["quantity:over 800 fighters#0", "quantity:over 800 fighters#1", "event:over 800 fighters#0"],
    ],
  ])("keys %j", (claims, expected) => {
    expect(claimKeys(claims)).toEqual(expected);
  });
});

const text = "Over 800 fighters crossed. About 850 fighters crossed. It rained.";
const extraction: Extraction = {
  id: "d",
  sentences: [
    { id: "s0", text: "Over 800 fighters crossed.", start: 0, end: 26 },
    { id: "s1", text: "About 850 fighters crossed.", start: 27, end: 54 },
    { id: "s2", text: "It rained.", start: 55, end: 65 },
  ],
  claims: [
    // Deliberately out of reading order: positions follow offsets, not array order.
    {
      id: "c1",
      sentenceId: "s1",
      text: "About 850 fighters crossed.",
      start: 27,
      end: 54,
      label: "850 fighters",
      kind: "quantity",
      source: { name: "B", kind: "person", affiliation: null, scope: "global", cue: null },
    },
    {
      id: "c0",
      sentenceId: "s0",
      text: "Over 800 fighters crossed.",
      start: 0,
      end: 26,
      label: "800 fighters",
      kind: "quantity",
      source: { name: "A", kind: "person", affiliation: null, scope: "global", cue: null },
    },
    {
      id: "c2",
      sentenceId: "s2",
      text: "It rained.",
      start: 55,
      end: 65,
      label: "rain",
      kind: "event",
      source: { name: "A", kind: "person", affiliation: null, scope: "global", cue: null },
    },
  ],
  quantities: [
    {
      id: "q0",
      claimId: "c0",
      text: "Over 800 fighters",
      start: 0,
      end: 17,
      value: 800,
      low: 800,
      high: null,
      modifier: "moreThan",
      of: null,
      unit: "fighter",
      concept: "fighters crossing",
    },
    {
      id: "q1",
      claimId: "c1",
      text: "About 850 fighters",
      start: 27,
      end: 45,
      value: 850,
      low: 800,
      high: 900,
      modifier: "approximately",
      of: null,
      unit: "fighter",
      concept: "fighters crossing",
    },
  ],
  dates: [],
  sources: [],
  groups: [
    {
      id: "g0",
      concept: "fighters crossing",
      unit: "fighter",
      members: ["q0", "q1"],
      verdict: "conflict",
      explanation: "800 vs 850",
    },
    { id: "g1", concept: "lonely", unit: null, members: ["q0"], verdict: null, explanation: "" },
  ],
  discrepancies: [],
};
const sources = new Map([
  ["a", { id: "src-a", name: "A", kind: "person" }],
  ["b", { id: "src-b", name: "B", kind: "person" }],
]);

describe("extractionRows", () => {
  const rows = extractionRows({
    documentId: "doc",
    documentTitle: "T",
    extraction,
    sourceIdByName: sources,
    previous: emptyPreviousWork(),
  });

  it("orders claims by offset and keeps every span inside the text", () => {
    expect(rows.claims.map((c) => [c.position, c.label])).toEqual([
      [0, "800 fighters"],
      [1, "850 fighters"],
      [2, "rain"],
    ]);
    for (const q of rows.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("denormalises the first quantity's value, the flag and the canonical source", () => {
    expect(rows.claims.map((c) => [c.sortValue, c.flagRank, c.sourceId])).toEqual([
      [800, 2, "src-a"],
      [850, 2, "src-b"],
      [null, 0, "src-a"],
    ]);
  });

  it("stores only groups that compare something, with their spread", () => {
    expect(rows.groups).toHaveLength(1);
    expect(rows.groups[0]).toMatchObject({ verdict: "conflict", key: "fighters crossing|fighter#0", spread: 50 / 800 });
    expect(rows.members).toHaveLength(2);
  });

  it("reuses the ids and decisions of earlier rows with the same keys", () => {
    const previous = {
      claimIdByKey: new Map([[rows.claims[1].key, "kept-claim"]]),
      groupByKey: new Map([[rows.groups[0].key, { decision: "dismissed", decidedById: "u", decidedAt: null }]]),
    };
    const again = extractionRows({
      documentId: "doc",
      documentTitle: "T",
      extraction,
      sourceIdByName: sources,
      previous,
    });
    expect(again.claims[1].id).toBe("kept-claim");
    expect(again.groups[0].decision).toBe("dismissed");
  });
});
