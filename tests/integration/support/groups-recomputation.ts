/**
 * The fault tests' checks that a crash and its repair left the database whole: stored cross-document groups against
 * grouping every stored figure from scratch, and every document once, counted right, nothing pending.
 */
import { expect } from "vitest";
import { groupAcross } from "@/lib/compare/cross";
import type { Db } from "@/lib/db/client";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
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

/**
 * After the crashes and the repair: `files` documents, each once (by sha256) with its claims counted right, none
 * pending, SQLite's integrity check ok, groups as from scratch, and a full cross-flag recomputation changing nothing.
 */
export async function expectWholeAsFromScratch(client: Db, leg: string, files: number): Promise<void> {
  expect(await client.document.count()).toBe(files);
  expect(new Set((await client.document.findMany({ select: { sha256: true } })).map((d) => d.sha256)).size).toBe(files);
  expect(await client.document.count({ where: { regroupPending: true } })).toBe(0);
  const counts = await client.document.findMany({
    select: { claimCount: true, _count: { select: { claims: true } } },
  });
  for (const c of counts) {
    expect(c.claimCount).toBe(c._count.claims);
    expect(c.claimCount).toBeGreaterThan(0);
  }
  if (leg === "sqlite") {
    expect(await client.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
  }
  const { stored, fresh } = await groupsMatchRecomputation(client);
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(fresh);
  const flags = async () =>
    (await client.claim.findMany({ select: { id: true, crossFlagRank: true }, orderBy: { id: "asc" } })).map(
      (c) => `${c.id}:${c.crossFlagRank}`,
    );
  const before = await flags();
  await refreshAllCrossFlags(client);
  expect(await flags()).toEqual(before);
}
