/**
 * Test helper for the grouping tests (context.test.ts, sets-across.test.ts, tests/unit/clusters.test.ts): constructed two-outlet reports (ours)
 * run through the whole pipeline — each text extracted as its own document, grouped across — and what became of two
 * of their figures read back. Not used by the app.
 */
import { analyze } from "@/lib/analysis/analyze";
import { groupAcross } from "./cross.ts";
import type { CompareItem } from "./item.ts";

/** [rule, report a, report b, figure in a, figure in b, expected outcome]: one row of a table-driven grouping test. */
export type PairCase = [rule: string, a: string, b: string, figureA: string, figureB: string, expected: string];

/**
 * Each [id, text, publication time?] extracted as its own document, its figures as grouping items.
 *
 * @example
 * reportItems([["a", "Police said 15 people died."]])[0].quantity.text // "15 people"
 */
export function reportItems(docs: Array<[id: string, text: string, publishedAt?: string | null]>): CompareItem[] {
  return docs.flatMap(([id, text, publishedAt = null]) => {
    const e = analyze({ id, text, publishedAt: publishedAt ?? undefined });
    return e.quantities.map((q) => ({
      key: `${id}#${q.id}`,
      quantity: q,
      claim: e.claims.find((c) => c.id === q.claimId) as CompareItem["claim"],
      documentId: id,
      publishedAt,
    }));
  });
}

/**
 * The verdict of the group holding both figures, "apart" when they are in different groups, or "missing X" when a
 * figure is not extracted as written.
 *
 * @example
 * pairOutcome("Over 800 fighters crossed.", "Approximately 850 fighters crossed.", "Over 800 fighters", "Approximately 850 fighters")
 */
export function pairOutcome(
  a: string,
  b: string,
  figureA: string,
  figureB: string,
  publishedAt: string | null = null,
): string {
  const all = reportItems([
    ["a", a, publishedAt],
    ["b", b, publishedAt],
  ]);
  const key = (doc: string, text: string) => all.find((i) => i.documentId === doc && i.quantity.text === text)?.key;
  const ka = key("a", figureA);
  const kb = key("b", figureB);
  if (ka === undefined || kb === undefined) return `missing ${ka === undefined ? figureA : figureB}`;
  const group = groupAcross(all).find((g) => g.members.includes(ka));
  return group?.members.includes(kb) ? (group.verdict ?? "none") : "apart";
}
