/**
 * Dev report: scores findQuantities on the Recognizers-Text English number specs and on quantulum3's English cases.
 * Reads ../shared/fixtures/dev at run time (development data, not shipped with the project).
 * Run: npx tsx scripts/dev-report-numbers.ts [--failures N] [--speed] [--sample quantities|dates --seed S]
 * (results: docs/dev-report-numbers.md; --sample prints 50 random ECB+ mentions with context, for judging by hand)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findDates } from "../lib/extract/dates/dates.ts";
import { CURRENCY_WORDS, QUALIFIED_CURRENCIES } from "../lib/extract/lexicon/units.ts";
import { findQuantities, type QuantityMention } from "../lib/extract/quantities/quantities.ts";
import { type SentenceSegment, segment } from "../lib/extract/tokens/segment.ts";

const DEV = process.env.CLAIMTRACK_DEV_DATA ?? path.resolve(process.cwd(), "../shared/fixtures/dev");
const failuresArg = process.argv.indexOf("--failures");
const SHOW_FAILURES = failuresArg > 0 ? Number(process.argv[failuresArg + 1] ?? 10) : 0;
const SPEED = process.argv.includes("--speed");
const sampleArg = process.argv.indexOf("--sample");
const SAMPLE = sampleArg > 0 ? (process.argv[sampleArg + 1] ?? "quantities") : null;
const seedArg = process.argv.indexOf("--seed");
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 42;

interface Gold {
  value: number;
  unit: string | null;
  surface: string;
}

interface Case {
  input: string;
  gold: Gold[];
}

interface Score {
  name: string;
  cases: number;
  gold: number;
  found: number;
  valueHits: number;
  foundHits: number;
  unitGold: number;
  unitHits: number;
  failures: string[];
}

/** Unit names of the two datasets mapped onto ours; unknown names are compared after lower-casing. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  dollar: "USD",
  "united states dollar": "USD",
  euro: "EUR",
  pound: "GBP",
  "pound sterling": "GBP",
  "british pound": "GBP",
  "japanese yen": "JPY",
  yen: "JPY",
  "chinese yuan": "CNY",
  yuan: "CNY",
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "hong kong dollar": "HKD",
  cent: "USD-cent",
  penny: "GBP-pence",
  pence: "GBP-pence",
  kilometre: "km",
  kilometer: "km",
  metre: "m",
  meter: "m",
  centimetre: "cm",
  centimeter: "cm",
  millimetre: "mm",
  millimeter: "mm",
  kilogram: "kg",
  gram: "g",
  milligram: "mg",
  "square kilometre": "square km",
  "square kilometer": "square km",
  "square mile": "square mile",
  "square meter": "square m",
  "square metre": "square m",
  percentage: "percent",
  percent: "percent",
  "degree celsius": "celsius",
  c: "celsius",
  "degree fahrenheit": "fahrenheit",
  f: "fahrenheit",
  "metric ton": "ton",
  tonne: "ton",
  litre: "litre",
  liter: "litre",
  milliliter: "ml",
  "kilometre per hour": "km per hour",
  "kilometer per hour": "km per hour",
  "mile per hour": "mile per hour",
  "dollar per hour": "USD per hour",
  "ton per day": "ton per day",
  "swiss franc": "CHF",
  franc: "franc",
  "netherlands guilder": "NLG",
  "finnish markka": "FIM",
  "cubic kilometre": "cubic km",
  "cubic foot": "cubic foot",
  "cubic centimetre": "cubic cm",
  degree: "degree",
  foot: "foot",
  "megawatt hour": "MWh",
  "watt hour": "Wh",
  electronvolt: "eV",
  teraelectronvolt: "TeV",
  centilitre: "cl",
  inch: "inch",
  mile: "mile",
  gallon: "gallon",
  barrel: "barrel",
  ton: "ton",
  acre: "acre",
  gigahertz: "GHz",
  megabyte: "MB",
};

/** Gold unit names through the aliases and our own currency names; ours lose a rate suffix ("USD per share"). */
function normUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.toLowerCase().replace(/ per .*$/, "");
  return (UNIT_ALIASES[u] ?? QUALIFIED_CURRENCIES[u] ?? CURRENCY_WORDS[u] ?? u).toLowerCase();
}

function parseResolution(value: string): number[] {
  const interval = /^[[(]\s*([^,]*),\s*([^\])]*)[\])]$/.exec(value);
  if (interval) return [interval[1], interval[2]].filter((v) => v.trim() !== "").map(Number);
  return [Number(value.replace(/%$/, ""))];
}

