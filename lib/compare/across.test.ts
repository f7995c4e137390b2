import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { compareDocuments } from "./across.ts";

// One real same-event cluster (tests/fixtures/ecbplus-cluster/README.md has the hand check).
const dir = path.resolve(import.meta.dirname, "../../tests/fixtures/ecbplus-cluster");
const files = [
  "ECBP-T08-plus__8_3ecbplus.txt",
  "ECBP-T08-plus__8_5ecbplus.txt",
  "ECBP-T08-plus__8_9ecbplus.txt",
  "ECBP-T08-plus__8_11ecbplus.txt",
];
const result = compareDocuments(
  files.map((id) => ({
    extraction: analyze({ id, text: readFileSync(path.join(dir, id), "utf8") }),
    publishedAt: null,
  })),
);
const figure = (key: string) => result.figures.find((f) => f.key === key);
const membersWith = (pattern: RegExp) =>
  result.groups.filter((g) => g.members.some((m) => pattern.test(figure(m)?.text ?? "")));

describe("compareDocuments on the Athens bank fire-bombing cluster", () => {
  it("the death toll every outlet agrees on is grouped and not flagged", () => {
    const toll = membersWith(/^three bank workers$/i);
    expect(toll.length).toBeGreaterThan(0);
    for (const g of toll) expect(g.verdict).toBeNull();
    expect(new Set(toll.flatMap((g) => g.members.map((m) => m.split("#")[0]))).size).toBeGreaterThanOrEqual(3);
  });

  it("the five other workers rescued are a different set, not a conflicting toll", () => {
    for (const g of membersWith(/five other bank workers/i)) {
      expect(g.members.every((m) => !/^three bank workers$/i.test(figure(m)?.text ?? ""))).toBe(true);
    }
  });

  it("crowd estimates that cannot all hold (police: as many as 20,000; an estimated 100,000) conflict", () => {
    const crowd = result.discrepancies.find((d) => d.members.some((m) => /100,000 people/.test(figure(m)?.text ?? "")));
    expect(crowd?.verdict).toBe("conflict");
    expect(crowd?.members.some((m) => /as many as 20,000 people/.test(figure(m)?.text ?? ""))).toBe(true);
    // Who said which is attribution's job (tested there); the explanation must name both figures and their sources.
    expect(crowd?.explanation).toMatch(/at most 20,000 \(.+, ECBP-T08-plus__8_5ecbplus.txt\) vs ~100,000 \(.+\)/);
  });

  it("names every member by document and quantity", () => {
    for (const g of result.groups)
      for (const m of g.members) expect(m).toMatch(/^ECBP-T08-plus__8_\d+ecbplus\.txt#q\d+$/);
  });
});

// Four short reports of one (invented) earthquake over a day: the toll rises, injuries and a clinic's sub-count are
// other figures, survivors pulled from the rubble are not deaths.
const day = [
  [
    "a",
    "2024-05-06T08:00:00Z",
    "A magnitude 6.2 earthquake struck Aceh on Tuesday. The quake killed at least 3 people in Takengon, police said.",
  ],
  [
    "b",
    "2024-05-06T12:00:00Z",
    "The death toll from the Aceh earthquake rose to 11, officials said. Dozens of buildings collapsed.",
  ],
  [
    "c",
    "2024-05-06T20:00:00Z",
    "At least 24 people died and 249 were injured in the earthquake, the disaster agency said. A clinic in Takengon treated 50 injured people.",
  ],
  [
    "d",
    "2024-05-06T20:00:00Z",
    "Rescuers pulled 12 survivors from the rubble. The disaster agency said 30 people were killed by the earthquake.",
  ],
] as const;

describe("compareDocuments on a toll reported through one day", () => {
  const out = compareDocuments(
    day.map(([id, publishedAt, text]) => ({ extraction: analyze({ id, text, publishedAt }), publishedAt })),
  );
  const text = (key: string) => out.figures.find((f) => f.key === key)?.text ?? "";
  const groupOf = (pattern: RegExp) => out.groups.find((g) => g.members.some((m) => pattern.test(text(m))));

  it("groups the rising death toll across the four reports as developing, not a conflict", () => {
    const toll = groupOf(/at least 3 people/);
    expect(toll?.members.map(text).sort()).toEqual(
      ["11", "30 people", "At least 24 people", "at least 3 people"].sort(),
    );
    expect(toll?.verdict).toBe("soft");
    expect(toll?.explanation).toMatch(/^rising over time: /);
  });

  it.each([/249/, /50 injured people/, /12 survivors/, /Dozens of buildings/])(
    "%s stays out of the toll",
    (pattern) => {
      const toll = groupOf(/at least 3 people/);
      expect(toll?.members.some((m) => pattern.test(text(m)))).toBe(false);
    },
  );

  it("does not merge a clinic's 50 injured with the 249 injured", () => {
    expect(groupOf(/50 injured people/)?.members.some((m) => text(m) === "249") ?? false).toBe(false);
  });
});
