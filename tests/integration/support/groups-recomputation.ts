/**
 * Stored cross-document groups against grouping every stored figure from scratch, as sorted member lists: the fault
 * tests' check that a crash and its repair left the groups as a full recomputation would make them.
 */
import { groupAcross } from "@/lib/compare/cross";
import type { Db } from "@/lib/db/client";
import { loadItems } from "@/lib/groups/items";
import { MANUAL_PREFIX } from "@/lib/groups/mutations";

export async function groupsMatchRecomputation(client: Db): Promise<{ stored: string[]; fresh: string[] }> {
  const documentIds = (await client.document.findMany({ select: { id: true } })).map((d) => d.id);
  const items = await client.$transaction((tx) => loadItems(tx, { documentId: { in: documentIds } }));
  const fresh = groupAcross(items)
    .map((g) => [...g.members].sort().join(","))
    .sort();
  const stored = (
    await client.quantityGroup.findMany({
      where: { documentId: null, NOT: { key: { startsWith: MANUAL_PREFIX } } },
      select: { members: { select: { quantityId: true } } },
    })
  )
    .map((g) =>
      g.members
        .map((m) => m.quantityId)
        .sort()
        .join(","),
    )
    .sort();
  return { stored, fresh };
}
