import { describe, expect, it } from "vitest";
import { extract } from "../extract.ts";
import { segment } from "../tokens/segment.ts";
import { APPROXIMATELY_TOLERANCE } from "./modifiers.ts";
import { findQuantities, type QuantityMention } from "./quantities.ts";

function quantities(text: string): QuantityMention[] {
  return segment(text).flatMap((s) => findQuantities(s));
}

type Expected = Partial<Pick<QuantityMention, "text" | "value" | "low" | "high" | "modifier" | "of" | "unit">> & {
  head?: string | null;
};

/** One row: a sentence and the quantities it must yield, in order (only the listed fields are checked). */
const cases: Array<[string, Expected[]]> = [
  // wink tags "counts" after a number as a verb; with "of" after it, it is the counted noun.
  ["He pleaded not guilty to two counts of murder.", [{ text: "two counts", value: 2, unit: "count" }]],
  [
    "He scored 20 points and grabbed nine rebounds as the Tar Heels won.",
    [{ text: "20 points" }, { text: "nine rebounds", unit: "rebound" }],
  ],
  // ... but not a verb with its particle ("all six comes out to").
  ["The odds of winning all six comes out to 1 in 64.", [{ text: "six", unit: null }, { text: "1 in 64" }]],
  // The reference article's figures.
  [
    "As protests engulf cities across two-thirds of the country, sources confirm it.",
    [{ text: "two-thirds of the country", value: 0.6667, modifier: "fraction", unit: "country", head: "country" }],
  ],
  [
    "Independent sources confirm that over 800 fighters from Hezbollah have crossed into Iran.",
    [
      {
        text: "over 800 fighters",
        value: 800,
        low: 800,
        high: null,
        modifier: "moreThan",
        unit: "fighter",
        head: "fighters",
      },
    ],
  ],
  [
    "The unrest has now spread to more than 200 cities across 26 of Iran’s 31 provinces.",
    [
      { text: "more than 200 cities", value: 200, low: 200, high: null, modifier: "moreThan", unit: "city" },
      { text: "26 of Iran’s 31 provinces", value: 26, low: 26, high: 26, modifier: "exact", of: 31, unit: "province" },
    ],
  ],
  [
    "Monitors report at least 38 fatalities and over 2,200 arrests since the protests erupted.",
    [
      { text: "at least 38 fatalities", value: 38, low: 38, high: null, modifier: "atLeast", unit: "fatality" },
      { text: "over 2,200 arrests", value: 2200, low: 2200, high: null, modifier: "moreThan", unit: "arrest" },
    ],
  ],
  [
    "These accounts estimate approximately 850 fighters crossed the border.",
    [
      {
        text: "approximately 850 fighters",
        value: 850,
        low: 765,
        high: 935,
        modifier: "approximately",
        unit: "fighter",
      },
    ],
  ],
  [
    "engulfing more than 200 cities across 26 of the country’s 31 provinces.",
    [
      { text: "more than 200 cities", modifier: "moreThan" },
      { text: "26 of the country’s 31 provinces", of: 31, unit: "province" },
    ],
  ],
  [
    "Hezbollah, once armed with over 100,000 missiles targeting Israel, was seen as a threat.",
    [{ text: "over 100,000 missiles", value: 100000, modifier: "moreThan", unit: "missile" }],
  ],
  // Modifiers.
  [
    "Nearly 500 people were hurt.",
    [{ text: "Nearly 500 people", value: 500, low: 450, high: 500, modifier: "approximately" }],
  ],
  ["Up to 40 homes were destroyed.", [{ value: 40, low: null, high: 40, modifier: "atMost", unit: "home" }]],
  [
    "Fewer than 10 journalists attended.",
    [{ value: 10, low: null, high: 10, modifier: "lessThan", unit: "journalist" }],
  ],
  ["No more than 12 seats remain.", [{ value: 12, modifier: "atMost", unit: "seat" }]],
  ["Some 300 soldiers were deployed.", [{ text: "Some 300 soldiers", modifier: "approximately", unit: "soldier" }]],
  [
    "An estimated 1.2 million people voted.",
    [{ text: "An estimated 1.2 million people", value: 1.2e6, modifier: "approximately", unit: "people" }],
  ],
  ["About 45 people were killed.", [{ value: 45, modifier: "approximately", unit: "people" }]],
  [
    "Between 30 and 40 cities reported unrest.",
    [{ text: "Between 30 and 40 cities", value: 30, low: 30, high: 40, modifier: "range", unit: "city" }],
  ],
  [
    "Police said 10 to 15 people were detained.",
    [{ text: "10 to 15 people", low: 10, high: 15, modifier: "range", unit: "people" }],
  ],
  ["Officials counted 10-15 bodies.", [{ text: "10-15 bodies", low: 10, high: 15, modifier: "range", unit: "body" }]],
  ["It will cost 3 to 5 million dollars.", [{ low: 3e6, high: 5e6, modifier: "range", unit: "USD" }]],
  [
    "Two or three suspects fled.",
    [{ text: "Two or three suspects", low: 2, high: 3, modifier: "range", unit: "suspect" }],
  ],
  [
    "Doses ranged between 44 mg and 50 mg.",
    [{ text: "between 44 mg and 50 mg", low: 44, high: 50, modifier: "range", unit: "mg" }],
  ],
  // Number words, fractions, vague plurals.
  ["Twenty-five men were arrested.", [{ text: "Twenty-five men", value: 25, modifier: "exact", unit: "man" }]],
  ["A dozen eggs broke.", [{ text: "A dozen eggs", value: 12, unit: "egg" }]],
  [
    "Dozens of people were injured.",
    [{ text: "Dozens of people", value: 24, low: 24, high: 99, modifier: "range", unit: "people" }],
  ],
  ["Hundreds of protesters gathered.", [{ low: 200, high: 999, modifier: "range", unit: "protester" }]],
  ["Tens of thousands of protesters marched.", [{ low: 20000, high: 99999, unit: "protester" }]],
  [
    "More than a dozen schools closed.",
    [{ text: "More than a dozen schools", value: 12, low: 12, high: null, modifier: "moreThan", unit: "school" }],
  ],
  [
    "Half of the residents left.",
    [{ text: "Half of the residents", value: 0.5, modifier: "fraction", unit: "resident" }],
  ],
  ["A quarter of voters abstained.", [{ value: 0.25, modifier: "fraction", unit: "voter" }]],
  ["One in five adults smokes.", [{ text: "One in five adults", value: 1, of: 5, unit: "adult" }]],
  ["Three out of four doctors agree.", [{ value: 3, of: 4, unit: "doctor" }]],
  // Percentages, money, units.
  ["Turnout was 20 percent of voters.", [{ text: "20 percent of voters", value: 20, unit: "percent", head: "voters" }]],
  ["Inflation reached 48.5% in March.", [{ text: "48.5%", value: 48.5, unit: "percent" }]],
  ["It rose 4 per cent.", [{ text: "4 per cent", value: 4, unit: "percent" }]],
  ["The fund lost $5 million.", [{ text: "$5 million", value: 5e6, unit: "USD" }]],
  ["The deal was worth $5m.", [{ text: "$5m", value: 5e6, unit: "USD" }]],
  [
    "It cost €3.5bn and £200,000.",
    [
      { text: "€3.5bn", value: 3.5e9, unit: "EUR" },
      { text: "£200,000", value: 200000, unit: "GBP" },
    ],
  ],
  ["They paid 500 Canadian dollars.", [{ value: 500, unit: "CAD" }]],
  ["The city is 100 km away.", [{ text: "100 km", value: 100, unit: "km" }]],
  ["It weighed 5kg.", [{ text: "5kg", value: 5, unit: "kg" }]],
  ["The fire burned 2,000 hectares.", [{ value: 2000, unit: "hectare" }]],
  ["Temperatures hit 45 degrees Celsius.", [{ value: 45, unit: "celsius" }]],
  ["The area covers 301,338 square kilometres.", [{ value: 301338, unit: "square km" }]],
  ["Production fell by 500,000 barrels a day.", [{ value: 500000, unit: "barrel per day" }]],
  ["The siege lasted 10 years.", [{ text: "10 years", value: 10, unit: "year" }]],
  ["It reached minus 5 degrees.", [{ value: -5, unit: "degree" }]],
  // Counted noun: skip adjectives and names, take compounds.
  ["Protests spread to 200 Iranian cities.", [{ text: "200 Iranian cities", unit: "city" }]],
  ["At least 12 security forces were killed.", [{ text: "At least 12 security forces", unit: "force" }]],
  ["2000 people attended the rally.", [{ text: "2000 people", value: 2000, unit: "people" }]],
  ["Since 1979, 300 people have died.", [{ text: "300 people", value: 300, unit: "people" }]],
  ["In 2009 and 2010, 45 soldiers died.", [{ text: "45 soldiers", value: 45, unit: "soldier" }]],
  ["Only one in three voters turned out.", [{ text: "Only one in three voters", value: 1, of: 3, unit: "voter" }]],
  [
    "About a third of the 1,200 workers were laid off.",
    [{ value: 399.96, of: 1200, modifier: "approximately", unit: "worker" }],
  ],
  ["Half the country voted.", [{ text: "Half the country", value: 0.5, unit: "country" }]],
  // A noun hyphened to an adjective or participle modifies the noun after it.
  [
    "Over 800 battle-hardened fighters crossed.",
    [{ text: "Over 800 battle-hardened fighters", value: 800, unit: "fighter" }],
  ],
  ["He deleted 72 work-related emails.", [{ text: "72 work-related emails", value: 72, unit: "email" }]],
  ["Dozens of deputies-many in uniform-packed the court.", [{ text: "Dozens of deputies", unit: "deputy" }]],
  ["It cost Rs 500 crore.", [{ text: "Rs 500 crore", value: 5e9, unit: "INR" }]],
  ["Gas prices hit $4.50 a gallon.", [{ text: "$4.50 a gallon", value: 4.5, unit: "USD per gallon" }]],
  ["A magnitude 7.8 earthquake struck.", [{ value: 7.8, unit: "magnitude" }]],
  [
    "Prices rose from 5 to 10 percent.",
    [
      { text: "5", unit: "percent" },
      { text: "10 percent", unit: "percent" },
    ],
  ],
  ["Nine of the 12 jurors agreed.", [{ text: "Nine of the 12 jurors", value: 9, of: 12, unit: "juror" }]],
  ["Police Say Three Dead In Blast", [{ text: "Three", value: 3 }]],
  ["Felt spoke at the age of 91.", [{ text: "91", value: 91, unit: "years old" }]],
  ["Three leading scientific societies called for a ban.", [{ unit: "society" }]],
  ["A two-thirds majority is needed.", [{ text: "two-thirds majority", value: 0.6667, modifier: "fraction" }]],
  ["She cares for five of her daughter's orphaned kids.", [{ value: 5, unit: "kid" }]],
  ["Immigrants make up a third of the area's population.", [{ value: 0.3333, unit: "population" }]],
  [
    "He was sentenced to one to three years.",
    [{ text: "one to three years", low: 1, high: 3, modifier: "range", unit: "year" }],
  ],
  ["Temperatures reached 25C on Monday.", [{ text: "25C", value: 25, unit: "celsius" }]],
  ["There were 2000 attacks last year.", [{ text: "2000 attacks", value: 2000, unit: "attack" }]],
  ["They released a 2000-page report.", [{ text: "2000-page", value: 2000, unit: "page" }]],
  ["He holds a 10-point lead.", [{ text: "10-point", value: 10, unit: "point" }]],
  // PolNeAR train: "a 10 percentage-point lead" was "10 percentage", "150 phone calls" was "150 phone".
  ["She holds a 12 percentage-point lead.", [{ text: "12 percentage-point", value: 12, unit: "percentage point" }]],
  ["He made more than 150 phone calls to voters.", [{ text: "more than 150 phone calls", unit: "call" }]],
  ["They answered 40 help calls.", [{ text: "40 help calls", unit: "call" }]],
  ["One driver dies in the crash.", [{ text: "One driver", unit: "driver" }]],
  // PolNeAR train: "leading Clinton 44 percent to 37 percent" lost the 44 (a model name "Clinton 44") and read the
  // rest as a range 37-44; a falling pair is two figures of a standing.
  [
    "The poll shows Ruiz leading Ortiz 44 percent to 37 percent.",
    [
      { text: "44 percent", value: 44, unit: "percent" },
      { text: "37 percent", value: 37, unit: "percent" },
    ],
  ],
  ["Doses of 44 mg to 50 mg were given.", [{ text: "44 mg to 50 mg", low: 44, high: 50, unit: "mg" }]],
  [
    "A new poll says Ruiz would beat Ortiz 46 to 40 percent.",
    [
      { text: "46", value: 46, unit: "percent" },
      { text: "40 percent", value: 40, unit: "percent" },
    ],
  ],
  ["He flew a Boeing 747 to Paris.", []],
  // A sign written as a word and glued by a hyphen (ECB+ 13: "in minus-20 degree temperatures" was no figure).
  ["They worked in minus-20 degree temperatures.", [{ text: "minus-20 degree", value: -20, unit: "degree" }]],
  // A bare figure below zero where the sentence speaks of temperature is in degrees (ECB+ 13: "Outside temperatures
  // were minus 20" had no unit); a bare figure above zero, or below zero elsewhere, keeps none.
  ["Outside temperatures were minus 20 as firefighters battled the blaze.", [{ text: "minus 20", unit: "degree" }]],
  ["Temperatures fell to minus 20 overnight.", [{ text: "minus 20", value: -20, unit: "degree" }]],
  ["The mercury dropped to -15 on Monday.", [{ text: "-15", value: -15, unit: "degree" }]],
  ["The thermometer read minus 12.", [{ text: "minus 12", unit: "degree" }]],
  ["A wind chill of minus 30 was recorded.", [{ text: "minus 30", unit: "degree" }]],
  ["Expect a low of minus 5.", [{ text: "minus 5", value: -5, unit: "degree" }]],
  ["Stocks fell to minus 20 overnight.", [{ text: "minus 20", value: -20, unit: null }]],
  ["Temperatures reached 40 on Monday.", [{ text: "40", value: 40, unit: null }]],
  ["It hit a high of 5.", [{ text: "5", unit: null }]],
  ["Temperatures fell, and the fund lost minus 3 percent.", [{ text: "minus 3 percent", unit: "percent" }]],
  // A bare count in a clause coordinated with a counted figure counts the same noun (ECB+ 31: "finished with 20
  // points and now has 2,302 for his career" had no unit); a comma alone sets off an age or another stat, a ratio
  // ("7 for 10") and a part ("40 of them") are other figures. A day before "and" is no model name ("Monday and 45").
  [
    "The blast killed 12 people and wounded 40.",
    [
      { text: "12 people", unit: "people" },
      { text: "40", unit: "people" },
    ],
  ],
  [
    "At least 12 people died and 40 were injured.",
    [
      { text: "At least 12 people", unit: "people" },
      { text: "40", unit: "people" },
    ],
  ],
  [
    "Police arrested 30 protesters on Monday and 45 on Tuesday.",
    [
      { text: "30 protesters", unit: "protester" },
      { text: "45", value: 45, unit: "protester" },
    ],
  ],
  [
    "Ortiz finished with 20 points and now has 2,302 for her career.",
    [
      { text: "20 points", unit: "point" },
      { text: "2,302", unit: "point" },
    ],
  ],
  [
    "It holds two girls, 12 and 15, as wives.",
    [
      { text: "two girls", unit: "girl" },
      { text: "12", unit: null },
      { text: "15", unit: null },
    ],
  ],
  [
    "She scored 20 points and was 7 for 10 from the field.",
    [
      { text: "20 points", unit: "point" },
      { text: "7", unit: null },
      { text: "10", unit: null },
    ],
  ],
  [
    "More than half of voters abstained.",
    [{ text: "More than half of voters", value: 0.5, low: 0.5, high: null, modifier: "moreThan", unit: "voter" }],
  ],
  [
    "Nearly two-thirds of the homes burned.",
    [{ value: 0.6667, high: 0.6667, modifier: "approximately", unit: "home" }],
  ],
  [
    "Gold rose $15 to $1,950 an ounce.",
    [
      { text: "$15", unit: "USD" },
      { text: "$1,950 an ounce", unit: "USD per ounce" },
    ],
  ],
  ["Roughly one in four Americans has a disability.", [{ value: 1, of: 4, unit: "american" }]],
  ["The earthquake measured 6.8 on the Richter scale.", [{ value: 6.8, unit: "magnitude" }]],
  [
    "The UN said 2.5 million people need aid, up from 1.8 million.",
    [{ unit: "people" }, { text: "1.8 million", unit: "people" }],
  ],
  // Non-Latin digits.
  ["گزارش: ۸۰۰ fighters crossed.", [{ value: 800, unit: "fighter" }]],
  ["Some ٣٥ villages were hit.", [{ value: 35, modifier: "approximately", unit: "village" }]],
];

