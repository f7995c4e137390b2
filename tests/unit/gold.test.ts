/**
 * The reference article scored against its hand-made gold annotation (tests/fixtures/iran-militias.gold.json).
 * Thresholds are the "done when": all 11 quantities right (value, bounds, modifier, unit, source), the dates
 * as dates and none as counted quantities, at least 16 of 18 attributions, the fighters group flagged conflict and
 * the repeated figures not flagged.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { type Extraction, extractionSchema, type Quantity } from "@/lib/extract/schema.ts";

interface GoldQuantity {
  id: string;
  quote: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string | string[];
  unit: string | string[];
  of?: number;
  source: string;
}
interface GoldAttribution {
  quote: string;
  source: string;
  kind: string;
  affiliation?: string;
}
interface Gold {
  quantities: GoldQuantity[];
  dates: Array<{ quote: string }>;
  attributions: GoldAttribution[];
}

const dir = path.join(import.meta.dirname, "../fixtures");
const text = readFileSync(path.join(dir, "iran-militias.txt"), "utf8");
const gold = JSON.parse(readFileSync(path.join(dir, "iran-militias.gold.json"), "utf8")) as Gold;
const out: Extraction = analyze({ id: "iran-militias", text, publishedAt: "2026-01-12" });

/** Locates each quote in document order: the first occurrence after the previous mention of the same quote. */
function locate(quotes: string[]): Array<{ start: number; end: number }> {
  const cursor = new Map<string, number>();
  return quotes.map((quote) => {
    const start = text.indexOf(quote, cursor.get(quote) ?? 0);
    if (start < 0) throw new Error(`gold quote not in text: ${quote}`);
    cursor.set(quote, start + 1);
    return { start, end: start + quote.length };
  });
}

const oneOf = (want: string | string[], got: string | null) =>
  (Array.isArray(want) ? want : [want]).includes(got ?? "");
const same = (a: string | null, b: string | null) => (a ?? "").toLowerCase() === (b ?? "").toLowerCase();
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

const quantitySpans = locate(gold.quantities.map((q) => q.quote));
/** Gold quantity id -> the extracted quantity covering its quote. */
const matched = new Map<string, Quantity>();
gold.quantities.forEach((g, i) => {
  const { start, end } = quantitySpans[i];
  const q = out.quantities.find((x) => x.start <= start && x.end >= end);
  if (q) matched.set(g.id, q);
});

function quantityErrors(g: GoldQuantity): string[] {
  const q = matched.get(g.id);
  if (!q) return ["not found"];
  const claim = out.claims.find((c) => c.id === q.claimId);
  const errors: string[] = [];
  if (!close(q.value, g.value)) errors.push(`value ${q.value}`);
  if (!oneOf(g.modifier, q.modifier)) errors.push(`modifier ${q.modifier}`);
  if (!oneOf(g.unit, q.unit)) errors.push(`unit ${q.unit}`);
  if (q.modifier !== "approximately" && (!close(q.low, g.low) || !close(q.high, g.high)))
    errors.push(`bounds ${q.low}..${q.high}`);
  if (g.of !== undefined && q.of !== g.of) errors.push(`of ${q.of}`);
  if (!same(claim?.source.name ?? null, g.source)) errors.push(`source ${claim?.source.name}`);
  return errors;
}

describe("gold: iran-militias.txt", () => {
  it("produces output that satisfies the zod contract", () => {
    expect(() => extractionSchema.parse(out)).not.toThrow();
  });

  it.each(gold.quantities.map((g) => [g.id, g.quote, g] as const))("quantity %s (%s)", (_id, _quote, g) => {
    expect(quantityErrors(g)).toEqual([]);
  });

  it("reports every gold date as a date and none as a counted quantity", () => {
    const spans = locate(gold.dates.map((d) => d.quote));
    for (const [i, { start, end }] of spans.entries()) {
      const quote = gold.dates[i].quote;
      expect(
        out.dates.some((d) => d.start <= start && d.end >= end),
        `date ${quote}`,
      ).toBe(true);
      expect(
        out.quantities.some((q) => q.start < end && q.end > start),
        `quantity over ${quote}`,
      ).toBe(false);
    }
  });

  it("gets at least 16 of the 18 attributions right (source, kind, affiliation, cue inside the quote)", () => {
    const spans = locate(gold.attributions.map((a) => a.quote));
    const wrong = gold.attributions.filter((g, i) => {
      const { start, end } = spans[i];
      return !out.claims.some(
        (c) =>
          c.source.cue !== null &&
          c.source.cue.start >= start &&
          c.source.cue.end <= end &&
          same(c.source.name, g.source) &&
          c.source.kind === g.kind &&
          (g.affiliation === undefined || same(c.source.affiliation, g.affiliation)),
      );
    });
    expect(gold.attributions.length - wrong.length, JSON.stringify(wrong.map((w) => w.quote))).toBeGreaterThanOrEqual(
      16,
    );
  });

  it("flags the fighters group (over 800 / ~800 / ~850) as a conflict", () => {
    const ids = ["q2", "q7", "q9"].map((g) => matched.get(g)?.id);
    const conflict = out.discrepancies.find(
      (d) => d.verdict === "conflict" && ids.every((id) => id && d.members.includes(id)),
    );
    expect(conflict, JSON.stringify(out.discrepancies)).toBeDefined();
  });

  it("does not flag the repeated 200 cities or 26 of 31 provinces as conflicts", () => {
    for (const pair of [
      ["q3", "q10"],
      ["q4", "q11"],
    ]) {
      const ids = pair.map((g) => matched.get(g)?.id);
      expect(ids.every(Boolean)).toBe(true);
      const flagged = out.discrepancies.some(
        (d) => d.verdict === "conflict" && ids.some((id) => id && d.members.includes(id)),
      );
      expect(flagged, pair.join("/")).toBe(false);
    }
  });

  it("keeps every span exact", () => {
    const spans = [...out.sentences, ...out.claims, ...out.quantities, ...out.dates];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const c of out.claims)
      if (c.source.cue) expect(text.slice(c.source.cue.start, c.source.cue.end)).toBe(c.source.cue.text);
  });

  it("gives every claim's source an entry in the source list", () => {
    for (const c of out.claims) expect(out.sources.some((s) => same(s.name, c.source.name))).toBe(true);
  });
});
