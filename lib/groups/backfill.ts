/**
 * Builds the cross-document groups of a whole database in one pass (server-only): for databases filled before
 * grouping existed or by bulk loads (scripts/load-claims.ts), which skip per-document grouping for speed. Ingest
 * afterwards is incremental (regroupDocument).
 */
import { groupAcross } from "@/lib/compare/cross.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { assignEventInTx } from "@/lib/events/assign.ts";
import { refreshAllCrossFlags } from "./cross-flags.ts";
import { loadItems } from "./items.ts";

const PAGE = 200;

/**
 * Replaces every automatic cross-document group; documents are read in pages and grouped per publication week
 * (plus the following week, as the window allows), so memory stays bounded.
 * @example await backfillGroups((n) => console.log(n)) // number of groups written
 */
export async function backfillGroups(
  progress: (groups: number) => void = () => {},
  database: Db = db(),
): Promise<number> {
  await assignMissingEvents(database);
  await database.quantityGroup.deleteMany({ where: { documentId: null, NOT: { key: { startsWith: "m|" } } } });
  const items: CompareItem[] = [];
  let cursor: string | undefined;
  for (;;) {
    const docs = await database.document.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (docs.length === 0) break;
    cursor = docs[docs.length - 1].id;
    const page = await database.$transaction((tx) => loadItems(tx, { documentId: { in: docs.map((d) => d.id) } }));
    items.push(...page);
  }
  const groups = groupAcross(items);
  const rows = groups.map((g) => ({
    id: newId(),
    documentId: null,
    key: g.key,
    concept: g.concept,
    unit: g.unit,
    verdict: g.verdict ?? "none",
    explanation: g.explanation,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await database.$transaction(async (tx) => {
      const slice = rows.slice(i, i + 500);
      await tx.quantityGroup.createMany({ data: slice });
      const members = slice.flatMap((r, j) =>
        groups[i + j].members.map((quantityId) => ({ groupId: r.id, quantityId })),
      );
      for (let k = 0; k < members.length; k += 500) {
        await tx.quantityGroupMember.createMany({ data: members.slice(k, k + 500) });
      }
    });
    progress(Math.min(i + 500, rows.length));
  }
  await refreshAllCrossFlags(database);
  // Every document has just been grouped: nothing is left for the repair at start.
  await database.document.updateMany({ where: { regroupPending: true }, data: { regroupPending: false } });
  return rows.length;
}

/**
 * Documents without an event get one, in publication order (undated last), as if ingested one by one: the grouping
 * below partitions by event.
 */
async function assignMissingEvents(database: Db): Promise<void> {
  for (;;) {
    const docs = await database.document.findMany({
      where: { eventId: null },
      select: { id: true },
      orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: PAGE,
    });
    if (docs.length === 0) return;
    await database.$transaction(
      async (tx) => {
        for (const d of docs) await assignEventInTx(tx, d.id);
      },
      { maxWait: 30_000, timeout: 300_000 },
    );
  }
}
