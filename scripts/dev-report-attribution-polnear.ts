/**
 * Development report for attribution on PolNeAR (political news attribution relations, networkdynamics/PolNeAR,
 * brat standoff: Source / Cue / Content spans). The texts are the outlets': keep them outside the repository.
 *
 *   npx tsx scripts/dev-report-attribution-polnear.ts --dir /work/corpora/polnear/data/dev [--errors N] [--json]
 *
 * Only data/train and data/dev may be given; data/test is held out and the script refuses it.
 *
 * (a) Figures inside attributed content: every figure analyze() finds inside the Content of a gold attribution that
 *     has a Source — is the claim holding it credited to that Source? A credit is right when the source name (or
 *     one of its aliases) shares a content word with the gold Source text; a gold Source that is a pronoun ("he",
 *     "they", "who") is first resolved to the nearest preceding non-pronoun gold Source (a capitalized one for
 *     he/she). Counted per figure and per attribution (all of its figures right). Also: figures outside every gold
 *     Content that we credit to a source (the document's own narration given to someone).
 * (b) Source and Cue spans over all attributions, numeric or not: our attributions (one per sentence attribution
 *     and its second clause) against the gold ones, exact (trimmed spans equal) and partial (any overlap) P/R/F1.
 *     Our source span is the attribution frame without the cue (the frame is source words + cue).
 *
 * A text annotated by more than one annotator is scored against the first annotation file in name order.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../lib/analysis/analyze.ts";
import { attributeSentences } from "../lib/extract/attribution/attribution.ts";
import { createSourceRegistry } from "../lib/extract/attribution/sources.ts";
import { segment } from "../lib/extract/tokens/segment.ts";
import { type GoldAttribution, listDocuments, readDocument, refuseTest, type Span } from "./polnear-read.ts";

const USAGE =
  "usage: dev-report-attribution-polnear.ts --dir PATH/TO/PolNeAR/data/dev [--errors N] [--show CATEGORY|outside] [--limit N] [--json]";
const values = (() => {
  try {
    return parseArgs({
      options: {
        dir: { type: "string" },
        errors: { type: "string", default: "0" },
        json: { type: "boolean", default: false },
        limit: { type: "string" },
        /**
         * Print the misses of one category (as listed under "misses by kind"), or "reporting" / "other": the misses
         * under a reporting cue or any other cue; "outside": figures credited where no gold Content holds them.
         */
        show: { type: "string" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (!values.dir) {
  console.error(USAGE);
  process.exit(2);
}
const dir = path.resolve(values.dir);
refuseTest(dir);

const PRONOUNS = new Set("he she they it we i him her them us you who which whom this that".split(" "));
const STOP = new Set(
  "the a an of for at in on and to from with by its his her their our my 's ’s mr mr. mrs mrs. ms ms. dr dr. said also new other some".split(
    " ",
  ),
);

function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/[^\p{L}\p{N}.-]+/u)
      .map((w) => w.replace(/^[.-]+|[.-]+$/g, ""))
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

const textOf = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(" ");
const isPronoun = (s: string) => PRONOUNS.has(s.trim().toLowerCase());

