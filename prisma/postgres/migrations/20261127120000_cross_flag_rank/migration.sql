-- Cross-document discrepancy flag on the claim (issue 4 follow-up): the strongest verdict among the cross-document
-- groups holding the figures of the claim, 0 none, 1 developing, 2 soft, 3 conflict (a dismissed group counts as none).
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "crossFlagRank" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Claim" ADD COLUMN "crossGroupId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_crossFlagRank_id_idx" ON "Claim"("crossFlagRank", "id");

-- CreateIndex
CREATE INDEX "Claim_flagRank_crossFlagRank_id_idx" ON "Claim"("flagRank", "crossFlagRank", "id");

-- Backfill from the groups already stored, by the rule of lib/groups/cross-flags.ts (only groups that also hold a
-- figure of another document count).
UPDATE "Claim" SET
  "crossGroupId" = (
    SELECT g."id" FROM "Quantity" q
    JOIN "QuantityGroupMember" m ON m."quantityId" = q."id"
    JOIN "QuantityGroup" g ON g."id" = m."groupId"
    WHERE q."claimId" = "Claim"."id" AND g."documentId" IS NULL AND (CASE WHEN g."decision" = 'dismissed' THEN 0 WHEN g."verdict" = 'conflict' THEN 3 WHEN g."verdict" = 'soft' THEN 2 WHEN g."verdict" = 'developing' THEN 1 ELSE 0 END) > 0
      AND EXISTS (SELECT 1 FROM "QuantityGroupMember" om JOIN "Quantity" oq ON oq."id" = om."quantityId" WHERE om."groupId" = g."id" AND oq."documentId" <> q."documentId")
    ORDER BY (CASE WHEN g."decision" = 'dismissed' THEN 0 WHEN g."verdict" = 'conflict' THEN 3 WHEN g."verdict" = 'soft' THEN 2 WHEN g."verdict" = 'developing' THEN 1 ELSE 0 END) DESC, g."id" ASC
    LIMIT 1
  ),
  "crossFlagRank" = COALESCE((
    SELECT MAX(CASE WHEN g."decision" = 'dismissed' THEN 0 WHEN g."verdict" = 'conflict' THEN 3 WHEN g."verdict" = 'soft' THEN 2 WHEN g."verdict" = 'developing' THEN 1 ELSE 0 END) FROM "Quantity" q
    JOIN "QuantityGroupMember" m ON m."quantityId" = q."id"
    JOIN "QuantityGroup" g ON g."id" = m."groupId"
    WHERE q."claimId" = "Claim"."id" AND g."documentId" IS NULL
      AND EXISTS (SELECT 1 FROM "QuantityGroupMember" om JOIN "Quantity" oq ON oq."id" = om."quantityId" WHERE om."groupId" = g."id" AND oq."documentId" <> q."documentId")
  ), 0);
