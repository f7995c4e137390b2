/**
 * Conflict flags across documents on same-event clusters, scored against a hand check.
 *
 *   npx tsx scripts/dev-report-conflicts.ts [--dir tests/fixtures/clusters] [--show]
 *   npx tsx scripts/dev-report-conflicts.ts --time /work/shared/fixtures/dev/ecbplus   # groupAcross speed only
 *
 * Each cluster is a folder of articles plus gold.json: `conflicts` lists pairs of figure texts (as written in two
 * articles) that truly disagree about one count. A flagged pair (two members of a group whose pair verdict is
 * `conflict`, from different documents) is a true positive when it matches a gold pair, else a false positive; gold
 * pairs never flagged are misses. Prints precision and recall per cluster, for the tuned and the held-out clusters
 * (gold.json `heldOut`), and overall (docs/dev-report-conflicts.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "@/lib/analysis/analyze";
import { type CrossGroup, groupAcross } from "@/lib/compare/cross.ts";
import { eventSignature } from "@/lib/compare/event.ts";
import { clusterEvents, datelineDate, type EventDocument } from "@/lib/compare/events.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import { crossPairs } from "@/lib/compare/timeline.ts";

interface Gold {
  origin: string;
  /** document file -> ISO publication time, when known (ECB+ has none: null compares them as simultaneous). */
  publishedAt?: Record<string, string>;
  conflicts: Array<[string, string]>;
  developing?: Array<[string, string]>;
  /** Set on clusters hand-checked before any rule was tuned on them: scored apart from the tuned ones. */
  heldOut?: string;
}

let withEvents = true;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Why gold pairs were missed, counted without showing them (so the held-out sets can report it too). */
interface Misses {
  /** A side of the pair is not among the cluster's figures (vetoed: a time, a year, a score; or not read). */
  unread: number;
  /** Both are figures, never in one group. */
  apart: number;
  /** In one group, the pair not judged a conflict (agreeing, soft, developing). */
  judged: number;
}

/**
 * Why each gold pair `flagged` lacks was missed (gold pair key -> reason). A text stands for every figure written so
 * in the cluster.
 * @example missAnatomy(items, groups, new Set(["2005 | 2006"]), new Set()) // Map { "2005 | 2006" => "unread" }
 */
function missAnatomy(
  items: CompareItem[],
  groups: ReturnType<typeof groupAcross>,
  expected: Set<string>,
  flagged: Set<string>,
): Map<string, keyof Misses> {
  const texts = new Set(items.map((i) => i.quantity.text.toLowerCase()));
  const byKey = new Map(items.map((i) => [i.key, i]));
  const together = new Set<string>();
  for (const g of groups) {
    const members = g.members.map((k) => byKey.get(k) as CompareItem);
    for (const a of members) {
      for (const b of members) {
        if (a.documentId !== b.documentId) together.add(key([a.quantity.text, b.quantity.text]));
      }
    }
  }
  const out = new Map<string, keyof Misses>();
  for (const p of expected) {
    if (flagged.has(p)) continue;
    if (!p.split(" | ").every((t) => texts.has(t))) out.set(p, "unread");
    else out.set(p, together.has(p) ? "judged" : "apart");
  }
  return out;
}

/**
 * Extracts every article of a cluster folder and returns its items (keys `${file}#${quantityId}`).
 * @example clusterItems("tests/fixtures/clusters/t18-ecb", gold).length
 */
export function clusterItems(dir: string, gold: Pick<Gold, "publishedAt">): CompareItem[] {
  const items: CompareItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const publishedAt = gold.publishedAt?.[file] ?? null;
    const text = readFileSync(path.join(dir, file), "utf8");
    const e = analyze({ id: file, text, publishedAt: publishedAt ?? undefined });
    const event = withEvents ? eventSignature(text) : undefined;
    const claims = new Map(e.claims.map((c) => [c.id, c]));
    for (const q of e.quantities) {
      const claim = claims.get(q.claimId);
      if (claim) items.push({ key: `${file}#${q.id}`, quantity: q, claim, documentId: file, publishedAt, event });
    }
  }
  return items;
}

/**
 * Pairs flagged as conflicting across documents, as sorted [text, text] pairs of their figure texts.
 * @example flaggedPairs(items) // [["24 people", "40 people"]]
 */