describe("findQuantities", () => {
  it.each(cases)("%s", (text, expected) => {
    const found = quantities(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const q = found[i];
      const { head, ...fields } = want;
      for (const [key, value] of Object.entries(fields)) {
        const got = q[key as keyof QuantityMention];
        if (typeof value === "number") expect(got, key).toBeCloseTo(value, 4);
        else expect(got, key).toBe(value);
      }
      if (head !== undefined) {
        const sentence = segment(text).find((s) => s.start <= q.start && q.end <= s.end);
        expect(q.headIndex === null ? null : sentence?.tokens[q.headIndex].text).toBe(head);
      }
    });
  });

  it("slices every mention back to its text with absolute offsets", () => {
    const text = "Intro line.\nThen over 800 fighters and 26 of Iran’s 31 provinces.";
    for (const q of quantities(text)) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.tokenStart).toBeLessThan(q.tokenEnd);
    }
  });

  it("drops figures too large for a double instead of reporting Infinity", () => {
    const found = quantities(`It cost 1${"0".repeat(305)} million dollars and 5 dollars.`);
    expect(found.map((q) => q.text)).toEqual(["5 dollars"]);
  });

  it("uses the documented tolerance for approximately", () => {
    const [q] = quantities("approximately 800 fighters");
    expect(q.low).toBeCloseTo(800 * (1 - APPROXIMATELY_TOLERANCE));
    expect(q.high).toBeCloseTo(800 * (1 + APPROXIMATELY_TOLERANCE));
  });
});

