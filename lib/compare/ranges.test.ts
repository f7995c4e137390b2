import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

// Three (invented) reports of one sentencing round: two give the sentences' range as "6 to 75", one as "7 to 75".
const reports = [
  [
    "a",
    "Seven church members have been convicted and received sentences of between six and 75 years, prosecutors said.",
  ],
  [
    "b",
    "Seven church members have been convicted and received sentences ranging from 7 to 75 years, prosecutors said.",
  ],
  [
    "c",
    "Seven church members have been convicted and received sentences ranging from six to 75 years, prosecutors said.",
  ],
] as const;

// Two (invented) estimates of one crowd that share no end: two estimates, compatible.
const crowd = [
  ["a", "Between 30,000 and 40,000 people marched through the capital on Saturday, organisers said."],
  ["b", "Between 35,000 and 45,000 people marched through the capital on Saturday, police said."],
] as const;

const compare = (docs: readonly (readonly [string, string])[]) => compareReports(docs).conflicts;

describe("two ranges of one thing", () => {
  it("that share one end and differ at the other conflict", () => {
    const flagged = compare(reports);
    expect(flagged.some((pair) => pair.includes("from 7 to 75 years") && pair.length > 1)).toBe(true);
    for (const pair of flagged) expect(pair).not.toEqual(["between six and 75 years", "from six to 75 years"]);
  });

  it("that share no end are compatible estimates", () => {
    expect(compare(crowd)).toEqual([]);
  });
});
