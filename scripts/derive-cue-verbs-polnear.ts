/**
 * Learns the verb lemmas that PolNeAR's annotators mark as the Cue of a figure's attribution, from data/train only,
 * for lib/extract/lexicon/learned-cues.ts.
 *
 *   npx tsx scripts/derive-cue-verbs-polnear.ts --dir /work/corpora/polnear/data/train [--write] [--list N]
 *
 * For every sentence that holds a figure analyze() leaves to the document (no quotation marks in it), every verb
 * that lib/extract/attribution/action.ts would read as an action cue (a finite active verb whose noun-phrase subject
 * before it resolves to someone who acts) is a candidate. Each figure of its clause (from the subject to the next
 * clause boundary) is counted for the verb's lemma as
 *   right:   the figure is inside the Content of a gold attribution whose Cue covers the verb (the subject's credit);
 *   outside: the figure is inside no gold Content (crediting it would be a false credit);
 *   other:   the figure is inside another attribution's Content.
 * Lemmas the reporting, quoting, conditional or intent lexicons already hold are left out (the grammar reads them).
 * A lemma is kept when its right count (support) and its precision right / (right + outside + other) pass the
 * thresholds. The thresholds are chosen by 3-fold cross-validation inside train (documents by index mod 3): derive on
 * two folds, then on the third let the first kept verb of each sentence credit its clause, as the grammar would, and
 * count right and outside; the pair with the most right figures whose outside credits stay at or under a fifth of
 * them wins. --write writes lib/extract/lexicon/learned-cues.ts from all of train with the chosen thresholds (or
 * --precision / --support). Result on 2026-12-06: no pair gains on held-out folds; see
 * docs/dev-report-attribution-polnear.md, nineteenth session.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../lib/analysis/analyze.ts";
import { actionCueAt } from "../lib/extract/attribution/action.ts";
import { isClauseBoundary } from "../lib/extract/attribution/sentence.ts";
import { createSourceRegistry } from "../lib/extract/attribution/sources.ts";
import {
  CONDITIONAL_FORMS,
  INTENT_FORMS,
  QUOTE_OPENING_FORMS,
  QUOTING_FORMS,
  REPORTING_FORMS,
} from "../lib/extract/lexicon/attribution.ts";
import { segment } from "../lib/extract/tokens/segment.ts";
import { type GoldAttribution, listDocuments, readDocument, refuseTest, type Span } from "./polnear-read.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    write: { type: "boolean", default: false },
    list: { type: "string", default: "60" },
    /** The share of right figures the outside credits may reach when choosing thresholds. */
    ratio: { type: "string", default: "0.2" },
    /** Evidence for a lemma: every figure of its clauses ("all"), or only those left to the document today ("open"). */
    basis: { type: "string", default: "open" },
    /** Write the lexicon with these thresholds instead of the chosen ones (to measure a list the CV rejects). */
    precision: { type: "string" },
    support: { type: "string" },
  },
});
if (!values.dir) {
  console.error("usage: derive-cue-verbs-polnear.ts --dir PATH/TO/PolNeAR/data/train [--write] [--list N]");
  process.exit(2);
}
const dir = path.resolve(values.dir);
refuseTest(dir);
if (!/(^|[\\/])train([\\/]|$)/.test(dir)) {
  console.error("the lexicon is learned from data/train only");
  process.exit(2);
}

type Label = "right" | "outside" | "other";
interface Candidate {
  lemma: string;
  /** Every figure of the verb's clause (the lemma's evidence with --basis all). */
  labels: Label[];
  /** The figures of the clause the grammar leaves to the document today, in an unquoted sentence. */
  open: Label[];
}
/** Per document, per sentence: the candidates in token order. */
const documents: Candidate[][][] = [];

const known = new Set([
  ...REPORTING_FORMS.values(),
  ...QUOTING_FORMS.values(),
  ...QUOTE_OPENING_FORMS.values(),
  ...CONDITIONAL_FORMS.values(),
  ...INTENT_FORMS.values(),
]);
const inside = (q: Span, spans: Span[]) => spans.some((s) => s.start <= q.start && q.end <= s.end);
const covers = (spans: Span[] | null, t: Span) => (spans ?? []).some((s) => s.start < t.end && t.start < s.end);

