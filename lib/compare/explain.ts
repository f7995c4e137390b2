/**
 * A group's verdict and its one-line explanation, from the verdicts of its pairs.
 */

import { flagFigures, formatFigure } from "@/lib/claims/format.ts";
import type { QuantityGroup } from "@/lib/extract/schema.ts";
import type { CompareItem } from "./item.ts";
import { baseMeasureOf } from "./units.ts";
import { type PairVerdict, pairVerdict, spreadText } from "./verdict.ts";

const RANK: Record<Exclude<PairVerdict, null>, number> = { soft: 1, developing: 2, conflict: 3 };

interface GroupJudgement {
  verdict: QuantityGroup["verdict"];
  explanation: string;
  concept: string;
}

/**
 * Judges a group: the worst pair decides (conflict over developing over soft), and the explanation names that pair's
 * figures and sources: "~800 (Iran International) vs ~850 (Independent sources), +6%".
 * A developing figure is reported as `soft` (the verdict enum has no third value) with "rising" in the explanation.
 * @example explainGroup([over200, over200b]) // { verdict: null, explanation: "same figure repeated: over 200 (...)" }
 */
export function explainGroup(members: CompareItem[]): GroupJudgement {
  const concept = members.find((m) => m.quantity.concept)?.quantity.concept ?? members[0].quantity.unit ?? "";
  const manyDocuments = new Set(members.map((m) => m.documentId)).size > 1;
  const label = (m: CompareItem) => `${formatFigure(m.quantity)} (${sourceLabel(m, manyDocuments)})`;
  let worst: { verdict: Exclude<PairVerdict, null>; a: CompareItem; b: CompareItem; spread: number } | null = null;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const verdict = pairVerdict(members[i], members[j]);
      if (verdict === null) continue;
      const spread = Math.abs(baseMeasureOf(members[i].quantity) - baseMeasureOf(members[j].quantity));
      if (
        worst === null ||
        RANK[verdict] > RANK[worst.verdict] ||
        (RANK[verdict] === RANK[worst.verdict] && spread > worst.spread)
      ) {
        worst = { verdict, a: members[i], b: members[j], spread };
      }
    }
  }
  if (worst === null) {
    return { verdict: null, explanation: `same figure repeated: ${label(members[0])}, ${members.length}x`, concept };
  }
  const [low, high] =
    baseMeasureOf(worst.a.quantity) <= baseMeasureOf(worst.b.quantity) ? [worst.a, worst.b] : [worst.b, worst.a];
  const spread = spreadText(low.quantity, high.quantity);
  const [lowFigure, highFigure] = flagFigures([low.quantity, high.quantity], "words");
  const sources = (m: CompareItem, figure: string) => `${figure} (${sourceLabel(m, manyDocuments)})`;
  const pair = `${sources(low, lowFigure)} vs ${sources(high, highFigure)}${spread ? `, ${spread}` : ""}`;
  switch (worst.verdict) {
    case "conflict":
      return { verdict: "conflict", explanation: pair, concept };
    case "developing":
      return { verdict: "soft", explanation: `rising over time: ${pair}`, concept };
    default:
      return { verdict: "soft", explanation: `${pair}; ${softReason(low, high)}`, concept };
  }
}

function softReason(a: CompareItem, b: CompareItem): string {
  return (a.quantity.of === null) !== (b.quantity.of === null)
    ? "different measures"
    : "compatible, different precision";
}

function sourceLabel(m: CompareItem, withDocument: boolean): string {
  const name = m.claim.source.kind === "unattributed" ? "the document" : m.claim.source.name;
  return withDocument ? `${name}, ${m.documentName ?? m.documentId}` : name;
}