export function flaggedPairs(
  items: CompareItem[],
  verdict: "conflict" | "developing" = "conflict",
  groups: CrossGroup[] = groupAcross(items),
): string[][] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  return flaggedKeyPairs(items, groups, verdict).map((p) =>
    p.map((k) => (byKey.get(k) as CompareItem).quantity.text).sort(),
  );
}

/** `groups`: groupAcross(items), when the caller has them already. */
function flaggedKeyPairs(
  items: CompareItem[],
  groups: CrossGroup[] = groupAcross(items),
  verdict: "conflict" | "developing" = "conflict",
): string[][] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const pairs: string[][] = [];
  for (const g of groups) {
    const members = g.members.map((k) => byKey.get(k) as CompareItem);
    for (const p of crossPairs(members)) if (p.verdict === verdict) pairs.push([p.a.key, p.b.key]);
  }
  return pairs;
}

function key(pair: string[]): string {
  return [...pair]
    .map((t) => t.toLowerCase())
    .sort()
    .join(" | ");
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: "tests/fixtures/clusters" },
      show: { type: "boolean", default: false },
      time: { type: "string" },
      "no-events": { type: "boolean", default: false },
    },
  });
  // Without event signatures every figure is grouped as before issue 11 (the baseline of docs/dev-report-conflicts.md).
  withEvents = !values["no-events"];
  if (values.time) {
    timeGrouping(values.time);
    return;
  }
  const root = path.resolve(values.dir as string);
  const tallies = { tuned: { tp: 0, fp: 0, fn: 0 }, "held-out": { tp: 0, fp: 0, fn: 0 } };
  const misses = { tuned: { unread: 0, apart: 0, judged: 0 }, "held-out": { unread: 0, apart: 0, judged: 0 } };
  const found = { tuned: { found: 0, all: 0 }, "held-out": { found: 0, all: 0 } };
  for (const name of readdirSync(root).filter((d) => !d.includes("."))) {
    const dir = path.join(root, name);
    const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
    const items = clusterItems(dir, gold);
    const groups = groupAcross(items);
    const flagged = new Set(flaggedPairs(items, "conflict", groups).map(key));
    const expected = new Set(gold.conflicts.map(key));
    const hits = [...flagged].filter((p) => expected.has(p)).length;
    const tally = tallies[gold.heldOut ? "held-out" : "tuned"];
    tally.tp += hits;
    tally.fp += flagged.size - hits;
    tally.fn += expected.size - hits;
    const why = missAnatomy(items, groups, expected, flagged);
    for (const reason of why.values()) misses[gold.heldOut ? "held-out" : "tuned"][reason]++;
    const d = disagreements(gold.conflicts.map(key));
    found[gold.heldOut ? "held-out" : "tuned"].all += d.length;
    found[gold.heldOut ? "held-out" : "tuned"].found += d.filter((pairs) => pairs.some((p) => flagged.has(p))).length;
    const set = gold.heldOut ? " (held-out)" : "";
    console.log(`${name}${set}: ${flagged.size} flagged pairs, ${expected.size} gold, ${hits} correct`);
    if (values.show) {
      for (const p of flagged) console.log(`  ${expected.has(p) ? "TP" : "FP"} ${p}`);
      for (const [p, reason] of why) console.log(`  FN ${p} (${reason})`);
      for (const g of groups.filter((x) => x.members.length > 1)) {
        const texts = g.members.map((k) => items.find((i) => i.key === k)?.quantity.text);
        console.log(`  group [${g.verdict ?? "none"}] ${g.concept}: ${texts.join(" / ")}`);
      }
    }
  }
  crossEventJoins(root, values.show as boolean);
  const all = {
    tp: tallies.tuned.tp + tallies["held-out"].tp,
    fp: tallies.tuned.fp + tallies["held-out"].fp,
    fn: tallies.tuned.fn + tallies["held-out"].fn,
  };
  for (const [label, t] of [...Object.entries(tallies), ["overall", all] as const]) console.log(scoreLine(label, t));
  for (const [label, f] of Object.entries(found)) {
    console.log(`${label} disagreements (gold pairs joined by a shared wording): ${f.found} of ${f.all} found`);
  }
  for (const [label, m] of Object.entries(misses)) {
    console.log(
      `${label} misses: ${m.unread} with a side not read as a figure, ${m.apart} read but never grouped, ${m.judged} grouped but not judged a conflict`,
    );
  }
}