const t0 = performance.now();
for (const base of listDocuments(dir)) {
  const { text, gold } = readDocument(dir, base);
  const out = analyze({ id: base, text });
  const claims = new Map(out.claims.map((c) => [c.id, c]));
  const registry = createSourceRegistry();
  const sentences: Candidate[][] = [];
  for (const sentence of segment(text)) {
    const figures = out.quantities.filter((q) => sentence.start <= q.start && q.end <= sentence.end);
    if (figures.length === 0) continue;
    const quoted = /["“”]|''/.test(sentence.text);
    const tokens = sentence.tokens;
    const candidates: Candidate[] = [];
    for (let i = 1; i < tokens.length - 1; i++) {
      const lemma = tokens[i].lemma;
      if (tokens[i].pos !== "VERB" || known.has(lemma)) continue;
      const match = actionCueAt(text, tokens, i, registry);
      if (!match) continue;
      let end = sentence.end;
      for (let b = i + 1; b < tokens.length - 2; b++)
        if (isClauseBoundary(tokens, b)) {
          end = tokens[b].start;
          break;
        }
      const from = tokens[match.scope]?.start ?? sentence.start;
      const label = (q: Span): Label => {
        const holding = gold.filter((g: GoldAttribution) => inside(q, g.content));
        if (holding.length === 0) return "outside";
        return holding.some((g) => g.source && covers(g.cue, tokens[i])) ? "right" : "other";
      };
      const clause = figures.filter((q) => q.start >= from && q.end <= end);
      const labels = clause.map(label);
      // What the grammar would change: figures it leaves to the document, in an unquoted sentence.
      const open = quoted ? [] : clause.filter((q) => claims.get(q.claimId)?.source.kind === "unattributed").map(label);
      if (labels.length > 0) candidates.push({ lemma, labels, open });
    }
    if (candidates.length > 0) sentences.push(candidates);
  }
  documents.push(sentences);
}

interface Count {
  right: number;
  outside: number;
  other: number;
}
function counts(docs: number[]): Map<string, Count> {
  const m = new Map<string, Count>();
  for (const d of docs)
    for (const sentence of documents[d])
      for (const c of sentence) {
        const n = m.get(c.lemma) ?? { right: 0, outside: 0, other: 0 };
        for (const l of values.basis === "all" ? c.labels : c.open) n[l]++;
        m.set(c.lemma, n);
      }
  return m;
}
const precision = (n: Count) => n.right / Math.max(1, n.right + n.outside + n.other);
function select(m: Map<string, Count>, minPrecision: number, support: number): Set<string> {
  return new Set([...m].filter(([, n]) => n.right >= support && precision(n) >= minPrecision).map(([l]) => l));
}
/** The first kept verb of each sentence credits its clause, as lib/extract/attribution/action.ts does. */
function measure(docs: number[], kept: Set<string>): Count {
  const total = { right: 0, outside: 0, other: 0 };
  for (const d of docs)
    for (const sentence of documents[d]) {
      const first = sentence.find((c) => kept.has(c.lemma));
      if (first) for (const l of first.open) total[l]++;
    }
  return total;
}

const all = documents.map((_, d) => d);
const folds = [0, 1, 2].map((k) => all.filter((d) => d % 3 === k));
const ratio = Number(values.ratio);
const grid: Array<{ p: number; s: number; held: Count; size: number }> = [];
for (const p of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
  for (const s of [2, 3, 4, 5, 8]) {
    const held = { right: 0, outside: 0, other: 0 };
    let size = 0;
    for (let k = 0; k < 3; k++) {
      const train = all.filter((d) => d % 3 !== k);
      const kept = select(counts(train), p, s);
      size += kept.size;
      const n = measure(folds[k], kept);
      held.right += n.right;
      held.outside += n.outside;
      held.other += n.other;
    }
    grid.push({ p, s, held, size: Math.round(size / 3) });
  }
console.log(`${documents.length} train documents (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log(
  "cross-validation inside train (3 folds; held-out figures summed): precision, support -> right / outside / other, lemmas",
);
for (const g of grid)
  console.log(`  p>=${g.p} s>=${g.s}: ${g.held.right} / ${g.held.outside} / ${g.held.other}  (~${g.size} lemmas)`);
const ok = grid.filter((g) => g.held.outside <= ratio * g.held.right);
const best = ok.sort((a, b) => b.held.right - a.held.right || a.held.outside - b.held.outside)[0];
const full = counts(all);
console.log(`\nlemmas by right figures (all of train): lemma right/outside/other precision`);
for (const [lemma, n] of [...full].sort((a, b) => b[1].right - a[1].right).slice(0, Number(values.list)))
  console.log(`  ${lemma} ${n.right}/${n.outside}/${n.other} ${precision(n).toFixed(2)}`);
if (!best) {
  console.log(`\nno threshold keeps outside credits under ${ratio} of the right ones`);
  process.exit(0);
}
const p = values.precision ? Number(values.precision) : best.p;
const s = values.support ? Number(values.support) : best.s;
const kept = [...select(full, p, s)].sort();
console.log(
  `\nchosen: precision >= ${best.p}, support >= ${best.s}; written: >= ${p}, >= ${s}; from all of train: ${kept.join(" ")}`,
);
if (values.write) {
  const file = path.join(import.meta.dirname, "../lib/extract/lexicon/learned-cues.ts");
  writeFileSync(
    file,
    `/**
 * Verb lemmas learned from PolNeAR train as cues of figures: generated by \`npx tsx scripts/derive-cue-verbs-polnear.ts
 * --dir .../PolNeAR/data/train --write\` (do not edit by hand). Thresholds chosen by 3-fold cross-validation inside
 * train chose precision >= ${best.p}, at least ${best.s} right figures; written with >= ${p}, >= ${s}. Not wired: a
 * grammar would call actionCueAt (lib/extract/attribution/action.ts) for these lemmas as a last cue of an unquoted
 * sentence, as intent.ts does (docs/dev-report-attribution-polnear.md, nineteenth session).
 */
export const LEARNED_CUE_LEMMAS: ReadonlySet<string> = new Set<string>(${JSON.stringify(kept)});
`,
  );
  console.log(`wrote ${file}`);
}
