import { describe, expect, it } from "vitest";
import { changeLines } from "@/components/audit/history-list";

describe("history change lines (issue 13: names and old -> new, not ids)", () => {
  it("writes a change as old -> new and leaves ids out", () => {
    expect(
      changeLines(
        { figure: "over 2,200 arrests", value: 2200, modifier: "moreThan", version: 3 },
        { figure: "over 2,200 arrests", value: 2300, modifier: "atLeast", version: 4 },
      ),
    ).toEqual(["“over 2,200 arrests”", "value: 2200 → 2300", "modifier: moreThan → atLeast"]);
    expect(
      changeLines({ sourceId: "0mx6a", sourceName: "Police" }, { sourceId: "0mx6b", sourceName: "Red Cross" }),
    ).toEqual(["sourceName: Police → Red Cross"]);
  });
  it("lists what was added or removed", () => {
    expect(
      changeLines(null, {
        claimId: "0mx6",
        url: "https://example.org",
        targetClaimId: null,
        stance: "supports",
        note: "",
      }),
    ).toEqual(["url: https://example.org", "stance: supports"]);
    expect(changeLines({ body: "old text" }, { deleted: true })).toEqual(["body: old text (removed)", "deleted: yes"]);
  });
});