function loadRecognizers(file: string, unitful: boolean): Case[] {
  const specs = JSON.parse(readFileSync(path.join(DEV, "recognizers-text-en", file), "utf8")) as Array<{
    Input: string;
    Results?: Array<{ Text: string; Resolution?: { value?: string; unit?: string } }>;
  }>;
  return specs.map((s) => ({
    input: s.Input,
    gold: (s.Results ?? []).flatMap((r) =>
      parseResolution(r.Resolution?.value ?? "NaN").map((value) => ({
        value,
        unit: unitful ? (r.Resolution?.unit ?? null) : file.includes("Percent") ? "percent" : null,
        surface: r.Text,
      })),
    ),
  }));
}

function loadQuantulum(): Case[] {
  const specs = JSON.parse(readFileSync(path.join(DEV, "quantulum3-en", "quantities.json"), "utf8")) as Array<{
    req: string;
    res: Array<{ value: number; unit: string; surface: string }>;
  }>;
  return specs.map((s) => ({
    input: s.req,
    gold: s.res.map((r) => ({ value: r.value, unit: r.unit === "dimensionless" ? null : r.unit, surface: r.surface })),
  }));
}

/**
 * The values a mention asserts: the figure, the upper end of a written range, and the total of "26 of 31".
 * A written range also matches a gold value at its midpoint (quantulum3 resolves "3 to 4 L" to 3.5).
 */
function valuesOf(q: QuantityMention): Array<{ value: number; alt: number | null; upper: boolean }> {
  const written =
    q.modifier === "range" &&
    q.high !== null &&
    !/^(?:dozens|hundreds|thousands|millions|tens|scores|several|a few)/i.test(q.text);
  const mid = written && q.high !== null ? (q.value + q.high) / 2 : null;
  const out = [{ value: q.value, alt: mid, upper: false }];
  if (written && q.high !== null) out.push({ value: q.high, alt: null, upper: true });
  if (q.of !== null) out.push({ value: q.of, alt: null, upper: false });
  return out;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)) || (Math.abs(a - b) < 5e-4 && Math.abs(b) < 1);
}

function score(name: string, cases: Case[]): Score {
  const s: Score = {
    name,
    cases: cases.length,
    gold: 0,
    found: 0,
    valueHits: 0,
    foundHits: 0,
    unitGold: 0,
    unitHits: 0,
    failures: [],
  };
  for (const c of cases) {
    const mentions = segment(c.input).flatMap((sentence) => findQuantities(sentence));
    const found = mentions.flatMap((q) => valuesOf(q).map((v) => ({ ...v, unit: q.unit, text: q.text })));
    s.gold += c.gold.length;
    s.found += found.length;
    const used = new Set<number>();
    /** Upper ends of ranges whose midpoint matched: one figure in the gold, not an extra. */
    const absorbed = new Set<number>();
    const missed: string[] = [];
    for (const g of c.gold) {
      let k = found.findIndex((f, i) => !used.has(i) && same(f.value, g.value));
      if (k < 0) {
        k = found.findIndex((f, i) => !used.has(i) && f.alt !== null && same(f.alt, g.value));
        if (k >= 0 && found[k + 1]?.upper) absorbed.add(k + 1);
      }
      if (k >= 0) {
        used.add(k);
        s.valueHits++;
      } else missed.push(`${g.surface}=${g.value}`);
      if (g.unit !== null) {
        s.unitGold++;
        if (k >= 0 && normUnit(found[k].unit) === normUnit(g.unit)) s.unitHits++;
        else if (k >= 0) missed.push(`unit ${found[k].unit} != ${g.unit}`);
      }
    }
    for (const i of absorbed) if (!used.has(i)) s.found--;
    s.foundHits += used.size;
    const extra = found.filter((_, i) => !used.has(i) && !absorbed.has(i)).map((f) => `${f.text}=${f.value}`);
    if (missed.length > 0 || extra.length > 0) {
      s.failures.push(
        `${JSON.stringify(c.input.slice(0, 140))}\n    missed: ${missed.join("; ") || "-"}\n    extra: ${extra.join("; ") || "-"}`,
      );
    }
  }
  return s;
}

