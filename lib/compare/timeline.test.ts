import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/extract/schema.ts";
import type { CompareItem } from "./item.ts";
import { crossPairs, judgeAcross } from "./timeline.ts";

const item = (documentId: string, value: number, source: string): CompareItem => {
  const quantity: Quantity = {
    id: `q${value}`,
    claimId: "c",
    text: `about ${value} metres`,
    start: 0,
    end: 1,
    value,
    low: value * 0.9,
    high: value * 1.1,
    modifier: "approximately",
    unit: "m",
    of: null,
    concept: "climber fell",
  };
  const claim = { id: "c", text: "", source: { name: source, kind: "official" } } as unknown as CompareItem["claim"];
  return { key: `${documentId}#${quantity.id}`, quantity, claim, documentId, publishedAt: null };
};

describe("crossPairs: who disagrees across documents", () => {
  it("two reports of one fall with different figures conflict", () => {
    const pairs = crossPairs([item("a", 150, "Police"), item("b", 700, "Rescuers")]);
    expect(pairs.map((p) => p.verdict)).toEqual(["conflict"]);
  });

  it("a report that also states the other's figure does not disagree with it (its second figure counts another fall)", () => {
    const members = [item("a", 150, "Police"), item("b", 150, "Rescuers"), item("b", 700, "Rescuers")];
    expect(crossPairs(members).filter((p) => p.verdict === "conflict")).toEqual([]);
    expect(judgeAcross(members).verdict).toBeNull();
  });

  it("still flags a third report that states neither", () => {
    const members = [
      item("a", 150, "Police"),
      item("b", 150, "Rescuers"),
      item("b", 700, "Rescuers"),
      item("c", 60, "AP"),
    ];
    const conflicts = crossPairs(members).filter((p) => p.verdict === "conflict");
    expect(conflicts.map((p) => [p.a.quantity.value, p.b.quantity.value])).toEqual([
      [150, 60],
      [150, 60],
      [700, 60],
    ]);
    expect(judgeAcross(members).verdict).toBe("conflict");
  });

  it("never pairs two figures of one document", () => {
    expect(crossPairs([item("b", 150, "Rescuers"), item("b", 700, "Rescuers")])).toEqual([]);
  });
});
