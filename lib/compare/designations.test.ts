import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/extract.ts";
import { compareReports } from "@/tests/helpers/reports.ts";
import { signatureOf } from "./signature.ts";

const figures = (text: string) => extract({ id: "x", text }).quantities;

describe("a pound is money or a weight", () => {
  it.each([
    ["The new laptop weighs under 4.5 pounds.", "under 4.5 pounds"],
    ["It comes in at 2.38 pounds (1.08 kg) for the base model.", "2.38 pounds"],
    ["Agents seized 500 pounds of cocaine at the border.", "500 pounds"],
    ["The baby, who weighed 7 pounds, was born on Monday.", "7 pounds"],
  ])("%s -> the pound-mass", (text, figure) => {
    expect(figures(text).find((q) => q.text === figure)?.unit).toBe("pound-mass");
  });

  it.each([
    ["The fine was 500 pounds.", "500 pounds"],
    ["He paid 20 pounds for a ticket.", "20 pounds"],
  ])("%s -> sterling", (text, figure) => {
    expect(figures(text).find((q) => q.text === figure)?.unit).toBe("GBP");
  });

  it("a weight's concept names what weighs", () => {
    const [pounds] = figures("The laptop weighs 4.46 pounds.");
    expect(pounds.concept).toBe("laptop weighs");
  });
});

describe("a figure written into a noun says which one", () => {
  it("keeps '13-inch' in the concept of the price", () => {
    const q = figures("The 13-inch model comes in $1,199 and the 15-inch model is offered in $1,799.");
    expect(q.find((x) => x.text === "$1,199")?.concept).toBe("13-inch model comes in");
    expect(q.find((x) => x.text === "$1,799")?.concept).toBe("15-inch model offered in");
  });

  it("reads the designation as one word of the signature, never the bare noun", () => {
    const s = signatureOf("13-inch model comes in", "USD");
    expect([...s.designations]).toEqual(["13-inch"]);
    expect(s.words.has("inch")).toBe(false);
  });

  // Two (invented) reviews of one launch: each model's price is its own; the 13-inch price is one figure.
  const reviews = [
    [
      "a",
      "Apple's new laptops went on sale on Monday. The 13-inch model sells for $1,199, and the 15-inch model sells for $1,799.",
    ],
    ["b", "Apple's new laptops went on sale on Monday. The 15-inch model sells for $1,999 at launch."],
    ["c", "Apple's new laptops went on sale on Monday. The 13-inch model sells for $1,199 in stores."],
  ] as const;
  const { groups, discrepancies } = compareReports(reviews);

  it("does not compare the 13-inch price with the 15-inch price", () => {
    for (const texts of groups) {
      expect(texts.includes("$1,199") && (texts.includes("$1,799") || texts.includes("$1,999"))).toBe(false);
    }
  });

  it("flags two outlets' prices of the same model", () => {
    expect(discrepancies).toContainEqual(["$1,799", "$1,999"]);
  });
});
