/**
 * `npx tsx scripts/dev-report-ecbplus.ts [--errors]`
 *
 * Scores analyze() on the 15 ECB+ articles checked by hand (tests/fixtures/ecbplus-dev/gold.json): quantity
 * precision and recall (a prediction counts when it overlaps the gold quote and has its value), attribution accuracy
 * (the cue inside the gold quote, the source among the accepted names) and in-document conflict flags against the
 * ones an editor would raise. `--errors` lists every miss. Figures go to docs/dev-report-ecbplus.md.
 * `--flags DIR` instead extracts every .txt in DIR (e.g. all 844 ECB+ articles) and lists the in-document flags,
 * for checking by hand how many are false. `--sources DIR [KIND]` lists every source the claims of DIR's articles
 * are credited to, with its kind and claim count (most first; only KIND when given, e.g. "person"): wrong names in
 * the source column ("Santa Rosa" as a person) show up here first.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../lib/analysis/analyze.ts";
import type { Extraction } from "../lib/extract/schema.ts";

interface GoldQuantity {
  quote: string;
  value: number | null;
  optional?: boolean;
}
interface GoldAttribution {
  quote: string;
  source: string[];
}
interface GoldArticle {
  file: string;
  quantities: GoldQuantity[];
  attributions: GoldAttribution[];
  conflicts: string[][];
}

const dir = path.resolve(import.meta.dirname, "..", "tests/fixtures/ecbplus-dev");
const flagsIndex = process.argv.indexOf("--flags");
if (flagsIndex >= 0) {
  listFlags(process.argv[flagsIndex + 1] ?? "../shared/fixtures/dev/ecbplus");
  process.exit(0);
}
const sourcesIndex = process.argv.indexOf("--sources");
if (sourcesIndex >= 0) {
  listSources(process.argv[sourcesIndex + 1] ?? "../shared/fixtures/dev/ecbplus", process.argv[sourcesIndex + 2]);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as { articles: GoldArticle[] };
const showErrors = process.argv.includes("--errors");

const total = {
  tp: 0,
  fp: 0,
  fn: 0,
  attrGold: 0,
  attrRight: 0,
  cues: 0,
  cuesRight: 0,
  conflicts: 0,
  falseConflicts: 0,
  soft: 0,
};
const rows: string[] = [];
const errors: string[] = [];

for (const article of gold.articles) {
  const text = readFileSync(path.join(dir, article.file), "utf8");
  const out = analyze({ id: article.file, text });
  const q = scoreQuantities(text, out, article.quantities);
  const a = scoreAttributions(text, out, article.attributions);
  const conflicts = out.discrepancies.filter((d) => d.verdict === "conflict");
  const falseConflicts = conflicts.filter((d) => !article.conflicts.some((g) => sameMembers(g, d.members)));
  for (const d of falseConflicts)
    errors.push(`${article.file}: false conflict ${d.members.join(",")}: ${d.explanation}`);
  total.tp += q.tp;
  total.fp += q.fp;
  total.fn += q.fn;
  total.attrGold += article.attributions.length;
  total.attrRight += a.right;
  total.cues += a.cues;
  total.cuesRight += a.cuesRight;
  total.conflicts += conflicts.length;
  total.falseConflicts += falseConflicts.length;
  total.soft += out.discrepancies.length - conflicts.length;
  rows.push(
    `| ${article.file} | ${q.tp} | ${q.fp} | ${q.fn} | ${a.right}/${article.attributions.length} | ${a.cuesRight}/${a.cues} | ${conflicts.length} (${falseConflicts.length} false) |`,
  );
  errors.push(...q.errors.map((e) => `${article.file}: ${e}`), ...a.errors.map((e) => `${article.file}: ${e}`));
}

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
console.log("| article | quantities TP | FP | FN | attributions right / gold | cues right / predicted | conflicts |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
const precision = total.tp / (total.tp + total.fp);
const recall = total.tp / (total.tp + total.fn);
console.log(
  `\nquantities: precision ${pct(total.tp, total.tp + total.fp)}, recall ${pct(total.tp, total.tp + total.fn)}, ` +
    `F1 ${(100 * ((2 * precision * recall) / (precision + recall))).toFixed(1)} (TP ${total.tp}, FP ${total.fp}, FN ${total.fn})`,
);
console.log(
  `attributions: ${total.attrRight}/${total.attrGold} gold cues found with the right source (${pct(total.attrRight, total.attrGold)}); ` +
    `${total.cuesRight}/${total.cues} predicted cues right (${pct(total.cuesRight, total.cues)})`,
);
console.log(`in-document flags: ${total.conflicts} conflicts (${total.falseConflicts} false), ${total.soft} soft`);
if (showErrors) for (const e of errors) console.log(`- ${e}`);

function locate(text: string, quotes: string[]): Array<[number, number]> {
  let from = 0;
  return quotes.map((quote) => {
    const at = text.indexOf(quote, from);
    if (at < 0) throw new Error(`gold quote not found: ${quote}`);
    // The next quote is searched after this one starts: a repeated quote finds the next occurrence.
    from = at + 1;
    return [at, at + quote.length];
  });
}

function overlaps(a: [number, number], start: number, end: number): boolean {
  return start < a[1] && a[0] < end;
}

function scoreQuantities(text: string, out: Extraction, goldQuantities: GoldQuantity[]) {
  const spans = locate(
    text,
    goldQuantities.map((g) => g.quote),
  );
  const used = new Set<number>();
  let tp = 0;
  let fp = 0;
  const errors: string[] = [];
  for (const q of out.quantities) {
    const hit = spans.findIndex(
      (s, i) => !used.has(i) && overlaps(s, q.start, q.end) && valueMatches(goldQuantities[i].value, q.value),
    );
    if (hit >= 0) {
      used.add(hit);
      if (!goldQuantities[hit].optional) tp++;
      continue;
    }
    fp++;
    errors.push(`quantity FP "${q.text}" value ${q.value}`);
  }
  let fn = 0;
  goldQuantities.forEach((g, i) => {
    if (used.has(i) || g.optional) return;
    fn++;
    errors.push(`quantity FN "${g.quote}" (${g.value})`);
  });
  return { tp, fp, fn, errors };
}

function valueMatches(expected: number | null, actual: number): boolean {
  return expected === null || Math.abs(expected - actual) <= 1e-3 * Math.max(1, Math.abs(expected));
}

function scoreAttributions(text: string, out: Extraction, goldAttributions: GoldAttribution[]) {
  const spans = locate(
    text,
    goldAttributions.map((g) => g.quote),
  );
  const cues = new Map<number, { start: number; end: number; name: string; text: string }>();
  for (const c of out.claims) {
    const cue = c.source.cue;
    if (cue) cues.set(cue.start, { start: cue.start, end: cue.end, name: c.source.name, text: cue.text });
  }
  const errors: string[] = [];
  let right = 0;
  goldAttributions.forEach((g, i) => {
    const cue = [...cues.values()].find((c) => overlaps(spans[i], c.start, c.end));
    if (cue && nameMatches(cue.name, g.source)) right++;
    else
      errors.push(
        `attribution "${g.quote}": expected ${g.source[0]}, got ${cue ? `${cue.name} (cue "${cue.text}")` : "no cue"}`,
      );
  });
  let cuesRight = 0;
  for (const cue of cues.values()) {
    const i = spans.findIndex((s) => overlaps(s, cue.start, cue.end));
    if (i >= 0 && nameMatches(cue.name, goldAttributions[i].source)) cuesRight++;
    else if (i < 0) errors.push(`cue FP "${cue.text}" -> ${cue.name}`);
  }
  return { right, cues: cues.size, cuesRight, errors };
}

function nameMatches(name: string, accepted: string[]): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, "")
      .trim();
  return accepted.some((a) => norm(a) === norm(name));
}

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

function listFlags(folder: string): void {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  let conflicts = 0;
  let soft = 0;
  for (const file of files) {
    const out = analyze({ id: file, text: readFileSync(path.join(folder, file), "utf8") });
    const byId = new Map(out.quantities.map((q) => [q.id, q]));
    for (const d of out.discrepancies) {
      if (d.verdict === "conflict") conflicts++;
      else soft++;
      const figures = d.members.map((m) => `"${byId.get(m)?.text}" [${byId.get(m)?.concept}]`).join(" / ");
      console.log(`${file}\t${d.verdict}\t${d.explanation}\t${figures}`);
    }
  }
  console.log(`${files.length} documents: ${conflicts} conflict flags, ${soft} soft flags`);
}

function listSources(folder: string, kind: string | undefined): void {
  const files = readdirSync(folder).filter((f) => f.endsWith(".txt"));
  const counts = new Map<string, number>();
  for (const file of files) {
    const out = analyze({ id: file, text: readFileSync(path.join(folder, file), "utf8") });
    for (const c of out.claims) {
      if (c.source.kind === "unattributed" || (kind !== undefined && c.source.kind !== kind)) continue;
      const key = `${c.source.kind}\t${c.source.name}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`${n}\t${key}`);
  console.log(`${files.length} documents, ${counts.size} sources`);
}
