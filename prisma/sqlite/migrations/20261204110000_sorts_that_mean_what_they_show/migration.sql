-- Issue 13 item 3: sorts that mean what they show.
-- The Claim sort reads the label the column shows, not the sentence under it (sortTextOf in
-- lib/documents/extraction-rows.ts). SQLite's lower() folds ASCII only, rows written from now on fold every script.
UPDATE "Claim" SET "sortText" = lower(substr("label", 1, 120));

-- Status sorts in workflow order (statusWorkflow in lib/claims/schema.ts, which tests/integration/claim-sorts.test.ts keeps
-- the two in step), computed by the database so no write path can forget it. Hand-written: Prisma's schema has no
-- generated columns, so "statusRank" is not in prisma/models.prisma and only raw SQL reads it. A later Prisma
-- migration that redefines the Claim table (SQLite's "RedefineTables") would drop it: re-add it there
-- (tests/integration/migrations.test.ts checks its index exists).
ALTER TABLE "Claim" ADD COLUMN "statusRank" INTEGER GENERATED ALWAYS AS (
  CASE "status"
    WHEN 'unverified' THEN 0
    WHEN 'needs-review' THEN 1
    WHEN 'disputed' THEN 2
    WHEN 'corroborated' THEN 3
    WHEN 'refuted' THEN 4
    WHEN 'retracted' THEN 5
    ELSE 6
  END
) VIRTUAL;

CREATE INDEX "Claim_statusRank_id_idx" ON "Claim"("statusRank", "id");