/**
 * Cross-event false joins: every cluster's articles pooled into one comparison (the clusters have no publication
 * times, so all share one bucket per counted noun), and every pair of figures from two different clusters that
 * lands in one group counted — each such pair is certainly two events' figures mixed.
 */
function crossEventJoins(root: string, show = false): void {
  const items: CompareItem[] = [];
  const docs: EventDocument[] = [];
  const golds = new Map<string, Set<string>>();
  for (const name of readdirSync(root).filter((d) => !d.includes("."))) {
    const dir = path.join(root, name);
    const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
    golds.set(name, new Set(gold.conflicts.map(key)));
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      docs.push({ id: `${name}/${file}`, text: readFileSync(path.join(dir, file), "utf8"), publishedAt: null });
    }
    for (const i of clusterItems(dir, gold)) {
      items.push({ ...i, key: `${name}/${i.key}`, documentId: `${name}/${i.documentId}`, publishedAt: null });
    }
  }
  const cluster = (k: string) => k.slice(0, k.indexOf("/"));
  const { pairs, groups } = joinedAcross(items, cluster, show);
  console.log(
    `cross-event false joins (${items.length} figures of all clusters pooled): ${pairs} pairs in ${groups} groups`,
  );
  // The app's path (ADR 015): documents clustered into stored events, figures compared only inside one event, the
  // text signature not consulted. First undated, as ECB+ gives no publication times; then dated as the app dates a
  // document given none, from its dateline (lib/events/assign.ts; about a quarter of the ECB+ articles carry one).
  eventLayer("", docs, items, cluster, golds, show);
  const dated = docs.map((d) => ({ ...d, publishedAt: datelineDate(d.text) }));
  const time = new Map(dated.map((d) => [d.id, d.publishedAt]));
  const datedItems = items.map((i) => ({ ...i, publishedAt: time.get(i.documentId) ?? null }));
  eventLayer(
    `, ${dated.filter((d) => d.publishedAt !== null).length} dated by their datelines`,
    dated,
    datedItems,
    cluster,
    golds,
    show,
  );
}

/**
 * The event layer's false joins; its conflict flags scored against every cluster's gold (a flag between two clusters'
 * figures is false), as the app would flag the pooled set; and, as document clustering, its pair precision and recall.
 */
function eventLayer(
  label: string,
  docs: EventDocument[],
  items: CompareItem[],
  cluster: (key: string) => string,
  golds: Map<string, Set<string>>,
  show: boolean,
): void {
  const eventOf = clusterEvents(docs);
  const placed = items.map((i) => ({ ...i, event: undefined, eventId: eventOf.get(i.documentId) ?? null }));
  const grouped = groupAcross(placed);
  const layer = joinedAcross(placed, cluster, show, grouped);
  const events = new Set(eventOf.values()).size;
  console.log(
    `cross-event false joins with the event layer (${docs.length} documents${label} -> ${events} events): ${layer.pairs} pairs in ${layer.groups} groups`,
  );
  const byKey = new Map(placed.map((i) => [i.key, i]));
  const flagged = new Set<string>();
  for (const [a, b] of flaggedKeyPairs(placed, grouped)) {
    const texts = key([(byKey.get(a) as CompareItem).quantity.text, (byKey.get(b) as CompareItem).quantity.text]);
    flagged.add(cluster(a) === cluster(b) ? `${cluster(a)}: ${texts}` : `${cluster(a)} x ${cluster(b)}: ${texts}`);
  }
  let tp = 0;
  let expected = 0;
  for (const [name, pairs] of golds) {
    expected += pairs.size;
    for (const p of pairs) if (flagged.has(`${name}: ${p}`)) tp++;
  }
  console.log(
    `${scoreLine(`conflicts through the event layer${label}, the clusters pooled`, { tp, fp: flagged.size - tp, fn: expected - tp })}`,
  );
  // The event layer as document clustering: of the document pairs it puts in one event, how many share a cluster
  // (precision: stories mixed), and of the pairs that share a cluster, how many it puts in one event (recall: one
  // story split, whose figures are then never compared).
  const ids = [...eventOf.keys()];
  const docPairs = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const together = eventOf.get(ids[i]) === eventOf.get(ids[j]);
      const gold = cluster(ids[i]) === cluster(ids[j]);
      if (together && gold) docPairs.tp++;
      else if (together) docPairs.fp++;
      else if (gold) docPairs.fn++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(2);
  const { tp: right, fp: mixed, fn: split } = docPairs;
  console.log(
    `event layer as document clustering${label}: pair precision ${ratio(right, right + mixed)}, pair recall ${ratio(right, right + split)} (${right} pairs right, ${mixed} mixed, ${split} split)`,
  );
}

