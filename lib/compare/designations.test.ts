import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/extract.ts";
import { compareReports } from "@/tests/helpers/reports.ts";
import { configurationOf, differentConfigurations, productOf } from "./context/products.ts";
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

describe("the model or configuration a figure's clause is about", () => {
  const settings = (before: string, figure: string, after: string, unit: string | null) =>
    configurationOf(before, figure, after, unit).map((s) => `${s.measure} ${s.value}`);

  it("reads the sizes, capacities and speeds of the clause, the figure itself left out", () => {
    expect(
      settings("The 12-inch Nova starts at ", "$899", " with a 1.2GHz chip, 8GB RAM and 256 GB of storage.", "USD"),
    ).toEqual(["size 12", "clock 1.2", "data 8", "data 256"]);
    expect(settings("The 12-inch Nova has ", "8GB", " of memory and a 1.2 GHz chip.", "GB")).toEqual([
      "size 12",
      "clock 1.2",
    ]);
  });

  it("stops at the next clause: ', while the 14-inch ...', a semicolon before a verb", () => {
    const text = ["The 12-inch Nova costs $899, while the 14-inch sells for ", "$1,299", "."] as const;
    expect(settings(...text, "USD")).toEqual(["size 14"]);
    expect(settings("The 12-inch model comes in $899; the 14-inch model is offered at ", "$1,299", ".", "USD")).toEqual(
      ["size 14"],
    );
    expect(settings("Though the 12-inch Nova starts at $899, the 14-inch has risen to ", "$1,299", ".", "USD")).toEqual(
      ["size 14"],
    );
  });

  it("keeps the items of one list of specifications together across semicolons", () => {
    expect(settings("Inside: a 2.4GHz chip; up to 32GB of memory; and ", "1TB", " of storage.", "TB")).toEqual([
      "clock 2.4",
      "data 32",
    ]);
  });

  it("reads '10- and 12-inch' as two sizes, and a size only written into a noun", () => {
    expect(settings("The 10- and 12-inch tablets ship with ", "4GB", " of RAM.", "GB")).toEqual(["size 12", "size 10"]);
    expect(settings('The 12" Nova costs ', "$899", ".", "USD")).toEqual(["size 12"]);
    expect(settings("The tablet is 0.3 inches thick and costs ", "$499", ".", "USD")).toEqual([]);
  });

  it("leaves out the other members of a list the figure is one of", () => {
    expect(settings("Storage comes in ", "64 GB", " and 128 GB on the 10-inch model.", "GB")).toEqual(["size 10"]);
  });

  it("compares values within the rounding of the coarser: 15-inch is 15.4-inch, 1.7GHz is not 1.8GHz", () => {
    const size = (value: number, step: number) => [{ measure: "size", value, step }];
    expect(differentConfigurations(size(15, 1), size(15.4, 0.1))).toBe(false);
    expect(differentConfigurations(size(13, 1), size(11, 1))).toBe(true);
    const clock = (value: number) => [{ measure: "clock", value, step: 0.1 }];
    expect(differentConfigurations(clock(1.7), clock(1.8))).toBe(true);
    // Measures neither clause shares say nothing.
    expect(differentConfigurations(size(13, 1), clock(1.7))).toBe(false);
  });

  it("reads whose list price it is from the names of its subject", () => {
    expect(productOf("Orchid OS will ship in May and will cost ", "$29.99", ".", "USD")).toEqual(["orchid", "os"]);
    expect(productOf("The 12-inch Nova Pad goes on sale Friday and will cost ", "$899", ".", "USD")).toEqual([
      "nova",
      "pad",
    ]);
    expect(productOf("The 14-inch Nova Book costs ", "$1,299", ".", "USD")).toEqual(["nova", "book"]);
    // A capital opening the sentence alone is not a name; nor is a price not stated by its clause's verb.
    expect(productOf("Cheaper models will cost from ", "$799", ".", "USD")).toEqual([]);
    expect(productOf("The Nova Book has a 2.4 GHz chip, priced at ", "$999", ".", "USD")).toEqual([]);
  });

  // Invented launch reviews whose concept phrases lose the model ("will cost"): each size's price and each
  // configuration's storage is its own, another product's price is not the tablet's; one model's figures still
  // conflict.
  const launch = compareReports([
    [
      "a",
      "Nova Labs unveiled its new tablets on Monday. The 12-inch Nova Pad goes on sale Friday and will cost $899. The 12-inch model ships with a 1.2GHz chip, 8GB RAM and 256GB of flash storage.",
    ],
    [
      "b",
      "Nova Labs unveiled its new tablets on Monday. The 10-inch Nova Pad goes on sale Friday and will cost $649. The standard model has a 2.4 GHz chip, 16GB of RAM and 512GB of flash storage.",
    ],
    [
      "c",
      "Nova Labs unveiled its new tablets on Monday. Orchid OS will ship in May, and will cost $29.99. The 12-inch model ships with a 1.2GHz chip, 8GB RAM and 128GB of flash storage.",
    ],
    ["d", "Nova Labs unveiled its new tablets on Monday. The 12-inch Nova Pad goes on sale Friday and will cost $949."],
  ]);
  const together = (x: string, y: string) => launch.groups.some((g) => g.includes(x) && g.includes(y));

  it("does not compare the prices of two sizes", () => {
    expect(together("$899", "$649")).toBe(false);
    expect(together("$949", "$649")).toBe(false);
  });

  it("does not compare one product's list price with another's", () => {
    for (const price of ["$899", "$649", "$949"]) expect(together("$29.99", price)).toBe(false);
  });

  it("does not compare the storage or memory of two configurations", () => {
    expect(together("256GB", "512GB")).toBe(false);
    expect(together("128GB", "512GB")).toBe(false);
    expect(together("8GB", "16GB")).toBe(false);
  });

  it("still flags two outlets' figures for one model", () => {
    expect(launch.conflicts).toContainEqual(["$899", "$949"]);
    expect(launch.conflicts).toContainEqual(["128GB", "256GB"]);
  });
});
