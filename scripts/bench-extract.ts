/**
 * `npm run bench:extract [-- --rounds N --warmup N --memory-passes N --no-memory]`
 *
 * Words per second of the whole pipeline (analyze()) over ~1 MB of real news text, and in the same run the words per
 * second of segment() alone (wink tokenizing + tagging, the floor any pipeline built on it pays); the ratio; the time
 * for a 1,500-word article; and whether a `claimtrack extract --jsonl` run keeps its memory flat over many documents.
 * Words are whitespace-separated tokens. Timings are medians over rounds, after a warm-up (JIT, wink's model), in
 * wall-clock time and in CPU time of this process (the fairer figure when other work shares the 2 cores).
 *
 * The warm-up is several passes, not one: V8 optimises our few hundred functions over several passes of the corpus
 * (measured with --trace-opt: 548 optimisations in the first pass, 128, 60, 32, then 12-16 per pass), and that
 * compiling runs on background threads that process CPU time counts (1.30, 0.41, 0.19, then ~0.08 s per pass).
 * segment() alone is wink's code, settled after one pass; timing analyze() from the second pass on would charge our
 * code its one-time compilation. The warm-up passes' CPU is printed so the settling can be seen (ADR 028).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { analyze } from "../lib/analysis/analyze.ts";
import type { ExtractInput } from "../lib/extract/schema.ts";
import { segment } from "../lib/extract/tokens/segment.ts";

const root = path.resolve(import.meta.dirname, "..");
const CORPUS = path.join(root, "tests/fixtures/bench/ecbplus-1mb.jsonl");
/** The reference size for one article. */
const ARTICLE_WORDS = 1500;

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "4" },
    "memory-passes": { type: "string", default: "8" },
    "no-memory": { type: "boolean", default: false },
    corpus: { type: "string", default: CORPUS },
  },
});

const documents: ExtractInput[] = readFileSync(values.corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as ExtractInput);
const words = documents.reduce((n, d) => n + countWords(d.text), 0);
const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const rounds = Number(values.rounds);

console.log(`corpus: ${documents.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words} words (${values.corpus})`);

// Warm-up: both paths over the corpus until the JIT has settled (see the head comment) and wink's lazy tables are
// filled. Each pass's CPU is shown: the last passes should be alike.
const warmups: Timing[] = [];
for (let i = 0; i < Math.max(1, Number(values.warmup)); i++)
  warmups.push(
    time(() => {
      for (const d of documents) {
        analyze(d);
        segment(d.text);
      }
    }),
  );
console.log(`warm-up passes (analyze + segment), CPU s: ${warmups.map((w) => (w.cpuMs / 1000).toFixed(2)).join(", ")}`);

// Rounds alternate (segment, extract, segment, ...) so a change in machine load hits both alike; each is timed in
// wall-clock and in this process's CPU time (user + system), which other processes on a shared machine disturb less.
const segmentRuns: Timing[] = [];
const extractRuns: Timing[] = [];
for (let i = 0; i < rounds; i++) {
  segmentRuns.push(
    time(() => {
      for (const d of documents) segment(d.text);
    }),
  );
  extractRuns.push(
    time(() => {
      for (const d of documents) analyze(d);
    }),
  );
}
const seg = medianTiming(segmentRuns);
const ext = medianTiming(extractRuns);
const rate = (ms: number) => words / (ms / 1000);
console.log(`segment() alone:    ${fmt(rate(seg.wallMs))} words/s wall, ${fmt(rate(seg.cpuMs))} words/s CPU`);
console.log(`analyze() pipeline: ${fmt(rate(ext.wallMs))} words/s wall, ${fmt(rate(ext.cpuMs))} words/s CPU`);
console.log(
  `pipeline / segment: ${(seg.wallMs / ext.wallMs).toFixed(2)} wall, ${(seg.cpuMs / ext.cpuMs).toFixed(2)} CPU  ` +
    "(target: 100,000 words/s end to end)",
);

