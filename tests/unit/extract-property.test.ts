/**
 * Property: analyze() never throws, its output satisfies the zod contract, and every span (sentence, claim,
 * quantity, date, attribution cue) slices back to its text. Inputs: arbitrary Unicode, and mixes of news-like
 * fragments (figures, reporting verbs, quotes, dates, RTL and control characters) that reach the deeper rules.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { type Extraction, extractionSchema, type Span } from "@/lib/extract/schema.ts";

const FRAGMENTS = [
  "Police said",
  "according to the health ministry,",
  "“We will not leave,” she said.",
  "over 800 fighters",
  "approximately 850",
  "at least 38 fatalities",
  "26 of 31 provinces",
  "two-thirds of the country",
  "in late December",
  "since 1979",
  "Reuters reported",
  "A spokesman for the U.N. told AFP",
  "These accounts estimate",
  "they reportedly",
  "Dr. Smith, an expert at the Institute, warns",
  "described by Time as",
  "۸۰۰ نفر",
  "שלום",
  "\u200f",
  "\u0000",
  "\t",
  "\n",
  "\r\n",
  ".",
  ",",
  "(",
  ")",
  "“",
  "”",
  "$1.2 million",
  "between 30 and 40",
  "It added",
  "he",
  "?",
  "<p>",
  "</p>",
  "&amp;",
  "1,000",
  "-",
  "—",
  "e.g.",
  "U.S.",
  "5 p.m.",
  "2024-10-01",
  "No.",
  "😀",
  "\uD800",
];

const newsLike = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "", "  ", "\n"), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => p + gaps[i]).join("")),
  );

/**
 * Real English: every word and punctuation mark of the repo's own news fixtures, plus the contractions and clitics
 * wink treats specially ("cannot" once came out of wink without a lemma and crashed every article containing it).
 */
const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const fixtureTexts = [
  readFileSync(path.join(fixtures, "iran-militias.txt"), "utf8"),
  ...["cli", "ecbplus-dev"].flatMap((dir) =>
    readdirSync(path.join(fixtures, dir))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(fixtures, dir, f), "utf8")),
  ),
];
const REAL_WORDS = [
  ...new Set(fixtureTexts.flatMap((t) => t.match(/[\p{L}\p{N}’'.,$%-]+|[^\s\p{L}\p{N}]/gu) ?? [])),
  ...["cannot", "Cannot", "can't", "won't", "ain't", "shan't", "y'all", "gonna", "wanna", "'tis", "o'clock"],
  ...["he's", "it’s", "’em", "d'Ivoire", "rock'n'roll", "U.S.-led", "Mr.", "St.", "a.m.", "No.", "etc.", "vs."],
];
const realEnglish = fc.array(fc.constantFrom(...REAL_WORDS), { minLength: 1, maxLength: 60 }).chain((words) =>
  fc
    .array(fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", " — ", "; "), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((w, i) => w + gaps[i]).join("")),
);

function checkSpans(text: string, out: Extraction): void {
  extractionSchema.parse(out);
  const spans: Span[] = [...out.sentences, ...out.claims, ...out.quantities, ...out.dates];
  for (const claim of out.claims) if (claim.source.cue) spans.push(claim.source.cue);
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.text)
      throw new Error(`span ${s.start}-${s.end} does not slice to ${JSON.stringify(s.text)}`);
  }
  const claimIds = new Set(out.claims.map((c) => c.id));
  for (const q of out.quantities) if (!claimIds.has(q.claimId)) throw new Error(`quantity ${q.id} without claim`);
}

/** The machine is shared; a few hundred runs through wink can take several seconds. */
const SLOW = 60_000;

describe("analyze() properties", () => {
  it(
    "never throws on arbitrary Unicode and keeps spans exact",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
          checkSpans(text, analyze({ id: "p", text }));
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    "never throws on arbitrary UTF-16 (lone surrogates, controls) and keeps spans exact",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
          checkSpans(text, analyze({ id: "p", text }));
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  it(
    "never throws on news-like fragment mixes and keeps spans exact",
    () => {
      fc.assert(
        fc.property(
          newsLike,
          fc.option(fc.constantFrom("2026-01-12", "not a date", "2026-01-12T08:00:00Z")),
          (text, date) => {
            checkSpans(text, analyze({ id: "p", text, publishedAt: date ?? undefined }));
          },
        ),
        { numRuns: 400 },
      );
    },
    SLOW,
  );

  it(
    "never throws on sentences of real English words, contractions and punctuation",
    () => {
      fc.assert(
        fc.property(realEnglish, (text) => {
          checkSpans(text, analyze({ id: "p", text }));
        }),
        { numRuns: 400 },
      );
    },
    SLOW,
  );

  it.each([
    ["cannot", "He cannot."],
    ["cannot, with a comma", "We cannot, and will not."],
    ["cannot inside an attribution", "They cannot, officials said, confirm that 800 people died."],
    ["empty", ""],
    ["whitespace", " \n\t\r\n "],
    ["HTML", "<html><body><p>Police said <b>12</b> people died.</p></body></html>"],
    ["RTL", "قالت الشرطة إن ۱۲ شخصا قتلوا. Police said 12 people died."],
    ["controls", "Police\u0000 said\u0007 12\u001b people died.\u0085 More."],
  ])("handles %s input", (_name, text) => {
    checkSpans(text, analyze({ id: "x", text }));
  });
});
