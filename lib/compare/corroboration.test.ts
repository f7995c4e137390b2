import { describe, expect, it } from "vitest";
import type { Claim, Quantity } from "@/lib/extract/schema.ts";
import { corroborate, originOf } from "./corroboration.ts";
import { copiesOf, jaccard, shingles } from "./duplicates.ts";
import type { CompareItem } from "./item.ts";
import { normalizeName } from "./names.ts";

function item(
  key: string,
  value: number,
  source: string,
  text = "",
  kind: Claim["source"]["kind"] = "official",
): CompareItem {
  const quantity: Quantity = {
    id: key,
    text: String(value),
    start: 0,
    end: 1,
    value,
    low: value,
    high: value,
    modifier: "exact",
    of: null,
    unit: "people",
    concept: "people killed",
    claimId: key,
  };
  const claim: Claim = {
    id: key,
    sentenceId: "s1",
    label: text,
    kind: "quantity",
    text,
    start: 0,
    end: text.length,
    source: { name: source, kind, affiliation: null, scope: "global", cue: null },
  };
  return { key, quantity, claim, documentId: key.split("#")[0], publishedAt: "2026-03-01T18:00:00Z" };
}

describe("origins", () => {
  it.each([
    [
      "a figure relayed through a wire counts as the wire",
      "Officials were quoted by AP as saying 24 died.",
      "associated press",
    ],
    ["'told Reuters'", "Police told Reuters that 24 people died.", "reuters"],
    ["otherwise its source", "24 people died, police said.", "police"],
  ])("%s", (_name, text, origin) => {
    expect(originOf(item("d#q1", 24, "Police", text), new Map())).toBe(origin);
  });

  it.each([
    ["The Associated Press.", "associated press"],
    ["AFP", "agence france-presse"],
    ["  Red   Cross ", "red cross"],
  ])("normalizeName(%j) = %j", (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it("an unattributed figure in a copy of another document is that document's", () => {
    const copy = item("b#q1", 24, "the document", "24 people died.", "unattributed");
    expect(originOf(copy, new Map([["b", "a"]]))).toBe("document:a");
  });
});

describe("corroborate", () => {
  it("counts independent origins once: the same source twice and a relayed wire copy do not add up", () => {
    const group = [
      item("a#q1", 24, "Police", "24 died, police said."),
      item("b#q1", 24, "Police", "Police said 24 died."),
      item("c#q1", 24, "Officials", "Officials were quoted by Reuters as saying 24 died."),
      item("d#q1", 24, "Reuters", "24 died, Reuters reported."),
      item("e#q1", 40, "Red Cross", "40 died, the Red Cross said."),
    ];
    const result = corroborate(group);
    expect(result.get("a#q1")).toMatchObject({ agree: 1, disagree: 1, suggestedStatus: "disputed" });
    expect(result.get("e#q1")).toMatchObject({ agree: 0, disagree: 2, suggestedStatus: "disputed" });
  });

  it("two independent sources agreeing suggest corroborated; one alone stays unverified", () => {
    const result = corroborate([item("a#q1", 24, "Police"), item("b#q1", 24, "Red Cross"), item("c#q1", 24, "Police")]);
    expect(result.get("a#q1")?.suggestedStatus).toBe("corroborated");
    expect(corroborate([item("a#q1", 24, "Police")]).get("a#q1")?.suggestedStatus).toBe("unverified");
  });
});

describe("near-duplicate documents", () => {
  const wire =
    "A fire-bomb attack on a bank in Athens killed three people on Wednesday as police fought battles with protesters furious at budget cuts designed to avoid national bankruptcy.";
  it.each([
    ["a copy with a dateline and a tail", `ATHENS (AP) - ${wire} More follows.`, true],
    [
      "another article on the same event",
      "Three bank workers died when protesters threw petrol bombs into a Marfin branch during a general strike in Athens.",
      false,
    ],
  ])("%s: copy=%s", (_name, other, copy) => {
    expect(
      copiesOf([
        { id: "a", text: wire },
        { id: "b", text: other },
      ]).has("b"),
    ).toBe(copy);
  });

  it("jaccard of shingle sets", () => {
    expect(jaccard(shingles("a b c d e f"), shingles("a b c d e f"))).toBe(1);
    expect(jaccard(shingles("a b c d e f"), shingles("z y x w v u"))).toBe(0);
  });
});
