/**
 * Figures far apart are still one count when they count one thing: a government's toll against a rights group's is
 * the discrepancy the product exists to show (a rule keeping figures 50 times apart in separate groups was tried on
 * the tuned clusters and not landed for this reason; docs/dev-report-conflicts.md, eighteenth session).
 */
import { describe, expect, it } from "vitest";
import { compareReports } from "@/tests/helpers/reports.ts";

describe("figures orders of magnitude apart for one count", () => {
  it.each<[string, string, string]>([
    [
      "an official toll against a rights group's",
      "Two protesters were killed in the crackdown in Tabriz on Friday, the provincial governor said.",
      "At least 200 protesters were killed in the crackdown in Tabriz on Friday, rights groups said.",
    ],
    [
      "arrests",
      "Police said 30 people were arrested after the protest in Tabriz on Friday.",
      "Activists said 2,500 people were arrested after the protest in Tabriz on Friday.",
    ],
  ])("%s: a conflict", (_, a, b) => {
    const { conflicts } = compareReports([
      ["a", a],
      ["b", b],
    ]);
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