/** Pairs of group members whose `eventOf` differ, and how many groups hold one (`show`: each such group printed). */
function joinedAcross(
  items: CompareItem[],
  eventOf: (key: string) => string,
  show = false,
  grouped: CrossGroup[] = groupAcross(items),
): { pairs: number; groups: number } {
  const byKey = new Map(items.map((i) => [i.key, i]));
  let pairs = 0;
  let groups = 0;
  for (const g of grouped) {
    const counts = new Map<string, number>();
    for (const k of g.members) counts.set(eventOf(k), (counts.get(eventOf(k)) ?? 0) + 1);
    if (counts.size < 2) continue;
    groups++;
    if (show) {
      const texts = g.members.map((k) => `${eventOf(k)}:${byKey.get(k)?.quantity.text}`);
      console.log(`  joined [${g.concept}] ${texts.join(" / ")}`);
    }
    const n = g.members.length;
    pairs += (n * (n - 1)) / 2 - [...counts.values()].reduce((sum, c) => sum + (c * (c - 1)) / 2, 0);
  }
  return { pairs, groups };
}

/**
 * Extracts every article of a folder once, then times groupAcross over all their items (median of 5 runs): the
 * speed check for grouping rules when no bench database is at hand.
 */
function timeGrouping(dir: string): void {
  const items = clusterItems(path.resolve(dir), {});
  const runs: number[] = [];
  let groups = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = process.cpuUsage();
    groups = groupAcross(items).length;
    const used = process.cpuUsage(t0);
    runs.push((used.user + used.system) / 1000);
  }
  const median = [...runs].sort((a, b) => a - b)[2].toFixed(0);
  // ECB+ file names carry their topic ("ECBP-T08-ecb__8_1ecb.txt"): a flag between two topics is certainly false.
  const topic = (k: string) => /^ECBP-T\d+/.exec(k)?.[0] ?? k;
  const flagged = flaggedKeyPairs(items);
  const across = flagged.filter(([a, b]) => topic(a) !== topic(b)).length;
  console.log(`conflict pairs across documents: ${flagged.length}, of which between two ECB+ topics: ${across}`);
  // ECB+ topics hold two incidents of one kind ("ECBP-T08-ecb" Woodburn bank bomb, "ECBP-T08-plus" Athens): any
  // group joining two of them mixes two events.
  const incident = (k: string) => /^ECBP-T\d+-(?:ecb|plus)/.exec(k)?.[0] ?? k;
  const joined = joinedAcross(items, incident);
  const topics = joinedAcross(items, topic);
  console.log(
    `cross-event false joins: ${joined.pairs} figure pairs in ${joined.groups} groups join two ECB+ incidents (${topics.pairs} pairs in ${topics.groups} groups two topics)`,
  );
  console.log(
    `groupAcross: ${items.length} items -> ${groups} groups, median CPU ${median} ms (runs in order, the first with cold memos: ${runs.map((r) => r.toFixed(0)).join(", ")})`,
  );
}

/**
 * The gold pairs of one cluster as disagreements: pairs that share a wording ("61" / "60-year-old", "61" / "sixty-year-old")
 * are one disagreement told in several wordings. Pair recall weighs a disagreement by its wordings; this counts each once.
 * @example disagreements(["60 | 61", "61 | sixty", "2005 | 2006"]).length // 2
 */
function disagreements(pairs: string[]): string[][] {
  const parent = new Map<string, string>();
  const find = (t: string): string => {
    const p = parent.get(t) ?? t;
    if (p === t) return t;
    const root = find(p);
    parent.set(t, root);
    return root;
  };
  for (const p of pairs) {
    const [a, b] = p.split(" | ");
    parent.set(find(a), find(b));
  }
  const out = new Map<string, string[]>();
  for (const p of pairs) {
    const root = find(p.split(" | ")[0]);
    out.set(root, [...(out.get(root) ?? []), p]);
  }
  return [...out.values()];
}

/** "tuned: precision 0.20 (2/10), recall 0.67 (2/3)". */
function scoreLine(label: string, { tp, fp, fn }: Tally): string {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return `${label}: precision ${precision.toFixed(2)} (${tp}/${tp + fp}), recall ${recall.toFixed(2)} (${tp}/${tp + fn})`;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
