/**
 * Development report on the ECB+ topics no hand-checked cluster comes from (tests/fixtures/clusters,
 * tests/fixtures/clusters-fresh): what an editor would meet on news nobody checked by hand.
 * - the app's event layer run over those articles (undated, as ECB+ gives no publication times; `--dated` reads a
 *   dateline date as the app does), scored as document clustering against ECB+'s sub-events (topic + "ecb"/"plus");
 * - every cross-document conflict pair the app would flag inside those events (`--show` lists them with sentences).
 * No gold for the pairs: read them. docs/dev-report-conflicts.md says what was read from them. Since the fourteenth
 * session every ECB+ topic has hand-checked clusters (their gold replaces this reading), so on the ECB+ folder it finds
 * no article; point `--dir` at another folder of ECB+-named articles to use it again.
 *
 *     npx tsx scripts/dev-report-outside-clusters.ts [--dir /work/shared/fixtures/dev/ecbplus] [--dated] [--show]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "@/lib/analysis/analyze";
import { groupAcross } from "@/lib/compare/cross.ts";
import { clusterEvents, datelineDate, type EventDocument } from "@/lib/compare/events.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import { crossPairs } from "@/lib/compare/timeline.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "/work/shared/fixtures/dev/ecbplus" },
    dated: { type: "boolean", default: false },
    show: { type: "boolean", default: false },
  },
});
const dir = values.dir as string;
const topicOf = (file: string) => /T(\d\d)/.exec(file)?.[1] ?? file;
const subEventOf = (file: string) => /T\d\d-(?:ecb|plus)/.exec(file)?.[0] ?? file;

const used = new Set<string>();
for (const root of ["tests/fixtures/clusters", "tests/fixtures/clusters-fresh"]) {
  for (const d of readdirSync(root).filter((x) => !x.includes("."))) used.add(d.slice(1, 3));
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt") && !used.has(topicOf(f)))
  .sort();

const docs: EventDocument[] = [];
const items: CompareItem[] = [];
const sentences = new Map<string, string>();
for (const file of files) {
  const text = readFileSync(path.join(dir, file), "utf8");
  const publishedAt = values.dated ? datelineDate(text) : null;
  docs.push({ id: file, text, publishedAt });
  const e = analyze({ id: file, text, publishedAt: publishedAt ?? undefined });
  const claims = new Map(e.claims.map((c) => [c.id, c]));
  for (const q of e.quantities) {
    const claim = claims.get(q.claimId);
    if (!claim) continue;
    const key = `${file}#${q.id}`;
    sentences.set(key, claim.text.replace(/\s+/g, " ").slice(0, 160));
    items.push({ key, quantity: q, claim, documentId: file, publishedAt });
  }
}

const eventOf = clusterEvents(docs);
let tp = 0;
let mixed = 0;
let split = 0;
for (let i = 0; i < files.length; i++) {
  for (let j = i + 1; j < files.length; j++) {
    const together = eventOf.get(files[i]) === eventOf.get(files[j]);
    const gold = subEventOf(files[i]) === subEventOf(files[j]);
    if (together && gold) tp++;
    else if (together) mixed++;
    else if (gold) split++;
  }
}

const placed = items.map((i) => ({ ...i, eventId: eventOf.get(i.documentId) ?? null }));
const byKey = new Map(placed.map((i) => [i.key, i]));
let conflicts = 0;
let acrossSubEvents = 0;
for (const g of groupAcross(placed)) {
  const members = g.members.map((k) => byKey.get(k) as CompareItem);
  for (const p of crossPairs(members)) {
    if (p.verdict !== "conflict") continue;
    conflicts++;
    if (subEventOf(p.a.documentId) !== subEventOf(p.b.documentId)) acrossSubEvents++;
    if (values.show) {
      console.log(`[${g.concept}] ${p.a.quantity.text} | ${p.b.quantity.text}`);
      console.log(`   A ${p.a.documentId}: ${sentences.get(p.a.key)}`);
      console.log(`   B ${p.b.documentId}: ${sentences.get(p.b.key)}`);
    }
  }
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(2);
console.log(
  `${files.length} articles of ${new Set(files.map(subEventOf)).size} sub-events (topics in no cluster), ${values.dated ? "dateline dates" : "undated"}`,
);
console.log(
  `event layer: ${new Set(eventOf.values()).size} events; pair precision ${ratio(tp, tp + mixed)}, pair recall ${ratio(tp, tp + split)} (${tp} right, ${mixed} mixed, ${split} split)`,
);
console.log(`cross-document conflict pairs: ${conflicts} (${acrossSubEvents} of them across two sub-events)`);
