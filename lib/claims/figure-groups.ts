/**
 * A figure whose unit or counted concept an editor corrected may now count something else: the document's
 * in-document groups are rebuilt from its stored figures with the grouping extraction runs (groupQuantities,
 * lib/compare/group.ts), keyed as extraction keys them (concept|unit#n, lib/documents/extraction-rows.ts), so a
 * group that keeps its key keeps its id and its editor's decision. The claims' in-document flags and the document's
 * flag count follow. Server-only; runs inside the correction's transaction.
 */
import { groupQuantities } from "@/lib/compare/group.ts";
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { loadItems } from "@/lib/groups/items";

const RANK: Record<string, number> = { none: 0, soft: 1, conflict: 2 };

/**
 * Regroups one document's figures inside the document.
 *
 * @example
 * await regroupWithinDocument(tx, documentId) // { kept: 2, created: 1, removed: 1 }
 */
export async function regroupWithinDocument(
  tx: Tx,
  documentId: string,
): Promise<{ kept: number; created: number; removed: number }> {
  const items = (await loadItems(tx, { documentId })).sort(
    (a, b) => a.quantity.start - b.quantity.start || a.quantity.end - b.quantity.end,
  );
  const values = new Map(items.map((i) => [i.key, i.quantity.value]));
  const old = await tx.quantityGroup.findMany({ where: { documentId }, select: { id: true, key: true } });
  const idByKey = new Map(old.map((g) => [g.key, g.id]));
  const seen = new Map<string, number>();
  const kept = new Set<string>();
  let created = 0;
  const claimFlag = new Map<string, { id: string; rank: number }>();
  const claimOf = new Map(items.map((i) => [i.key, i.claim.id]));

  await tx.quantityGroupMember.deleteMany({ where: { group: { documentId } } });
  for (const g of groupQuantities(items).groups) {
    if (g.members.length < 2) continue;
    const base = `${g.concept.toLowerCase()}|${g.unit ?? ""}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const key = `${base}#${n}`;
    const verdict = g.verdict ?? "none";
    const data = {
      concept: g.concept,
      unit: g.unit,
      verdict,
      explanation: g.explanation,
      spread: spreadOf(g.members.map((m) => values.get(m) ?? 0)),
    };
    let id = idByKey.get(key);
    if (id && !kept.has(id)) {
      await tx.quantityGroup.update({ where: { id }, data });
    } else {
      id = newId();
      await tx.quantityGroup.create({ data: { id, documentId, key, ...data } });
      created += 1;
    }
    kept.add(id);
    await tx.quantityGroupMember.createMany({ data: g.members.map((quantityId) => ({ groupId: id, quantityId })) });
    // A claim shows the most severe verdict among its figures' groups (the first such group on a tie).
    for (const m of g.members) {
      const claimId = claimOf.get(m) as string;
      const best = claimFlag.get(claimId);
      if (!best || (RANK[verdict] ?? 0) > best.rank) claimFlag.set(claimId, { id, rank: RANK[verdict] ?? 0 });
    }
  }
  const removed = old.filter((g) => !kept.has(g.id)).map((g) => g.id);
  if (removed.length > 0) await tx.quantityGroup.deleteMany({ where: { id: { in: removed } } });
  await tx.claim.updateMany({ where: { documentId }, data: { groupId: null, flagRank: 0 } });
  for (const [claimId, flag] of claimFlag) {
    await tx.claim.update({ where: { id: claimId }, data: { groupId: flag.id, flagRank: flag.rank } });
  }
  const flagCount = await tx.claim.count({ where: { documentId, flagRank: { gt: 0 } } });
  await tx.document.update({ where: { id: documentId }, data: { flagCount } });
  return { kept: kept.size - created, created, removed: removed.length };
}

/** As extraction stores it: (max - min) / |min| of the raw values, null for one figure or a zero minimum. */
function spreadOf(values: number[]): number | null {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === 0 ? null : (max - min) / Math.abs(min);
}
