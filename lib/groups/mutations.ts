/**
 * Incremental cross-document grouping (server-only). A new or re-extracted document is compared only against the
 * groups in its candidate buckets (counted-noun class x publication week), looked up through the (documentId, key)
 * index; only those buckets are re-grouped, with the same pure groupAcross the CLI runs on all files at once. Group ids are kept by largest
 * overlap, so an editor's confirm/dismiss (decideFlag) and links to /groups/[id] survive re-grouping.
 */
import type { CrossGroup } from "@/lib/compare/cross.ts";
import type { DocumentProfile } from "@/lib/compare/events.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import { baseMeasureOf } from "@/lib/compare/units.ts";
import { type Db, db, providerOf, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";
import { retryTransient } from "@/lib/db/retry";
import { assignEventsInTx } from "@/lib/events/assign.ts";
import { bucketKeysOffThread, groupAcrossOffThread } from "@/lib/workers/extract-pool";
import { refreshCrossFlags } from "./cross-flags.ts";
import { loadItems } from "./items.ts";

/** Keys of editor-made groups (merge, move out): never regrouped automatically. */
export const MANUAL_PREFIX = "m|";

export interface RegroupResult {
  /** Ids of the groups written (kept or created). */
  groupIds: string[];
  /** How many stored quantities of other documents were compared. */
  candidates: number;
  /** The (last) document's event, and how many candidate events were compared (0 for documents that had one). */
  eventId: string;
  eventCandidates: number;
}

/**
 * Recomputes the cross-document groups a document touches.
 * @example await regroupDocument(documentId) // { groupIds: [...], candidates: 12 }
 */
export async function regroupDocument(documentId: string, database: Db = db()): Promise<RegroupResult> {
  return retryTransient(() => regroupOnce(database, documentId));
}

function regroupOnce(database: Db, documentId: string): Promise<RegroupResult> {
  return database.$transaction(
    async (tx) => {
      await serializeRegroups(tx, providerOf(database));
      const result = await regroupInTx(tx, documentId);
      await tx.document.updateMany({
        where: { id: documentId, regroupPending: true },
        data: { regroupPending: false },
      });
      return result;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/**
 * regroupDocument for many documents in one transaction (the batch ingest path): one commit instead of one per
 * document, and the same groups as regrouping them one at a time in this order.
 * Event profiles computed beforehand (the batch path computes them on the pool) may be passed by document id.
 * @example await regroupDocuments([first, second])
 */
export async function regroupDocuments(
  documentIds: string[],
  profiles?: ReadonlyMap<string, DocumentProfile>,
  database: Db = db(),
): Promise<void> {
  if (documentIds.length === 0) return;
  await retryTransient(() => regroupAllOnce(database, documentIds, profiles));
}

async function regroupAllOnce(
  database: Db,
  documentIds: string[],
  profiles?: ReadonlyMap<string, DocumentProfile>,
): Promise<void> {
  await database.$transaction(
    async (tx) => {
      await serializeRegroups(tx, providerOf(database));
      await regroupManyInTx(tx, documentIds, profiles);
      await tx.document.updateMany({ where: { id: { in: documentIds } }, data: { regroupPending: false } });
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
}

/**
 * Regroups every document whose claims were stored but whose regroup never committed (a crash, a failed regroup):
 * the server runs it at start, workers on each sweep, and ingest when the same text is posted again. A worker's sweep
 * passes `olderThanMs`: a document stored moments ago is most likely waiting for its own batch's regroup, in another
 * live worker, and is left to it; one still pending later is repaired on a later sweep.
 * @example await repairPendingRegroups() // 0 when nothing was pending
 */
export async function repairPendingRegroups(
  options: { olderThanMs?: number } = {},
  database: Db = db(),
): Promise<number> {
  const storedBefore = new Date(Date.now() - (options.olderThanMs ?? 0));
  const pending = await database.document.findMany({
    where: { regroupPending: true, createdAt: { lte: storedBefore } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let repaired = 0;
  for (const doc of pending) {
    // Another worker may have regrouped it since the list was read.
    const still = await database.document.count({ where: { id: doc.id, regroupPending: true } });
    if (still === 0) continue;
    await regroupDocument(doc.id, database);
    repaired++;
  }
  return repaired;
}

// Two processes regrouping overlapping buckets at once (two job workers on PostgreSQL) would both rewrite the same
// group's members; under READ COMMITTED the second insert then fails on the member key. Regroups are short, so they
// take one transaction-scoped advisory lock in turn; inserts of documents stay concurrent. SQLite has one writer.
const REGROUP_LOCK = 722_6001;

async function serializeRegroups(tx: Tx, provider: ReturnType<typeof providerOf>): Promise<void> {
  if (provider === "postgres") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REGROUP_LOCK})`);
}

/**
 * Takes the regroup lock inside a caller's transaction that will regroup (an editor's event move, a document's new
 * publication time): on PostgreSQL it waits for any other regroup to commit; SQLite has one writer anyway.
 * @example await database.$transaction(async (tx) => { await lockRegroups(tx, database); await regroupInTx(tx, id); })
 */
export async function lockRegroups(tx: Tx, database: Db): Promise<void> {
  await serializeRegroups(tx, providerOf(database));
}

/** regroupDocument inside a caller's transaction. */
export async function regroupInTx(tx: Tx, documentId: string): Promise<RegroupResult> {
  return regroupManyInTx(tx, [documentId]);
}

/**
 * The regroup of several documents at once (a batch of ingest): each document is placed in its event first (in the
 * order given, as one at a time would), then the buckets they touch are grouped once over all their figures. Every
 * figure of a bucket sits in one of its groups (singletons too), so grouping a bucket is a pure function of its
 * figures, and the result equals regrouping the documents one after another.
 */
async function regroupManyInTx(
  tx: Tx,
  documentIds: string[],
  profiles?: ReadonlyMap<string, DocumentProfile>,
): Promise<RegroupResult> {
  const docs = new Set(documentIds);
  // The documents' events first (lib/events): their figures are compared only inside them.
  let eventId = "";
  let eventCandidates = 0;
  for (const event of await assignEventsInTx(tx, documentIds, profiles)) {
    eventId = event.eventId;
    eventCandidates += event.candidates;
  }
  const pinned = await pinnedQuantityIds(tx, documentIds);
  const own = (await loadItems(tx, { documentId: { in: documentIds } })).filter((i) => !pinned.has(i.key));
  // Their buckets now, and those their figures sat in before (another event, or a week before a dateline was read),
  // so a document that changed event leaves its old groups.
  // From the documents' figures to their groups (Quantity.documentId, then QuantityGroupMember.quantityId): the
  // nested `members: { some: ... }` filter this replaces ran from the groups' side, reading every cross-document
  // group's members — 1.6 s at 1,000,000 claims for a new document that is in no group yet.
  const memberOf = await tx.$queryRaw<Array<{ groupId: string }>>`
    SELECT DISTINCT m."groupId" FROM "Quantity" q JOIN "QuantityGroupMember" m ON m."quantityId" = q."id"
    WHERE q."documentId" IN (${Prisma.join(documentIds)})`;
  const previous =
    memberOf.length === 0
      ? []
      : await tx.quantityGroup.findMany({
          where: {
            id: { in: memberOf.map((m) => m.groupId) },
            documentId: null,
            NOT: { key: { startsWith: MANUAL_PREFIX } },
          },
          select: { key: true },
        });
  const keys = [
    ...new Set([
      ...(await bucketKeysOffThread(own)).filter((k): k is string => k !== null),
      ...previous.map((g) => g.key),
    ]),
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
    (i) => !docs.has(i.documentId),
  );
  const groups = await groupAcrossOffThread([...others, ...own]);
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
  const now = new Date();
  const creates = changed
    .filter((c) => !c.exists)
    .map((c) => ({ id: c.id, documentId: null, ...c.data, createdAt: now }));
  await insertRows(tx, "QuantityGroup", creates);
  const members = changed.flatMap((c) => c.group.members.map((quantityId) => ({ groupId: c.id, quantityId })));
  await insertRows(tx, "QuantityGroupMember", members);
  // The claims table's cross flag: the document's claims, and the other claims of every group written or removed.
  await refreshCrossFlags(tx, { groupIds: [...changed.map((c) => c.id), ...stale], documentIds });
  return { groupIds: ids, candidates: others.length, eventId, eventCandidates };
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
  const values = g.members.map((k) => baseMeasureOf((items.get(k) as CompareItem).quantity));
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
async function pinnedQuantityIds(tx: Tx, documentIds: string[]): Promise<Set<string>> {
  const rows = await tx.quantityGroupMember.findMany({
    where: {
      quantity: { documentId: { in: documentIds } },
      group: { documentId: null, key: { startsWith: MANUAL_PREFIX } },
    },
    select: { quantityId: true },
  });
  return new Set(rows.map((r) => r.quantityId));
}
