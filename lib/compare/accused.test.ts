import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

// Two (invented) reports of one raid: "seized" suspects and "arrested" people are one count, the people arrested.
const raid = [
  ["a", "Police in Palermo seized 40 suspects in a dawn raid on Tuesday."],
  ["b", "In Palermo, 45 people were arrested in a dawn raid on Tuesday, police said."],
  ["c", "In Palermo, two people died in a dawn raid on Tuesday, police said."],
] as const;

describe("the people a raid arrested", () => {
  const { conflicts, groups } = compareReports(raid);

  it("compares suspects 'seized' with people 'arrested', and flags 40 against 45", () => {
    expect(conflicts).toContainEqual(["40 suspects", "45 people"]);
  });

  it("keeps the people who died apart from the people arrested", () => {
    for (const g of groups) expect(g).not.toContain("two people");
  });
});