const article = articleOf(documents, ARTICLE_WORDS);
const articleRuns = Array.from({ length: 30 }, () => time(() => analyze(article)));
const articleTiming = medianTiming(articleRuns);
console.log(
  `one ${countWords(article.text)}-word article: ${articleTiming.wallMs.toFixed(2)} ms wall, ` +
    `${articleTiming.cpuMs.toFixed(2)} ms CPU  (target: under 15 ms)`,
);

if (!values["no-memory"]) {
  heapCheck(3);
  await memoryCheck(Number(values["memory-passes"]));
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time(run: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function medianTiming(runs: Timing[]): Timing {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wallMs: mid(runs.map((r) => r.wallMs)), cpuMs: mid(runs.map((r) => r.cpuMs)) };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A realistic long article: consecutive documents of one cluster joined until the word count is reached. */
function articleOf(docs: ExtractInput[], target: number): ExtractInput {
  const parts: string[] = [];
  let n = 0;
  for (const d of docs) {
    if (n >= target) break;
    parts.push(d.text);
    n += countWords(d.text);
  }
  return { id: "article", text: parts.join("\n"), publishedAt: "2013-05-03" };
}

/**
 * The exact leak test: the live heap after a full garbage collection, pass after pass over the corpus. RSS (below)
 * also moves with the collector's timing, which a loaded machine delays.
 */
function heapCheck(passes: number): void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const heaps: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const d of documents) analyze({ ...d, id: `${d.id}#${pass}` });
    gc();
    heaps.push(process.memoryUsage().heapUsed / 1e6);
  }
  const growth = heaps[heaps.length - 1] - heaps[0];
  console.log(
    `heap after GC, ${passes} passes of ${documents.length} documents: ${heaps.map((h) => h.toFixed(1)).join(" -> ")} MB ` +
      `(${growth <= 2 ? "flat" : "GROWING"})`,
  );
}

/**
 * Streams the corpus `passes` times through `claimtrack extract --jsonl` and samples the child's RSS. Flat means the
 * last quarter's peak is within 15% of the first half's, whatever the line count.
 */
async function memoryCheck(passes: number): Promise<void> {
  const tsx = path.join(root, "node_modules/.bin/tsx");
  // V8 grows its old space lazily when it may (RSS then creeps up with no leak: the live heap above stays flat), so
  // the child gets a small fixed heap: a leak would then crash it, and flat RSS is a fair test.
  const child = spawn(tsx, [path.join(root, "cli/claimtrack.ts"), "extract", "--jsonl"], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=64`.trim() },
  });
  let outLines = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    for (const b of chunk) if (b === 10) outLines++;
  });
  const samples: Array<{ lines: number; rssMb: number }> = [];
  // tsx runs the CLI in a grandchild node process; sample the whole tree's largest RSS.
  const timer = setInterval(() => {
    const rss = treeRssMb(child.pid ?? 0);
    if (rss > 0) samples.push({ lines: outLines, rssMb: rss });
  }, 100);
  const payload = `${documents.map((d) => JSON.stringify(d)).join("\n")}\n`;
  for (let i = 0; i < passes; i++) {
    if (!child.stdin.write(payload)) await new Promise((r) => child.stdin.once("drain", r));
  }
  child.stdin.end();
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(timer);
  const total = documents.length * passes;
  const started = samples.filter((s) => s.lines > 0);
  const quarter = (from: number, to: number) =>
    Math.max(0, ...started.filter((s) => s.lines >= total * from && s.lines < total * to).map((s) => s.rssMb));
  const quarters = [quarter(0, 0.25), quarter(0.25, 0.5), quarter(0.5, 0.75), quarter(0.75, 1.01)];
  // V8 grows its heap lazily through the first half; flat means no growth after that.
  const flat = quarters[3] <= Math.max(quarters[0], quarters[1]) * 1.15;
  console.log(
    `--jsonl memory: ${total} documents (${outLines} lines out, exit ${code}); peak RSS per quarter of the run ` +
      `${quarters.map((q) => q.toFixed(0)).join(" / ")} MB -> ${flat ? "flat" : "GROWING"}`,
  );
}

function treeRssMb(pid: number): number {
  let best = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      best = Math.max(best, kb / 1024);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between samples.
    }
  }
  return best;
}