/** The gold Source text, with a pronoun replaced by the nearest preceding non-pronoun gold Source. */
function resolvedSource(text: string, gold: GoldAttribution[], g: GoldAttribution): string {
  const raw = textOf(text, g.source ?? []);
  if (!isPronoun(raw)) return raw;
  const personal = /^(he|she|him|her)$/i.test(raw.trim());
  const at = (g.source ?? [])[0]?.start ?? 0;
  let best: { start: number; text: string } | null = null;
  for (const other of gold) {
    const s = other.source?.[0];
    if (!s || s.start >= at) continue;
    const t = textOf(text, other.source ?? []);
    if (isPronoun(t) || (personal && !/\p{Lu}/u.test(t))) continue;
    if (!best || s.start > best.start) best = { start: s.start, text: t };
  }
  return best ? best.text : raw;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,.;:"“”'‘’()—–-]/.test(text[start])) start++;
  while (end > start && /[\s,.;:"“”'‘’()—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** One span per role: the hull of the pieces, trimmed. */
function hull(text: string, spans: Span[] | null): Span | null {
  if (!spans || spans.length === 0) return null;
  const s = trim(text, { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) });
  return s.end > s.start ? s : null;
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  tpPartial = 0;
  fpPartial = 0;
  fnPartial = 0;
  add(gold: Span[], predicted: Span[]): void {
    const key = (s: Span) => `${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const k of predKeys) if (goldKeys.has(k)) this.tp++;
    this.fp += [...predKeys].filter((k) => !goldKeys.has(k)).length;
    this.fn += [...goldKeys].filter((k) => !predKeys.has(k)).length;
    const hit = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    const matchedPred = predicted.filter((p) => gold.some((g) => hit(g, p))).length;
    const matchedGold = gold.filter((g) => predicted.some((p) => hit(g, p))).length;
    this.tpPartial += matchedGold;
    this.fnPartial += gold.length - matchedGold;
    this.fpPartial += predicted.length - matchedPred;
  }
  row(name: string): string {
    const prf = (tp: number, fp: number, fn: number) => {
      const p = tp / Math.max(1, tp + fp);
      const r = tp / Math.max(1, tp + fn);
      const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      return `P ${pct(p)} R ${pct(r)} F1 ${pct(f)}`;
    };
    return `${name}: exact ${prf(this.tp, this.fp, this.fn)} | partial ${prf(this.tpPartial, this.fpPartial, this.fnPartial)}`;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

let docs = listDocuments(dir);
if (values.limit) docs = docs.slice(0, Number(values.limit));

let figures = 0;
let figuresRight = 0;
let figuresUnattributed = 0;
let attributionsWithFigures = 0;
let attributionsRight = 0;
let figuresNoSource = 0;
let figuresOutside = 0;
let figuresOutsideCredited = 0;
let goldCount = 0;
let words = 0;
const sourceTally = new Tally();
const cueTally = new Tally();
const errors: string[] = [];
const categories = new Map<string, number>();
/**
 * (a) split by what the gold cue is. PolNeAR's attributions include actions and stances ("Sanders named five people",
 * "the legislation bans abortions after 20 weeks", "Clinton is now assured of winning at least 334"): the annotators
 * credit the figure to the actor. A fact-checker's source is who *asserted* the figure. This fixed list of
 * communication, reporting, estimating and belief words (and data nouns), written once on 2026-12-05 before the split
 * was first scored and not tuned since, says which gold cues report; it is a reading aid for the 85% question, not the
 * measure. A cue reports when any of its words matches.
 */
const REPORTING_CUE =
  /\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|report\w*|stat(?:e|es|ed|ing|ement)|announc\w*|claim\w*|not(?:e|es|ed|ing)|explain\w*|wr(?:ite|ites|ote|iting|itten)|argu\w*|insist\w*|warn\w*|estimat\w*|f(?:ind|inds|ound|inding|indings)|show(?:s|ed|n|ing)?|according|cit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|repl(?:y|ies|ied)|respond\w*|confirm\w*|den(?:y|ies|ied)|acknowledg\w*|predict\w*|project(?:s|ed|ion|ions)?|calculat\w*|count(?:s|ed)?|tall(?:y|ied)|poll\w*|survey\w*|stud(?:y|ies)|data|figures|analys[ie]s|records?|suggest\w*|indicat\w*|reveal\w*|declar\w*|tweet\w*|describ\w*|recall\w*|boast\w*|brag\w*|admit\w*|contend\w*|assert\w*|maintain\w*|believ\w*|think|thinks|thought|expect\w*|quot\w*|testif\w*|interview\w*|speech|remarks?|comments?|told)\b/i;
const byCue = { reporting: { figures: 0, right: 0 }, other: { figures: 0, right: 0 } };
const t0 = performance.now();

for (const base of docs) {
  const { text, gold } = readDocument(dir, base);
  goldCount += gold.length;
  words += text.match(/\S+/g)?.length ?? 0;
  const out = analyze({ id: base, text });
  const claims = new Map(out.claims.map((c) => [c.id, c]));
  const aliases = new Map(out.sources.map((s) => [s.name, s.aliases]));
  const inside = (q: Span, spans: Span[]) => spans.some((s) => s.start <= q.start && q.end <= s.end);

  // (a) figures inside gold Content
  const perAttribution = new Map<GoldAttribution, boolean>();
  for (const q of out.quantities) {
    const g = gold.find((x) => inside(q, x.content));
    const claim = claims.get(q.claimId);
    if (!claim) continue;
    if (!g) {
      figuresOutside++;
      if (claim.source.kind !== "unattributed") {
        figuresOutsideCredited++;
        if (values.show === "outside")
          console.log(
            `${base} | ${q.text} | ${claim.source.name} | ${claim.source.cue?.text} | ${claim.text.replace(/\s+/g, " ").slice(0, 200)}`,
          );
      }
      continue;
    }
    if (!g.source) {
      figuresNoSource++;
      continue;
    }
    figures++;
    const want = resolvedSource(text, gold, g);
    const wantWords = contentWords(want);
    const rawWords = contentWords(textOf(text, g.source));
    const names = [claim.source.name, ...(aliases.get(claim.source.name) ?? [])];
    const right = names.some((n) => {
      const got = contentWords(n);
      return overlaps(got, wantWords) || overlaps(got, rawWords);
    });
    if (claim.source.kind === "unattributed") figuresUnattributed++;
    if (!right) {
      // Where the miss comes from: the gold cue in the figure's sentence or elsewhere, a quotation or not.
      const cue = (g.cue ?? [])[0];
      const sentence = out.sentences.find((x) => x.start <= q.start && q.end <= x.end);
      const where = !cue
        ? "no cue"
        : sentence && cue.start >= sentence.start && cue.end <= sentence.end
          ? "cue in sentence"
          : "cue elsewhere";
      const quoted = sentence && /["“”]|''/.test(sentence.text) ? "quoted" : "unquoted";
      const split = out.claims.some(
        (c) => sentence && c.start >= sentence.start && c.end <= sentence.end && c.source.kind !== "unattributed",
      );
      const key = `${where}, ${quoted}, ${claim.source.kind === "unattributed" ? (split ? "left to the document beside an attributed clause" : "left to the document") : "wrong source"}`;
      categories.set(key, (categories.get(key) ?? 0) + 1);
      const reporting = REPORTING_CUE.test(textOf(text, g.cue ?? []));
      if (values.show === key || (values.show === "reporting" && reporting) || (values.show === "other" && !reporting))
        console.log(
          `${base} | ${q.text} | ${textOf(text, g.source)} | ${textOf(text, g.cue ?? [])} | ${claim.source.name} | ${sentence?.text.replace(/\s+/g, " ").slice(0, 240)}`,
        );
    }
    const cueClass = REPORTING_CUE.test(textOf(text, g.cue ?? [])) ? byCue.reporting : byCue.other;
    cueClass.figures++;
    if (right) cueClass.right++;
    if (right) figuresRight++;
    else if (errors.length < Number(values.errors))
      errors.push(
        `${base}: "${q.text}" -> ${claim.source.name} (${claim.source.kind}); gold "${textOf(text, g.source)}"${want !== textOf(text, g.source) ? ` = "${want}"` : ""}\n    ${text.slice(Math.max(0, claim.start), claim.end).replace(/\s+/g, " ").slice(0, 240)}`,
      );
    perAttribution.set(g, (perAttribution.get(g) ?? true) && right);
  }
  attributionsWithFigures += perAttribution.size;
  attributionsRight += [...perAttribution.values()].filter(Boolean).length;

  // (b) Source / Cue spans over all attributions
  const segments = segment(text);
  const found = attributeSentences(text, segments, createSourceRegistry());
  const predictedSources: Span[] = [];
  const predictedCues: Span[] = [];
  for (const first of found) {
    for (let a = first; a; a = a.next) {
      const cue = a.source.cue;
      if (!cue) continue;
      const c = trim(text, cue);
      if (!predictedCues.some((p) => p.start === c.start && p.end === c.end)) predictedCues.push(c);
      if (!a.frame) continue;
      const raw =
        a.frame.start < cue.start ? { start: a.frame.start, end: cue.start } : { start: cue.end, end: a.frame.end };
      const s = trim(text, raw);
      if (s.end > s.start && !predictedSources.some((p) => p.start === s.start && p.end === s.end))
        predictedSources.push(s);
    }
  }
  if (values.show === "missed-cues")
    for (const g of gold) {
      const c = hull(text, g.cue);
      if (c && !predictedCues.some((p) => p.start < c.end && c.start < p.end))
        console.log(
          `MISSED-CUE\t${text.slice(c.start, c.end).toLowerCase()}\t${textOf(text, g.source ?? [])}\t${text.slice(Math.max(0, c.start - 120), c.end + 60).replace(/\s+/g, " ")}`,
        );
    }
  sourceTally.add(
    gold.map((g) => hull(text, g.source)).filter((s): s is Span => s !== null),
    predictedSources,
  );
  cueTally.add(
    gold.map((g) => hull(text, g.cue)).filter((s): s is Span => s !== null),
    predictedCues,
  );
}

const seconds = (performance.now() - t0) / 1000;
const lines = [
  `PolNeAR ${path.basename(dir)}: ${docs.length} documents, ${words} words, ${goldCount} gold attributions (${seconds.toFixed(1)} s)`,
  `(a) figures inside gold Content with a Source: ${figures}; credited to the gold source: ${figuresRight} (${pct(figuresRight / Math.max(1, figures))}); left to the document: ${figuresUnattributed}`,
  `    by gold cue: reporting/communication/estimate/data cues ${byCue.reporting.right}/${byCue.reporting.figures} (${pct(byCue.reporting.right / Math.max(1, byCue.reporting.figures))}); other cues (actions, stances) ${byCue.other.right}/${byCue.other.figures} (${pct(byCue.other.right / Math.max(1, byCue.other.figures))})`,
  `    per attribution (all its figures right): ${attributionsRight}/${attributionsWithFigures} (${pct(attributionsRight / Math.max(1, attributionsWithFigures))})`,
  `    figures inside Content without a Source (not scored): ${figuresNoSource}; figures outside every Content: ${figuresOutside}, of them credited to a source: ${figuresOutsideCredited} (${pct(figuresOutsideCredited / Math.max(1, figuresOutside))})`,
  `(b) ${sourceTally.row("Source span")}`,
  `    ${cueTally.row("Cue span")}`,
];
console.log(lines.join("\n"));
console.log(
  `(a) misses by kind: ${[...categories]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join("; ")}`,
);
if (errors.length > 0) console.log(`\nmisses (first ${errors.length}):\n${errors.join("\n")}`);
if (values.json)
  console.log(
    JSON.stringify({
      figures,
      figuresRight,
      attributionsWithFigures,
      attributionsRight,
      source: sourceTally,
      cue: cueTally,
    }),
  );
