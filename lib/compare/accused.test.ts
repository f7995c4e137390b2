import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { compareDocuments } from "./across.ts";

// Two (invented) reports of one raid: "seized" suspects and "arrested" people are one count, the people arrested.
const raid = [
  ["a", "Police in Palermo seized 40 suspects in a dawn raid on Tuesday."],
  ["b", "In Palermo, 45 people were arrested in a dawn raid on Tuesday, police said."],
  ["c", "In Palermo, two people died in a dawn raid on Tuesday, police said."],
] as const;

describe("the people a raid arrested", () => {
  const out = compareDocuments(raid.map(([id, text]) => ({ extraction: analyze({ id, text }), publishedAt: null })));
  const text = (key: string) => out.figures.find((f) => f.key === key)?.text ?? "";

  it("compares suspects 'seized' with people 'arrested', and flags 40 against 45", () => {
    const flagged = out.discrepancies.filter((d) => d.verdict === "conflict").map((d) => d.members.map(text).sort());
    expect(flagged).toContainEqual(["40 suspects", "45 people"]);
  });

  it("keeps the people who died apart from the people arrested", () => {
    for (const g of out.groups) expect(g.members.map(text)).not.toContain("two people");
  });
});
