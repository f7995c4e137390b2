/**
 * `npx tsx scripts/bench-extract-ab.ts --base DIR [--rounds 9] [--warmup 3] [--same]`
 *
 * analyze() of this tree against analyze() of another checkout (DIR: a `git worktree add --detach DIR <commit>` with
 * node_modules linked), both loaded in one process and timed alternately over the bench corpus, with segment() alone
 * in the same rounds: on a shared 2-core machine a ratio measured in one run is worth more than two absolute times
 * measured minutes apart (docs/performance.md). CPU time of this process, medians over the rounds after the warm-up.
 * `--same` first checks that both trees give the identical extraction for every document (a speed change must not
 * change a result) and exits non-zero when one differs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../lib/analysis/analyze.ts";
import type { ExtractInput } from "../lib/extract/schema.ts";
import { segment } from "../lib/extract/tokens/segment.ts";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    rounds: { type: "string", default: "9" },
    warmup: { type: "string", default: "3" },
    same: { type: "boolean", default: false },
    corpus: { type: "string", default: path.resolve(import.meta.dirname, "../tests/fixtures/bench/ecbplus-1mb.jsonl") },
  },
});
if (!values.base) {
  console.error("usage: bench-extract-ab.ts --base DIR  (DIR: another checkout of this repository)");
  process.exit(2);
}

type Analyze = typeof analyze;
const base = (await import(path.resolve(values.base, "lib/analysis/analyze.ts"))) as { analyze: Analyze };
const documents: ExtractInput[] = readFileSync(values.corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as ExtractInput);

if (values.same) {
  const differing = documents.filter((d) => JSON.stringify(base.analyze(d)) !== JSON.stringify(analyze(d)));
  console.log(`identical extraction: ${documents.length - differing.length} / ${documents.length} documents`);
  if (differing.length > 0) {
    console.log(
      `differing: ${differing
        .slice(0, 10)
        .map((d) => d.id)
        .join(", ")}`,
    );
    process.exit(1);
  }
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const runs = { base: [] as number[], head: [] as number[], segment: [] as number[] };
for (let i = 0; i < warmup + rounds; i++) {
  const b = cpuMs(() => {
    for (const d of documents) base.analyze(d);
  });
  const h = cpuMs(() => {
    for (const d of documents) analyze(d);
  });
  const s = cpuMs(() => {
    for (const d of documents) segment(d.text);
  });
  if (i < warmup) continue;
  runs.base.push(b);
  runs.head.push(h);
  runs.segment.push(s);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" ");
const [b, h, s] = [median(runs.base), median(runs.head), median(runs.segment)];
console.log(`base (${values.base}) CPU ms: ${show(runs.base)}`);
console.log(`head CPU ms: ${show(runs.head)}`);
console.log(`segment() CPU ms: ${show(runs.segment)}`);
console.log(
  `medians: base ${b.toFixed(0)}, head ${h.toFixed(0)} (head / base ${(h / b).toFixed(3)}); ` +
    `segment / analyze: base ${(s / b).toFixed(3)}, head ${(s / h).toFixed(3)}`,
);
