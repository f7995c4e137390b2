/**
 * Keeps Claim.crossFlagRank / Claim.crossGroupId true (server-only): the strongest cross-document verdict among the
 * groups (documentId null) that hold one of the claim's figures and a figure of another document, so the claims table can filter and sort on it from
 * an index. Order: 0 none, 1 developing, 2 soft, 3 conflict — a disagreement outranks a rising toll; a dismissed
 * group counts as none, a confirmed one keeps its verdict. Set-based: one UPDATE over the touched groups' member
 * claims (and the claims that pointed at them), never a per-claim loop. The migration
 * 20261127120000_cross_flag_rank applies the same rule to every claim.
 */
import { type Db, providerOf, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";

/** Verdict -> rank as one SQL expression over the group alias g. */
const RANK = Prisma.raw(
  `CASE WHEN g."decision" = 'dismissed' THEN 0 WHEN g."verdict" = 'conflict' THEN 3 ` +
    `WHEN g."verdict" = 'soft' THEN 2 WHEN g."verdict" = 'developing' THEN 1 ELSE 0 END`,
);

/**
 * The group holds a figure of another document: a cross-document group can hold one article's figures only (its
 * own figures at one time), which the in-document flag already shows; this flag is "another outlet disagrees".
 */
const OTHER_DOCUMENT = Prisma.raw(
  `EXISTS (SELECT 1 FROM "QuantityGroupMember" om JOIN "Quantity" oq ON oq."id" = om."quantityId" ` +
    `WHERE om."groupId" = g."id" AND oq."documentId" <> q."documentId")`,
);

/** Bound on ids per statement, well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

/**
 * Recomputes the cross flag of the claims touched by a change to `groupIds` (members now, or pointing at them
 * before, which covers deleted groups), plus every claim of `documentIds` (re-extraction drops figures).
 *
 * @example
 * await refreshCrossFlags(tx, { groupIds: [kept, deleted], documentIds: [documentId] })
 */
export async function refreshCrossFlags(
  tx: Tx | Db,
  scope: { groupIds?: string[]; documentIds?: string[] },
): Promise<void> {
  const groupIds = [...new Set(scope.groupIds ?? [])];
  const documentIds = [...new Set(scope.documentIds ?? [])];
  // The claims to recompute are found first, each by an index (crossGroupId, the member key, documentId); the
  // UPDATE then touches them by primary key, instead of OR-ing these conditions inside the UPDATE.
  const claimIds = new Set<string>();
  for (let i = 0; i < groupIds.length; i += CHUNK) {
    const ids = Prisma.join(groupIds.slice(i, i + CHUNK));
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Claim" WHERE "crossGroupId" IN (${ids})
      UNION
      SELECT q."claimId" AS "id" FROM "QuantityGroupMember" m JOIN "Quantity" q ON q."id" = m."quantityId"
      WHERE m."groupId" IN (${ids})`;
    for (const r of rows) claimIds.add(r.id);
  }
  for (let i = 0; i < documentIds.length; i += CHUNK) {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Claim" WHERE "documentId" IN (${Prisma.join(documentIds.slice(i, i + CHUNK))})`;
    for (const r of rows) claimIds.add(r.id);
  }
  const all = [...claimIds];
  for (let i = 0; i < all.length; i += CHUNK) {
    await update(tx, Prisma.sql`"Claim"."id" IN (${Prisma.join(all.slice(i, i + CHUNK))})`);
  }
}

/**
 * Recomputes the cross flag of every claim (after a whole-database regroup or an import).
 *
 * @example
 * await refreshAllCrossFlags(db())
 */
export async function refreshAllCrossFlags(tx: Tx | Db): Promise<void> {
  await update(tx, Prisma.sql`1 = 1`);
}

async function update(tx: Tx | Db, where: Prisma.Sql): Promise<void> {
  // The new values are computed in a derived table (both subqueries read the old rows, so a claim that pointed at a
  // deleted group is still matched) and only the claims whose flag changes are written: on PostgreSQL every written
  // Claim row re-indexes its three trigram GIN indexes, which made a large document's regroup take 13 s for flags
  // that mostly stayed 0.
  // Each claim's figures are read first, by the claimId index (on PostgreSQL OFFSET 0 keeps that subquery apart):
  // with statistics taken before a regroup wrote its cross groups, the planner estimated one cross group and scanned
  // every group member once per claim — 0.6 s for a batch of 500 claims in a fresh database, growing with the groups.
  const figures = Prisma.sql`(SELECT f."id", f."documentId" FROM "Quantity" f WHERE f."claimId" = "Claim"."id"${
    providerOf(tx) === "postgres" ? Prisma.raw(" OFFSET 0") : Prisma.empty
  }) q`;
  await tx.$executeRaw`UPDATE "Claim" SET "crossGroupId" = n."gid", "crossFlagRank" = n."rank"
  FROM (
    SELECT "Claim"."id" AS "id",
      (
        SELECT g."id" FROM ${figures}
        JOIN "QuantityGroupMember" m ON m."quantityId" = q."id"
        JOIN "QuantityGroup" g ON g."id" = m."groupId"
        WHERE g."documentId" IS NULL AND (${RANK}) > 0 AND ${OTHER_DOCUMENT}
        ORDER BY (${RANK}) DESC, g."id" ASC
        LIMIT 1
      ) AS "gid",
      COALESCE((
        SELECT MAX(${RANK}) FROM ${figures}
        JOIN "QuantityGroupMember" m ON m."quantityId" = q."id"
        JOIN "QuantityGroup" g ON g."id" = m."groupId"
        WHERE g."documentId" IS NULL AND ${OTHER_DOCUMENT}
      ), 0) AS "rank"
    FROM "Claim"
    WHERE ${where}
  ) AS n
  WHERE "Claim"."id" = n."id"
    AND (COALESCE("Claim"."crossGroupId", '') <> COALESCE(n."gid", '') OR "Claim"."crossFlagRank" <> n."rank")`;
}