describe("ages are figures of their own (ADR 030)", () => {
  it.each<[string, string, number, string, string | null]>([
    // [sentence, figure text, value, unit, concept: whose age it is first]
    ["A 61-year-old man was arrested on Friday.", "61-year-old", 61, "years old", "man arrested on Friday"],
    ["Sixty-year-old Sharron Smith is accused.", "Sixty-year-old", 60, "years old", "Sharron Smith accused"],
    ["John Smith, 45, was arrested.", "45", 45, "years old", "John Smith arrested"],
    ["Police arrested Sharron Smith, age 61, on Friday.", "61", 61, "years old", "Sharron Smith arrested"],
    ["The 30-year-old was released on bail.", "30-year-old", 30, "years old", "released"],
    ["The 23-year old's plea is due.", "23-year old", 23, "years old", null],
    ["A 3-month-old baby died.", "3-month-old", 3, "months old", "baby died"],
    ["The victims were 40 years old.", "40 years old", 40, "years old", null],
    ["Vincent Gigante has died in jail, aged 77.", "77", 77, "years old", "died"],
  ])("%s -> %s", (text, figure, value, unit, concept) => {
    const found = extract({ id: "d", text }).quantities;
    expect(found.map((q) => [q.text, q.value, q.unit, q.concept])).toEqual([[figure, value, unit, concept]]);
  });
});

describe("a speaker's age is the narrator's, not the speaker's claim (ADR 030)", () => {
  it.each(["John Smith, 45, said the plan would fail.", '"It is unfair," said Maria Petrou, a 70-year-old pensioner.'])(
    "%s -> no age figure",
    (text) => {
      const ages = extract({ id: "d", text }).quantities.filter((q) => q.unit === "years old");
      expect(ages).toEqual([]);
    },
  );

  it("an age the speaker reports stays", () => {
    const [age] = extract({ id: "d", text: "Police said a 61-year-old man was arrested." }).quantities;
    expect([age.text, age.unit]).toEqual(["61-year-old", "years old"]);
  });
});
