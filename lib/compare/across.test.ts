import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/extract.ts";
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
    extraction: extract({ id, text: readFileSync(path.join(dir, id), "utf8") }),
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
    expect(crowd?.explanation).toMatch(/at most 20,000 \(Police, .+\) vs ~100,000/);
  });

  it("names every member by document and quantity", () => {
    for (const g of result.groups)
      for (const m of g.members) expect(m).toMatch(/^ECBP-T08-plus__8_\d+ecbplus\.txt#q\d+$/);
  });
});
