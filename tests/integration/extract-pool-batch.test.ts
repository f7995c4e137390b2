/**
 * A batch's extraction on the pool (lib/workers/extract-pool.ts analyseBatchInPool, issue 15): one task per thread's
 * share of the batch, each answer belonging to its input (its id, its claims' offsets in its own text); a runaway
 * text in a chunk fails alone with the per-document budget's message, the rest of its chunk is still extracted.
 * Each thread's extraction equals analyze() on this thread, whatever either read before (ADR 024).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { profileOf } from "@/lib/compare/events";
import type { Extraction } from "@/lib/extract/schema";
import { analyseBatchInPool, type BatchItem, closeExtractPool } from "@/lib/workers/extract-pool";

vi.setConfig({ testTimeout: 120_000 });

const texts = readFileSync(path.resolve(import.meta.dirname, "../fixtures/bench/ecbplus-1mb.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** The extraction is this text's: its id, and every claim and figure reads its span out of this text. */
function expectOwnExtraction(extraction: Extraction | null, { input }: BatchItem): void {
  expect(extraction?.id).toBe(input.id);
  expect(extraction?.claims.length).toBeGreaterThan(0);
  for (const c of extraction?.claims ?? []) expect(input.text.slice(c.start, c.end)).toBe(c.text);
  for (const q of extraction?.quantities ?? []) expect(input.text.slice(q.start, q.end)).toBe(q.text);
}

function item(id: string, text: string): BatchItem {
  return { input: { id, text }, event: { id, text, title: `Title ${id}`, publishedAt: "2026-01-13T00:00:00.000Z" } };
}

const saved = { ...process.env };
afterEach(async () => {
  await closeExtractPool();
  process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = saved.CLAIMTRACK_EXTRACT_BUDGET_MS;
  process.env.CLAIMTRACK_EXTRACT_THREADS = saved.CLAIMTRACK_EXTRACT_THREADS;
  for (const key of ["CLAIMTRACK_EXTRACT_BUDGET_MS", "CLAIMTRACK_EXTRACT_THREADS"]) {
    if (saved[key] === undefined) delete process.env[key];
  }
});
afterAll(closeExtractPool);

describe("analyseBatchInPool", () => {
  it.each([1, 2])(
    "answers each input with its own extraction and profile, in input order (%i threads)",
    async (threads) => {
      process.env.CLAIMTRACK_EXTRACT_THREADS = String(threads);
      const items = texts.slice(0, 25).map((text, i) => item(`d${i}`, text));
      // This thread reads the texts in another order first, so its history differs from the pool threads'.
      for (const text of texts.slice(0, 30).reverse()) analyze({ id: "warm", text });
      const out = await analyseBatchInPool(items);
      expect(out).toHaveLength(items.length);
      for (const [i, { event }] of items.entries()) {
        expect(out[i].error).toBeNull();
        expectOwnExtraction(out[i].extraction, items[i]);
        expect(out[i].extraction).toEqual(analyze(items[i].input));
        expect(out[i].profile).toEqual(profileOf(event));
      }
    },
  );

  it.each([1, 2])(
    "fails a runaway text alone with the budget's message; the rest of its chunk is extracted (%i threads)",
    async (threads) => {
      process.env.CLAIMTRACK_EXTRACT_THREADS = String(threads);
      process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = "2000";
      // ~1.9 MB of real news: 10-20 s of extraction, far over a 2 s budget; it shares a chunk with the others (and with
      // one thread, the documents after it need the stopped thread's replacement).
      const huge = Array.from({ length: 2 }, (_, round) =>
        texts.map((t, i) => `Part ${round}.${i}\n\n${t}`).join("\n\n"),
      )
        .join("\n\n")
        .slice(0, 1_900_000);
      const items = [
        item("a", texts[0]),
        item("b", texts[1]),
        item("huge", huge),
        item("c", texts[2]),
        item("d", texts[3]),
      ];
      const out = await analyseBatchInPool(items);
      const runaway = out[2];
      expect(runaway.extraction).toBeNull();
      expect(runaway.error?.reason).toBe("timeout");
      expect(runaway.error?.message).toMatch(/per-document budget/);
      expect(runaway.profile).toEqual(profileOf(items[2].event));
      for (const i of [0, 1, 3, 4]) {
        expect(out[i].error).toBeNull();
        expectOwnExtraction(out[i].extraction, items[i]);
      }
    },
  );
});
