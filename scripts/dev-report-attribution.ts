/**
 * Development report for attribution on real news it was not written against: the ECB+ texts in
 * ../shared/fixtures/dev/ecbplus (or a directory given as the first argument).
 *
 *   npx tsx scripts/dev-report-attribution.ts [DIR] [--sample N]
 *
 * Prints: how many sentences with an explicit speech cue ("said", "says", "told", "according to") get a source
 * (a recall proxy), the kinds of the sources found, words per second for segmentation alone and for attribution
 * on top of it, and a fixed-seed sample of attributions to check by hand (the precision figure in the report comes
 * from reading that sample).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { attributeSentences } from "../lib/extract/attribution/attribution.ts";
import { createSourceRegistry } from "../lib/extract/attribution/sources.ts";
import { segment } from "../lib/extract/tokens/segment.ts";

const SPEECH = /\b(?:said|says|told|according to)\b/;
const args = process.argv.slice(2);
const sampleAt = args.indexOf("--sample");
const sampleSize = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 40;
const positional = args.filter((a, i) => !a.startsWith("--") && (sampleAt < 0 || i !== sampleAt + 1));
const dir = positional[0] ?? path.join(import.meta.dirname, "../../shared/fixtures/dev/ecbplus");

/** Deterministic pseudo-random numbers (mulberry32), so the hand-checked sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), "utf8"));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

let t0 = performance.now();
const segmented = texts.map((t) => segment(t));
const segmentMs = performance.now() - t0;
t0 = performance.now();
const attributed = texts.map((t, i) => attributeSentences(t, segmented[i], createSourceRegistry()));
const attributionMs = performance.now() - t0;

let speech = 0;
let speechFound = 0;
let sentences = 0;
let found = 0;
const kinds = new Map<string, number>();
const pool: string[] = [];
texts.forEach((_text, d) => {
  segmented[d].forEach((s, i) => {
    const a = attributed[d][i];
    sentences++;
    if (SPEECH.test(s.text)) {
      speech++;
      if (a) speechFound++;
    }
    if (!a) return;
    found++;
    kinds.set(a.source.kind, (kinds.get(a.source.kind) ?? 0) + 1);
    pool.push(
      `${a.source.name} | ${a.source.kind} | ${a.source.affiliation ?? "-"} | cue "${a.source.cue?.text}"\n    ${s.text}`,
    );
  });
});

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const rate = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString("en-US");
console.log(`documents ${texts.length}, sentences ${sentences}, words ${words}`);
console.log(`sentences with a speech cue: ${speech}; attributed: ${speechFound} (${pct(speechFound, speech)})`);
console.log(`sentences attributed overall: ${found} (${pct(found, sentences)})`);
console.log(`source kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(
  `segmentation (wink): ${rate(segmentMs)} words/s; attribution on segmented text: ${rate(attributionMs)} words/s`,
);
const next = random(20260112);
console.log(`\nsample of ${sampleSize} attributions (fixed seed) to check by hand:`);
for (let i = 0; i < sampleSize && pool.length > 0; i++) {
  console.log(`${i + 1}. ${pool.splice(Math.floor(next() * pool.length), 1)[0]}`);
}