function pct(n: number, d: number): string {
  return d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}`;
}

/**
 * Words per second of findQuantities + findDates alone over about 1 MB of ECB+ news text, against the segmenter
 * (wink tokenizing + tagging) on the same text. Best of three runs after a warm-up.
 */
function speed(): void {
  const dir = path.join(DEV, "ecbplus");
  let text = "";
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    if (text.length >= 1_000_000) break;
    text += `${readFileSync(path.join(dir, file), "utf8")}\n`;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const reference = new Date("2026-01-10T00:00:00Z");
  let segmentMs = Number.POSITIVE_INFINITY;
  let sentences = segment(text);
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    sentences = segment(text);
    segmentMs = Math.min(segmentMs, performance.now() - t0);
  }
  let ownMs = Number.POSITIVE_INFINITY;
  let found = 0;
  for (let run = 0; run < 6; run++) {
    const t0 = performance.now();
    found = 0;
    for (const sentence of sentences) found += findQuantities(sentence).length + findDates(sentence, reference).length;
    if (run > 0) ownMs = Math.min(ownMs, performance.now() - t0);
  }
  const rate = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString("en-US");
  console.log(
    `\nSpeed on ${(text.length / 1e6).toFixed(2)} MB of ECB+ text, ${words.toLocaleString("en-US")} words, ${found} quantities + dates:`,
  );
  console.log(`- segment() (wink tokens + POS, the baseline): ${segmentMs.toFixed(0)} ms, ${rate(segmentMs)} words/s`);
  console.log(`- findQuantities + findDates alone: ${ownMs.toFixed(0)} ms, ${rate(ownMs)} words/s`);
}

/**
 * Prints up to 50 random mentions from ECB+ with their context, for a hand check. The generator is a fixed LCG so
 * a seed reproduces the sample in docs/dev-report-numbers.md (dates resolved against 2008-12-15).
 */
function sample(kind: string, seed: number): void {
  const dir = path.join(DEV, "ecbplus");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  let state = seed;
  const rnd = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const reference = new Date("2008-12-15");
  const lines: string[] = [];
  for (let n = 0; n < 60 && lines.length < 50; n++) {
    const file = files[Math.floor(rnd() * files.length)];
    const text = readFileSync(path.join(dir, file), "utf8");
    const found: Array<{ s: SentenceSegment; d: { text: string; start: number; end: number }; line: string }> = [];
    for (const s of segment(text)) {
      if (kind === "dates") {
        for (const d of findDates(s, reference))
          found.push({ s, d, line: `${d.resolved}..${d.resolvedEnd} ${d.qualifier}` });
      } else {
        for (const d of findQuantities(s)) {
          found.push({ s, d, line: `v=${d.value} ${d.modifier} [${d.low},${d.high}] of=${d.of} unit=${d.unit}` });
        }
      }
    }
    if (found.length === 0) continue;
    const { s, d, line } = found[Math.floor(rnd() * found.length)];
    const context = text.slice(Math.max(s.start, d.start - 50), Math.min(s.end, d.end + 40)).replace(/\n/g, " ");
    lines.push(`${file.slice(5, 22)} [${d.text}] ${line} :: ${context}`);
  }
  console.log(lines.join("\n"));
}

function main(): void {
  if (!existsSync(DEV)) {
    console.error(`No development data at ${DEV} (set CLAIMTRACK_DEV_DATA).`);
    process.exit(1);
  }
  if (SAMPLE) {
    sample(SAMPLE, SEED);
    return;
  }
  const sets: Array<[string, Case[]]> = [
    ["Recognizers Number", loadRecognizers("Number__NumberModel.json", false)],
    ["Recognizers NumberRange", loadRecognizers("Number__NumberRangeModel.json", false)],
    ["Recognizers Percent", loadRecognizers("Number__PercentModel.json", false)],
    ["Recognizers Currency", loadRecognizers("NumberWithUnit__CurrencyModel.json", true)],
    ["Recognizers Dimension", loadRecognizers("NumberWithUnit__DimensionModel.json", true)],
    ["Recognizers Temperature", loadRecognizers("NumberWithUnit__TemperatureModel.json", true)],
    ["Recognizers Age", loadRecognizers("NumberWithUnit__AgeModel.json", true)],
    ["quantulum3 quantities", loadQuantulum()],
  ];
  console.log(
    "| Set | cases | gold values | found values | value P | value R | value F1 | unit acc. (gold with unit) |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  const scores = sets.map(([name, cases]) => score(name, cases));
  for (const s of scores) {
    const p = s.found === 0 ? 0 : s.foundHits / s.found;
    const r = s.gold === 0 ? 0 : s.valueHits / s.gold;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(
      `| ${s.name} | ${s.cases} | ${s.gold} | ${s.found} | ${pct(s.foundHits, s.found)} | ${pct(s.valueHits, s.gold)} | ${(100 * f1).toFixed(1)} | ${pct(s.unitHits, s.unitGold)} (${s.unitGold}) |`,
    );
  }
  if (SPEED) speed();
  if (SHOW_FAILURES > 0) {
    for (const s of scores) {
      console.log(`\n## ${s.name}: ${s.failures.length} cases with a difference`);
      for (const f of s.failures.slice(0, SHOW_FAILURES)) console.log(`- ${f}`);
    }
  }
}

main();
