/**
 * Number tokenisation edge cases: what wink splits or joins wrongly (leading-dot decimals, "magnitude-7.1", an en
 * dash between digits) and digit runs that identify rather than count (phone numbers, codes). Each table pairs the
 * new readings with the ones that must keep reading as before.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../quantities/quantities.ts";
import { segment } from "../tokens/segment.ts";

interface Expected {
  text: string;
  value: number;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
}

function read(text: string): Expected[] {
  return segment(text).flatMap((s) =>
    findQuantities(s).map((q) => ({ text: q.text, value: q.value, low: q.low, high: q.high, unit: q.unit })),
  );
}

const READS: Array<[string, string, Expected[]]> = [
  // leading-dot decimals (tokens/segment-merge.ts re-glues "." + "290")
  ["batting average", "He batted .290 last season.", [{ text: ".290", value: 0.29, unit: null }]],
  ["leading-dot percent", "Turnout rose by .5% this year.", [{ text: ".5%", value: 0.5, unit: "percent" }]],
  ["leading-dot percent word", "Shares rose .7 percent.", [{ text: ".7 percent", value: 0.7, unit: "percent" }]],
  ["leading-dot sum", "He earned $.50 an hour.", [{ text: "$.50 an hour", value: 0.5, unit: "USD per hour" }]],
  ["signed leading-dot", "It is a -.5 change.", [{ text: "-.5 change", value: -0.5, unit: "change" }]],
  // a thousands comma with a stray space (ECB+ "2, 000ft"); only a group starting with 0 joins, "3, 400" is a list
  ["comma-space thousands", "It dropped 2, 000ft in a minute.", [{ text: "2, 000ft", value: 2000, unit: "foot" }]],
  [
    "comma-space millions",
    "About 1, 050, 000 people live there.",
    [{ text: "About 1, 050, 000 people", value: 1050000 }],
  ],
  [
    "comma-space list",
    "Police said 3, 400 people marched.",
    [
      { text: "3", value: 3 },
      { text: "400 people", value: 400 },
    ],
  ],
  // an abbreviated unit keeps its full stop at a sentence end
  ["unit with full stop", "It fell 2,000 ft.", [{ text: "2,000 ft", value: 2000, unit: "foot" }]],
  // a scale glued to its figure
  ["magnitude-7.1", "A magnitude-7.1 quake hit.", [{ text: "7.1 quake", value: 7.1, unit: "magnitude" }]],
  ["magnitude-7", "A magnitude-7 quake struck.", [{ text: "7 quake", value: 7, unit: "magnitude" }]],
  ["magnitude as M7.5", "It determined M7.5 as the maximum.", [{ text: "7.5", value: 7.5, unit: "magnitude" }]],
  // a sign written as a word and glued by a hyphen, with a decimal (wink cuts "minus-20" "." "5")
  [
    "minus-20.5",
    "It was minus-20.5 degrees in Moscow.",
    [{ text: "minus-20.5 degrees", value: -20.5, unit: "degree" }],
  ],
  ["minus-20", "They faced minus-20 degree temperatures.", [{ text: "minus-20 degree", value: -20, unit: "degree" }]],
  // a fraction written with a spaced slash (numbers/numbers.ts), as "1/3"
  ["spaced slash fraction", "It slips 1 / 3 inches.", [{ text: "1 / 3 inches", value: 0.3333, unit: "inch" }]],
  ["spaced slash rate", "It moves 1 / 4 inch / year.", [{ text: "1 / 4 inch / year", value: 0.25 }]],
  ["spaced mixed number", "It paid 7 3 / 4 % a year.", [{ text: "7 3 / 4 %", value: 7.75, unit: "percent" }]],
  ["glued fraction", "It slips 1/3 inches.", [{ text: "1/3 inches", value: 0.3333, unit: "inch" }]],
  // a mixed number glued by a hyphen (numbers/numbers.ts), as "4 1/2" and "4½"
  ["hyphenated mixed number", "He served 4-1/2 months.", [{ text: "4-1/2 months", value: 4.5, unit: "month" }]],
  [
    "hyphenated mixed number before a hyphenated unit",
    "He got a 4-1/2-month prison term.",
    [{ text: "4-1/2-month", value: 4.5, unit: "month" }],
  ],
  ["hyphenated mixed percent", "Rates rose 2-1/2 percent.", [{ text: "2-1/2 percent", value: 2.5, unit: "percent" }]],
  ["mixed number with a space", "He served 4 1/2 months.", [{ text: "4 1/2 months", value: 4.5, unit: "month" }]],
  ["vulgar mixed number", "He served 4½ months.", [{ text: "4½ months", value: 4.5, unit: "month" }]],
  ["a score is no fraction", "The Patriots won 52-3 on Sunday.", []],
  ["a record is no fraction", "They went 45-35 last season.", []],
  ["a date is no fraction", "The 9/11 attacks killed 2,977 people.", [{ text: "2,977 people", value: 2977 }]],
  ["a lone half", "About 1/2 of voters agreed.", [{ text: "About 1/2 of voters", value: 0.5 }]],
  ["around the clock", "It is open 24/7 for 300 customers.", [{ text: "300 customers", value: 300 }]],
  // en dash glued between digits reads as the hyphen does
  ["en dash range", "Prices rose 3.5–4.5 percent.", [{ text: "3.5–4.5 percent", value: 3.5, low: 3.5, high: 4.5 }]],
  ["en dash count range", "Between 10–15 people died.", [{ text: "Between 10–15 people", value: 10, high: 15 }]],
  ["decimal range", "The quake measured 7.1-7.3 on the scale.", [{ text: "7.1-7.3", value: 7.1, high: 7.3 }]],
  // clock times wink cuts at the point, and spaced scores
  ["clock time with a point", "At 11.15am 30 people came.", [{ text: "30 people", value: 30, unit: "people" }]],
  [
    "spaced range still a range",
    "Between 10 - 15 people died.",
    [{ text: "Between 10 - 15 people", value: 10, high: 15 }],
  ],
  [
    "spaced range of money",
    "It cost 10 - 15 dollars.",
    [{ text: "10 - 15 dollars", value: 10, high: 15, unit: "USD" }],
  ],
  // what must still read
  ["over 800", "Over 800 fighters crossed.", [{ text: "Over 800 fighters", value: 800, unit: "fighter" }]],
  ["thousands comma", "Police made 2,200 arrests.", [{ text: "2,200 arrests", value: 2200, unit: "arrest" }]],
  ["magnitude after", "A 7.1 magnitude quake struck.", [{ text: "7.1 magnitude", value: 7.1, unit: "magnitude" }]],
  ["hyphenated magnitude", "The 7.1-magnitude quake hit.", [{ text: "7.1-magnitude", value: 7.1, unit: "magnitude" }]],
  ["billions", "The plan costs $1.5 billion.", [{ text: "$1.5 billion", value: 1_500_000_000, unit: "USD" }]],
  ["decimal percent", "Inflation was 0.5% in May.", [{ text: "0.5%", value: 0.5, unit: "percent" }]],
  ["word range", "Between 3 to 5 people died.", [{ text: "Between 3 to 5 people", value: 3, high: 5 }]],
  ["Persian digits", "Some ۸۰۰ people were hurt.", [{ text: "Some ۸۰۰ people", value: 800, unit: "people" }]],
  ["spaced thousands", "About 3 000 people marched.", [{ text: "About 3 000 people", value: 3000 }]],
  ["spaced millions", "It counted 38 000 000 people.", [{ text: "38 000 000 people", value: 38_000_000 }]],
  ["spaced thousands with a unit", "Prices were 10 000 euros.", [{ text: "10 000 euros", value: 10_000, unit: "EUR" }]],
  ["year then count", "In 2009 300 people died.", [{ text: "300 people", value: 300, unit: "people" }]],
  ["model then count", "Apple sold the iPhone 15 to 40 million buyers.", [{ text: "40 million buyers", value: 4e7 }]],
  ["long sum after a currency", "It cost $1000000000 in all.", [{ text: "$1000000000", value: 1e9, unit: "USD" }]],
  ["time noun after a count", "He scored 30 goals last season.", [{ text: "30 goals", value: 30, unit: "goal" }]],
];

describe("number edges: what is read", () => {
  it.each(READS)("%s: %s", (_name, text, expected) => {
    const found = read(text);
    expect(found).toHaveLength(expected.length);
    for (const [k, e] of expected.entries()) expect(found[k]).toMatchObject(e);
  });
});

describe("number edges: the segmenter keeps a split number in one sentence", () => {
  it.each([
    ["A magnitude-7.1 quake hit.", ["A", "magnitude", "-", "7.1", "quake", "hit", "."]],
    ["He batted .290 last season.", ["He", "batted", ".290", "last", "season", "."]],
    ["It was minus-20.5 degrees.", ["It", "was", "minus", "20.5", "degrees", "."]],
    ["He won 3–2 on penalties.", ["He", "won", "3–2", "on", "penalties", "."]],
    ["He got version v2.0 now.", ["He", "got", "version", "v2.0", "now", "."]],
    ["It is a -.5 change.", ["It", "is", "a", "-.5", "change", "."]],
    ["Polls close at 10.00pm.", ["Polls", "close", "at", "10.00pm."]],
    // A site name is one token and ends no sentence (wink cut "ESPN." + "com first reported ...": source "Com").
    ["ESPN.com first reported it.", ["ESPN.com", "first", "reported", "it", "."]],
    ["Visit www.example.com for more.", ["Visit", "www.example.com", "for", "more", "."]],
    // A hyphenated initialism is one token and ends no sentence inside it; "U.S.-Mexico" stays two names.
    ["The A.F.L.-C.I.O. backed 40 candidates.", ["The", "A.F.L.-C.I.O.", "backed", "40", "candidates", "."]],
    ["The U.S.-Mexico border is long.", ["The", "U.S.", "-", "Mexico", "border", "is", "long", "."]],
  ])("%s", (text, tokens) => {
    const sentences = segment(`Before it. ${text} After it.`);
    expect(sentences.map((s) => s.text)).toEqual(["Before it.", text, "After it."]);
    expect(sentences[1].tokens.map((t) => t.text)).toEqual(tokens);
    for (const t of sentences[1].tokens) expect(`Before it. ${text}`.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ["Magnitude-6.5 quakes are rare.", ["Magnitude", "-", "6.5", "quakes", "are", "rare", "."]],
    [".5% was the rate.", [".5", "%", "was", "the", "rate", "."]],
  ])("a merged number that starts a sentence stays in it: %s", (text, tokens) => {
    const sentences = segment(text);
    const last = sentences[sentences.length - 1];
    expect(last.tokens.map((t) => t.text).slice(-tokens.length)).toEqual(tokens);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("never starts a sentence with a comma: an abbreviation before it does not end the sentence", () => {
    const text = '"It is late," said Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer. "We need 30 more."';
    expect(segment(text).map((s) => s.text)).toEqual([
      '"It is late," said Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer.',
      '"We need 30 more."',
    ]);
  });

  it("never starts a sentence with a lower-case word after a quotation closed by ! or ?", () => {
    const text = '"He is dangerous!" said Tom Burke. "Why 3?" he asked. "No!" Then he left.';
    expect(segment(text).map((s) => s.text)).toEqual([
      '"He is dangerous!" said Tom Burke.',
      '"Why 3?" he asked.',
      '"No!"',
      "Then he left.",
    ]);
  });

  it("never cuts inside a short parenthesis, nor before a lower-case word after an abbreviation closing one", () => {
    const text =
      "Sen. Ben Cardin (D-Md.) said 30 more were needed. He met Rep. Ann Kuster (D-N.H.), a backer. They agreed.";
    expect(segment(text).map((s) => s.text)).toEqual([
      "Sen. Ben Cardin (D-Md.) said 30 more were needed.",
      "He met Rep. Ann Kuster (D-N.H.), a backer.",
      "They agreed.",
    ]);
    // wink may keep a colon on the closing parenthesis: "(R-S.C.):".
    expect(segment("Rep. Trey Gowdy (R-S.C.): Who told you that? Nobody.").map((s) => s.text)).toEqual([
      "Rep. Trey Gowdy (R-S.C.): Who told you that?",
      "Nobody.",
    ]);
  });

  it("keeps a name and a past-tense verb after a quotation closed by ! or ? with the quotation", () => {
    const text = "“Is it 40?” Jeff Sessions asked. Then 40 left. “Why?” Nobody knows the 3 answers.";
    expect(segment(text).map((s) => s.text)).toEqual([
      "“Is it 40?” Jeff Sessions asked.",
      "Then 40 left.",
      "“Why?”",
      "Nobody knows the 3 answers.",
    ]);
  });

  it("leaves a decimal point after a word alone (a sentence end)", () => {
    expect(segment("It ended at 5. 3 more came.").map((s) => s.text)).toEqual(["It ended at 5.", "3 more came."]);
  });
});
