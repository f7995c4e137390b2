/**
 * Prints, as one JSON line, how consistent the database at DATABASE_URL is after a crash (tests/e2e/fault-kill.spec.ts
 * runs it with `node --import tsx`, so the spec needs none of the app's modules): documents, how many are still
 * regroupPending, documents whose claimCount disagrees with their rows, SQLite's integrity_check, whether the stored
 * cross-document groups equal grouping every stored figure from scratch, and whether a full cross-flag recomputation
 * changes anything.
 */
import { createDb } from "@/lib/db/client";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
import { groupsMatchRecomputation } from "../integration/support/groups-recomputation";

const client = createDb();
const documents = await client.document.findMany({
  select: { id: true, claimCount: true, regroupPending: true, _count: { select: { claims: true } } },
});
const { stored, fresh } = await groupsMatchRecomputation(client);
const flags = async () =>
  (await client.claim.findMany({ select: { id: true, crossFlagRank: true }, orderBy: { id: "asc" } }))
    .map((c) => `${c.id}:${c.crossFlagRank}`)
    .join(" ");
const before = await flags();
await refreshAllCrossFlags(client);
const integrity = (await client.$queryRawUnsafe<Array<{ integrity_check: string }>>("PRAGMA integrity_check"))[0]
  ?.integrity_check;
console.log(
  JSON.stringify({
    documents: documents.length,
    pending: documents.filter((d) => d.regroupPending).length,
    wrongCounts: documents.filter((d) => d.claimCount !== d._count.claims).length,
    integrity,
    crossGroups: stored.length,
    groupsAsFromScratch: JSON.stringify(stored) === JSON.stringify(fresh),
    flagsUnchanged: (await flags()) === before,
  }),
);
await client.$disconnect();
