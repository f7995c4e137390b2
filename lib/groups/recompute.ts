/**
 * After an editor corrects a claim's figure or source (lib/claims/edit.ts), the flags computed from the old figure
 * are brought up to date inside the edit's transaction (server-only):
 * - the in-document groups holding the claim's figures keep their members (and so their ids and editors'
 *   decisions) and get a fresh verdict, explanation and spread from explainGroup, the function extraction uses;
 *   their member claims' flagRank / groupId and the document's flagCount follow (same rule as extractionRows);
 * - the cross-document groups are regrouped for the claim's document (regroupInTx, which keeps group ids and so
 *   decisions by largest overlap, and refreshes the cross flags); manual groups (editor-made, never regrouped) that
 *   hold one of the figures are re-judged in place, as a merge does.
 */
import { explainGroup } from "@/lib/compare/explain.ts";
import { judgeAcross } from "@/lib/compare/timeline.ts";
import type { Tx } from "@/lib/db/client";
import { refreshCrossFlags } from "./cross-flags.ts";
import { loadItems } from "./items.ts";
import { MANUAL_PREFIX, regroupInTx } from "./mutations.ts";

/** Verdict -> Claim.flagRank, as extraction writes it (lib/documents/extraction-rows.ts verdictRank). */
const IN_DOCUMENT_RANK: Record<string, number> = { none: 0, soft: 1, conflict: 2 };

export interface RecomputeResult {
  /** In-document groups re-judged. */
  documentGroupIds: string[];
  /** Manual cross-document groups re-judged in place. */
  manualGroupIds: string[];
}

/**
 * Re-judges every group that holds one of the claim's figures, then the flags that depend on them.
 *
 * @example
 * await db().$transaction((tx) => recomputeClaimFlags(tx, claimId))
 * // { documentGroupIds: ["..."], manualGroupIds: [] }
 */
export async function recomputeClaimFlags(tx: Tx, claimId: string): Promise<RecomputeResult> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { documentId: true } });
  const documentGroupIds = await rejudgeDocumentGroups(tx, claimId, claim.documentId);
  await regroupInTx(tx, claim.documentId);
  const manualGroupIds = await rejudgeManualGroups(tx, claimId);
  return { documentGroupIds, manualGroupIds };
}

async function rejudgeDocumentGroups(tx: Tx, claimId: string, documentId: string): Promise<string[]> {
  const groups = await tx.quantityGroup.findMany({
    where: { documentId, members: { some: { quantity: { claimId } } } },
    select: { id: true, members: { select: { quantityId: true } } },
  });
  const touchedClaims = new Set<string>();
  for (const g of groups) {
    const items = await loadItems(tx, { id: { in: g.members.map((m) => m.quantityId) } });
    // Extraction judges a group's members in document order.
    items.sort((a, b) => a.quantity.start - b.quantity.start || a.quantity.end - b.quantity.end);
    for (const i of items) touchedClaims.add(i.claim.id);
    if (items.length < 2) continue;
    const judged = explainGroup(items);
    await tx.quantityGroup.update({
      where: { id: g.id },
      data: {
        verdict: judged.verdict ?? "none",
        explanation: judged.explanation,
        spread: spreadOf(items.map((i) => i.quantity.value)),
      },
    });
  }
  for (const id of touchedClaims) await refreshClaimFlag(tx, id, documentId);
  if (groups.length > 0) {
    const flagCount = await tx.claim.count({ where: { documentId, flagRank: { gt: 0 } } });
    await tx.document.update({ where: { id: documentId }, data: { flagCount } });
  }
  return groups.map((g) => g.id);
}

/** A claim shows the most severe verdict among its figures' in-document groups; ties go to the earliest group. */
async function refreshClaimFlag(tx: Tx, claimId: string, documentId: string): Promise<void> {
  const groups = await tx.quantityGroup.findMany({
    where: { documentId, members: { some: { quantity: { claimId } } } },
    select: { id: true, verdict: true },
    orderBy: { id: "asc" },
  });
  let best: { id: string; rank: number } | null = null;
  for (const g of groups) {
    const rank = IN_DOCUMENT_RANK[g.verdict] ?? 0;
    if (best === null || rank > best.rank) best = { id: g.id, rank };
  }
  await tx.claim.update({
    where: { id: claimId },
    data: { groupId: best?.id ?? null, flagRank: best?.rank ?? 0 },
  });
}

/** Editor-made cross-document groups holding one of the claim's figures: new verdict, same members. */
async function rejudgeManualGroups(tx: Tx, claimId: string): Promise<string[]> {
  const groups = await tx.quantityGroup.findMany({
    where: {
      documentId: null,
      key: { startsWith: MANUAL_PREFIX },
      members: { some: { quantity: { claimId } } },
    },
    select: { id: true, members: { select: { quantityId: true } } },
  });
  for (const g of groups) {
    const items = await loadItems(tx, { id: { in: g.members.map((m) => m.quantityId) } });
    items.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
    const judged = items.length > 1 ? judgeAcross(items) : { verdict: null, explanation: "one report" };
    await tx.quantityGroup.update({
      where: { id: g.id },
      data: { verdict: judged.verdict ?? "none", explanation: judged.explanation },
    });
  }
  if (groups.length > 0) await refreshCrossFlags(tx, { groupIds: groups.map((g) => g.id) });
  return groups.map((g) => g.id);
}

/** As extraction stores it: (max - min) / |min| of the raw values, null for one figure or a zero minimum. */
function spreadOf(values: number[]): number | null {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === 0 ? null : (max - min) / Math.abs(min);
}
