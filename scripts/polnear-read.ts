/**
 * PolNeAR brat standoff reader (networkdynamics/PolNeAR: Source / Cue / Content spans), shared by
 * dev-report-attribution-polnear.ts and derive-cue-verbs-polnear.ts. Split from the dev report (no behaviour change).
 * data/test is held out: {@link refuseTest} exits when a path names it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Span {
  start: number;
  end: number;
}
export interface GoldAttribution {
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[];
}

/** Exits the process when `dir` is PolNeAR's held-out test split. */
export function refuseTest(dir: string): void {
  if (/(^|[\\/])test([\\/]|$)/.test(dir)) {
    console.error("refusing data/test: PolNeAR's test split is held out for evaluation");
    process.exit(2);
  }
}

/** brat offsets count Unicode code points; JavaScript strings count UTF-16 units. */
function codePointIndex(text: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  map.push(text.length);
  return map;
}

export function readAnnotation(ann: string, text: string): GoldAttribution[] {
  const at = codePointIndex(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const [type, ...rest] = cols[1].split(" ");
      const pieces = rest
        .join(" ")
        .split(";")
        .map((p) => p.trim().split(" ").map(Number))
        .map(([s, e]) => ({ start: at[s] ?? s, end: at[e] ?? e }));
      spans.set(cols[0], { type, spans: pieces });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) events.push(cols[1]);
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const roles = new Map<string, Span[]>();
    for (const part of e.split(" ").slice(1)) {
      const [role, id] = part.split(":");
      const s = spans.get(id);
      if (s) roles.set(role.replace(/\d+$/, ""), s.spans);
    }
    const content = roles.get("Content");
    if (!content) continue;
    out.push({ source: roles.get("Source") ?? null, cue: roles.get("Cue") ?? null, content });
  }
  return out;
}

/**
 * The documents of a split, sorted by name: a text annotated by more than one annotator is read with the first
 * annotation file in name order.
 */
export function listDocuments(dir: string): string[] {
  const annFor = polnearAnnotationFiles(dir);
  return [...annFor.keys()].sort();
}

function polnearAnnotationFiles(dir: string): Map<string, string> {
  const annFiles = readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const annFor = new Map<string, string>();
  for (const f of annFiles) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (!annFor.has(base)) annFor.set(base, f);
  }
  return annFor;
}

const annotationCache = new Map<string, Map<string, string>>();

/** One document's text and gold attributions. */
export function readDocument(dir: string, base: string): { text: string; gold: GoldAttribution[] } {
  let annFor = annotationCache.get(dir);
  if (!annFor) {
    annFor = polnearAnnotationFiles(dir);
    annotationCache.set(dir, annFor);
  }
  const text = readFileSync(path.join(dir, "text", `${base}.txt`), "utf8");
  const gold = readAnnotation(readFileSync(path.join(dir, "attributions", annFor.get(base) as string), "utf8"), text);
  return { text, gold };
}
