/**
 * Verdicts across documents with time: a toll that rises from one publication to the next is `developing`; two
 * sources giving incompatible figures at the same time (or a later figure below an earlier floor) is a `conflict`.
 */

import { flagFigures, formatFigure } from "@/lib/claims/format.ts";
import type { CompareItem } from "./item.ts";
import { baseMeasureOf } from "./units.ts";
import { type PairVerdict, pairVerdict, spreadText } from "./verdict.ts";

export type CrossVerdict = "conflict" | "developing" | "soft" | null;

const RANK = { soft: 1, developing: 2, conflict: 3 } as const;

export interface CrossJudgement {
  verdict: CrossVerdict;
  /** One line naming the deciding pair: "3 (AP, 09:00) rising to 24 (Reuters, 15:00)". */
  explanation: string;
}

/**
 * Judges a cross-document group: the worst pair decides (conflict over developing over soft). Pairs come from
 * pairVerdict, whose `developing` already means "a later publication reports more".
 * @example judgeAcross([ap3AtNine, reuters24AtThree]).verdict // "developing"
 */
export function judgeAcross(members: CompareItem[]): CrossJudgement {
  let worst: { verdict: Exclude<CrossVerdict, null>; a: CompareItem; b: CompareItem; spread: number } | null = null;
  for (const { a, b, verdict } of crossPairs(members)) {
    if (verdict === null) continue;
    const spread = Math.abs(baseMeasureOf(a.quantity) - baseMeasureOf(b.quantity));
    const better = worst === null || RANK[verdict] > RANK[worst.verdict];
    if (better || (worst !== null && RANK[verdict] === RANK[worst.verdict] && spread > worst.spread)) {
      worst = { verdict, a, b, spread };
    }
  }
  if (worst === null) {
    const sources = new Set(members.map((m) => m.claim.source.name)).size;
    return {
      verdict: null,
      explanation: `${members.length} reports of ${formatFigure(members[0].quantity)} from ${sources} source(s) agree`,
    };
  }
  if (worst.verdict === "developing") {
    const [early, late] = byTime(worst.a, worst.b);
    const [earlyFigure, lateFigure] = flagFigures([early.quantity, late.quantity], "words");
    return {
      verdict: "developing",
      explanation: `rising over time: ${label(early, earlyFigure)} then ${label(late, lateFigure)}`,
    };
  }
  const [low, high] =
    baseMeasureOf(worst.a.quantity) <= baseMeasureOf(worst.b.quantity) ? [worst.a, worst.b] : [worst.b, worst.a];
  const spread = spreadText(low.quantity, high.quantity);
  const [lowFigure, highFigure] = flagFigures([low.quantity, high.quantity], "words");
  const pair = `${label(low, lowFigure)} vs ${label(high, highFigure)}${spread ? `, ${spread}` : ""}`;
  if (worst.verdict === "conflict") return { verdict: "conflict", explanation: `${pair}${sameTime(low, high)}` };
  return { verdict: "soft", explanation: `${pair}; compatible, different precision or measure` };
}

/**
 * The pairs of a group that say whether outlets disagree, with their verdicts. Two figures of one document are that
 * document's own flag (extraction's in-document groups): "16 vs 17" inside the evening report does not make the
 * morning's 12 -> the evening's 17 a conflict. And a document that also states the other's figure does not disagree
 * with it: a report giving one fall as 150 m and another as 700 m agrees with a report giving 150 m, whatever its
 * 700 m counts (corroboration.ts counts such an origin on neither side alike).
 * @example crossPairs([a150, b150, b700]) // [{ a: a150, b: b150, verdict: null }]
 */
export function crossPairs(members: CompareItem[]): { a: CompareItem; b: CompareItem; verdict: PairVerdict }[] {
  const pairs: { a: CompareItem; b: CompareItem; verdict: PairVerdict; i: number; j: number }[] = [];
  // For each member, the documents that state its figure too.
  const statedIn = members.map(() => new Set<string>());
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i].documentId === members[j].documentId) continue;
      const verdict = crossPair(members[i], members[j]);
      if (verdict === null) {
        statedIn[i].add(members[j].documentId);
        statedIn[j].add(members[i].documentId);
      }
      pairs.push({ a: members[i], b: members[j], verdict, i, j });
    }
  }
  return pairs
    .filter((p) => p.verdict === null || !(statedIn[p.i].has(p.b.documentId) || statedIn[p.j].has(p.a.documentId)))
    .map(({ a, b, verdict }) => ({ a, b, verdict }));
}

/**
 * pairVerdict, plus time: any disagreement (soft or conflict) where a later publication reports more is `developing`
 * ("at least 3" at 09:00, "at least 11" at 12:00 overlap as intervals, yet the story is a rising count); one where the
 * later publication reports less is a `conflict` (tolls do not fall: one of the two is wrong, worth an editor's look).
 * @example crossPair(atLeast3At9, atLeast11At12) // "developing"
 * @example crossPair(fifteenAt9, atLeast12At18) // "conflict"
 */
export function crossPair(a: CompareItem, b: CompareItem): PairVerdict {
  const verdict = pairVerdict(a, b);
  if (verdict === "soft" || verdict === "conflict") {
    const ta = Date.parse(a.publishedAt ?? "");
    const tb = Date.parse(b.publishedAt ?? "");
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) {
      const [early, late] = ta < tb ? [a, b] : [b, a];
      if (baseMeasureOf(late.quantity) > baseMeasureOf(early.quantity)) return "developing";
      if (baseMeasureOf(late.quantity) < baseMeasureOf(early.quantity)) return "conflict";
    }
  }
  return verdict;
}

function byTime(a: CompareItem, b: CompareItem): [CompareItem, CompareItem] {
  return Date.parse(a.publishedAt ?? "") <= Date.parse(b.publishedAt ?? "") ? [a, b] : [b, a];
}

function sameTime(a: CompareItem, b: CompareItem): string {
  if (a.publishedAt === null || b.publishedAt === null) return "";
  return a.publishedAt === b.publishedAt ? " at the same time" : ", the later report lower";
}

function label(m: CompareItem, figure: string): string {
  const name = m.claim.source.kind === "unattributed" ? (m.documentName ?? m.documentId) : m.claim.source.name;
  const when = m.publishedAt ? `, ${m.publishedAt.slice(0, 16).replace("T", " ")}` : "";
  return `${figure} (${name}${when})`;
}
