import { describe, expect, it } from "vitest";
import { flagSummary, triageLabel, triageOf } from "./flag-words.ts";

describe("flag words", () => {
  it("names the discrepancy and its figures", () => {
    expect(flagSummary("document", "conflict", ["800", "850"])).toBe("Sources disagree: 800 vs 850");
    expect(flagSummary("cross", "developing", ["12", "15", "17"])).toBe("Toll rising: 12 → 15 → 17");
    expect(flagSummary("cross", "conflict", ["1", "2", "3", "4", "5"])).toBe("Outlets disagree: 1 vs 2 vs … vs 5");
    expect(flagSummary("document", "soft", ["two-thirds", "two-thirds"])).toBe("Different measures");
  });
  it("reads a missing decision as unreviewed", () => {
    expect(triageOf(null)).toBe("unreviewed");
    expect(triageLabel(triageOf("dismissed"), "background")).toBe("Dismissed: background");
    expect(triageLabel("confirmed")).toBe("Confirmed");
  });
});
