/**
 * Property: findQuantities and findDates never throw on arbitrary text, and every span slices back to its text
 * and stays inside its sentence. (The whole-pipeline property lives in tests/unit/extract-property.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/dates.ts";
import { segment } from "../tokens/segment.ts";
import { findQuantities } from "./quantities.ts";

/** News-like fragments mixed with arbitrary Unicode, so the rules are exercised rather than skipped. */
const fragment = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "over 800 fighters",
    "26 of Iran’s 31 provinces",
    "two-thirds of the",
    "$5m",
    "۸۰۰",
    "٣٥٫٥",
    "between 3 and",
    "late December",
    "since 1979",
    "99999 days ago",
    "last week",
    "on Monday",
    "09 / 14 / 2013",
    "-",
    "1/3",
    "½",
    "and a half",
    "10 000",
    "dozens of",
    "Jan. 5,",
    "minus",
    "per cent",
    "°C to -",
    "from 44 mg to",
    "hundreds of thousands",
    "one in",
    " ",
    "\n",
    ".",
    "(",
    "’s",
  ),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  fc.integer({ min: 300, max: 420 }).map((n) => `1${"0".repeat(n)} million`),
);

const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(" "));
const reference = fc.option(fc.date({ noInvalidDate: true }));

describe("quantities and dates on arbitrary input", () => {
  it("never throw and every span slices back to its text", () => {
    fc.assert(
      fc.property(text, reference, (input, ref) => {
        for (const sentence of segment(input)) {
          for (const q of findQuantities(sentence)) {
            expect(input.slice(q.start, q.end)).toBe(q.text);
            expect(q.start).toBeGreaterThanOrEqual(sentence.start);
            expect(q.end).toBeLessThanOrEqual(sentence.end);
            expect(Number.isFinite(q.value)).toBe(true);
            if (q.low !== null) expect(Number.isFinite(q.low)).toBe(true);
            if (q.high !== null) expect(Number.isFinite(q.high)).toBe(true);
            if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
            if (q.headIndex !== null) expect(sentence.tokens[q.headIndex]).toBeDefined();
          }
          for (const d of findDates(sentence, ref)) {
            expect(input.slice(d.start, d.end)).toBe(d.text);
            if (d.resolved !== null) expect(d.resolved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (d.resolved !== null && d.resolvedEnd !== null) expect(d.resolved <= d.resolvedEnd).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Generous: the shared 2-core machine runs several suites at once.
  }, 60_000);
});
