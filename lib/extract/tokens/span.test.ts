import { describe, expect, it } from "vitest";
import { readSpan } from "./span.ts";

const text =
  "Police said at least 12 workers died in the fire. Hospital officials put the toll at 15 dead and 40 injured, " +
  "while firefighters said 300 stalls burned.\nThe fire spread quickly through the upper floors.";
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return [start, start + phrase.length] as const;
};

describe("readSpan: a span read as the extractor reads sentences", () => {
  it("keeps only the figures wholly inside the span, with what they count", () => {
    const r = readSpan(text, ...at("toll at 15 dead and 40"));
    expect(r.figures.map((f) => [f.text, f.value, f.modifier])).toEqual([
      ["15", 15, "exact"],
      ["40", 40, "exact"],
    ]);
    expect(readSpan(text, ...at("toll at 15 dead and 4")).figures.map((f) => f.text)).toEqual(["15"]);
    expect(readSpan(text, ...at("at least 12 workers died")).figures[0]).toMatchObject({
      value: 12,
      modifier: "atLeast",
      unit: "worker",
    });
  });

  it("names the source the sentence gives, a later clause's own source, or the document", () => {
    expect(readSpan(text, ...at("at least 12 workers died")).source).toMatchObject({ name: "Police" });
    expect(readSpan(text, ...at("300 stalls burned")).source.name.toLowerCase()).toBe("firefighters");
    const plain = readSpan(text, ...at("The fire spread quickly through the upper floors."));
    expect([plain.source.kind, plain.kind, plain.figures]).toEqual(["unattributed", "event", []]);
  });

  it("labels a span with figures as a quantity claim, from the words around its first figure", () => {
    const r = readSpan(text, ...at("Hospital officials put the toll at 15 dead"));
    expect(r.kind).toBe("quantity");
    expect(r.label).toContain("15");
    expect([r.sentenceStart, r.sentenceEnd]).toEqual([text.indexOf("Hospital"), text.indexOf("\n")]);
  });
});
