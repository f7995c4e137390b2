/**
 * Incremental cross-document grouping (server-only). A new or re-extracted document is compared only against the
 * groups in its candidate buckets (counted-noun class x publication week), looked up through the (documentId, key)
 * index; only those buckets are re-grouped, with the same pure groupAcross the CLI runs on all files at once. Group ids are kept by largest
 * overlap, so an editor's confirm/dismiss (decideFlag) and links to /groups/[id] survive re-grouping.
 */
import { bucketKey, type CrossGroup, groupAcross } from "@/lib/compare/cross.ts";
import { measureOf } from "@/lib/compare/interval.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import type { Db, Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { assignEventInTx } from "@/lib/events/assign.ts";
import { refreshCrossFlags } from "./cross-flags.ts";
import { loadItems } from "./items.ts";

/** Keys of editor-made groups (merge, move out): never regrouped automatically. */
export const MANUAL_PREFIX = "m|";

export interface RegroupResult {
  /** Ids of the groups written (kept or created). */
  groupIds: string[];
  /** How many stored quantities of other documents were compared. */
  candidates: number;
  /** The document's event, and how many candidate events it was compared with (0 when it already had one). */
  eventId: string;
  eventCandidates: number;
}

/**
 * Recomputes the cross-document groups a document touches.
 * @example await regroupDocument(db(), documentId) // { groupIds: [...], candidates: 12 }
 */
export async function regroupDocument(database: Db, documentId: string): Promise<RegroupResult> {
  return database.$transaction((tx) => regroupInTx(tx, documentId), { maxWait: 30_000, timeout: 120_000 });
}

/** regroupDocument inside a caller's transaction. */
export async function regroupInTx(tx: Tx, documentId: string): Promise<RegroupResult> {
  // The document's event first (lib/events): its figures are compared only inside it.
  const event = await assignEventInTx(tx, documentId);
  const pinned = await pinnedQuantityIds(tx, documentId);
  const own = (await loadItems(tx, { documentId })).filter((i) => !pinned.has(i.key));
  // Its buckets now, and those its figures sat in before (another event, or a week before a dateline was read), so a
  // document that changed event leaves its old groups.
  const previous = await tx.quantityGroup.findMany({
    where: {
      documentId: null,
      NOT: { key: { startsWith: MANUAL_PREFIX } },
      members: { some: { quantity: { documentId } } },
    },
    select: { key: true },
  });
  const keys = [
    ...new Set([...own.map(bucketKey).filter((k): k is string => k !== null), ...previous.map((g) => g.key)]),
  ];
  const oldGroups = await tx.quantityGroup.findMany({
    where: { documentId: null, key: { in: keys } },
    select: {
      id: true,
      key: true,
      concept: true,
      unit: true,
      verdict: true,
      explanation: true,
      members: { select: { quantityId: true } },
    },
  });
  const memberIds = oldGroups.flatMap((g) => g.members.map((m) => m.quantityId));
  const ownIds = new Set(own.map((i) => i.key));
  const others = (await loadItems(tx, { id: { in: memberIds.filter((id) => !ownIds.has(id)) } })).filter(
    (i) => i.documentId !== documentId,
  );
  const groups = groupAcross([...others, ...own]);
  const ids = assignIds(groups, oldGroups);
  const items = new Map([...others, ...own].map((i) => [i.key, i]));
  const before = new Map(oldGroups.map((g) => [g.id, g]));
  // Most candidates are other documents' groups the new figures did not join: leave those rows alone.
  const changed = groups.flatMap((g, i) => {
    const old = before.get(ids[i]);
    const data = groupColumns(g, items);
    return old && unchanged(old, g, data) ? [] : [{ id: ids[i], group: g, data, exists: old !== undefined }];
  });
  const kept = new Set(ids);
  const stale = oldGroups.map((g) => g.id).filter((id) => !kept.has(id));
  const rewritten = changed.filter((c) => c.exists).map((c) => c.id);
  if (rewritten.length > 0) await tx.quantityGroupMember.deleteMany({ where: { groupId: { in: rewritten } } });
  if (stale.length > 0) await tx.quantityGroup.deleteMany({ where: { id: { in: stale } } });
  for (const c of changed.filter((x) => x.exists)) await tx.quantityGroup.update({ where: { id: c.id }, data: c.data });
  const creates = changed.filter((c) => !c.exists).map((c) => ({ id: c.id, documentId: null, ...c.data }));
  for (let i = 0; i < creates.length; i += 500) await tx.quantityGroup.createMany({ data: creates.slice(i, i + 500) });
  const members = changed.flatMap((c) => c.group.members.map((quantityId) => ({ groupId: c.id, quantityId })));
  for (let i = 0; i < members.length; i += 500) {
    await tx.quantityGroupMember.createMany({ data: members.slice(i, i + 500) });
  }
  // The claims table's cross flag: the document's claims, and the other claims of every group written or removed.
  await refreshCrossFlags(tx, { groupIds: [...changed.map((c) => c.id), ...stale], documentIds: [documentId] });
  return { groupIds: ids, candidates: others.length, eventId: event.eventId, eventCandidates: event.candidates };
}

/**
 * Each new group takes the id (and so the editor's decision) of the old group it shares most members with; an old
 * id is used once. Ties go to the earlier group in output order, which is deterministic.
 */
function assignIds(groups: CrossGroup[], old: Array<{ id: string; members: Array<{ quantityId: string }> }>): string[] {
  const owner = new Map<string, string>();
  for (const g of old) for (const m of g.members) owner.set(m.quantityId, g.id);
  const taken = new Set<string>();
  return groups.map((g) => {
    const votes = new Map<string, number>();
    for (const m of g.members) {
      const id = owner.get(m);
      if (id && !taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) {
      taken.add(best[0]);
      return best[0];
    }
    return newId();
  });
}

function groupColumns(g: CrossGroup, items: Map<string, CompareItem>) {
  const values = g.members.map((k) => measureOf((items.get(k) as CompareItem).quantity));
  const low = Math.min(...values);
  return {
    key: g.key,
    concept: g.concept,
    unit: g.unit,
    verdict: g.verdict ?? "none",
    explanation: g.explanation,
    spread: low > 0 ? (Math.max(...values) - low) / low : null,
  };
}

type StoredGroup = {
  key: string;
  concept: string;
  unit: string | null;
  verdict: string;
  explanation: string;
  members: Array<{ quantityId: string }>;
};

function unchanged(old: StoredGroup, g: CrossGroup, data: ReturnType<typeof groupColumns>): boolean {
  if (old.members.length !== g.members.length) return false;
  const members = new Set(g.members);
  if (!old.members.every((m) => members.has(m.quantityId))) return false;
  return (
    old.key === data.key &&
    old.concept === data.concept &&
    old.unit === data.unit &&
    old.verdict === data.verdict &&
    old.explanation === data.explanation
  );
}

/** Quantities of the document already placed by an editor (in a manual group): grouping leaves them there. */
async function pinnedQuantityIds(tx: Tx, documentId: string): Promise<Set<string>> {
  const rows = await tx.quantityGroupMember.findMany({
    where: { quantity: { documentId }, group: { documentId: null, key: { startsWith: MANUAL_PREFIX } } },
    select: { quantityId: true },
  });
  return new Set(rows.map((r) => r.quantityId));
}
