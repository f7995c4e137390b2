-- Issue 13 item 3: the Value sort orders by unit first, then value (valueSortKeys in lib/documents/extraction-rows.ts).
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sortUnit" TEXT;

-- Backfill: the headline figure's unit, lower-cased, "" for a bare number, null for a claim without a figure.
UPDATE "Claim" SET "sortUnit" = COALESCE((SELECT lower(q."unit") FROM "Quantity" q WHERE q."claimId" = "Claim"."id" AND q."ordinal" = 0), '') WHERE "sortValue" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Claim_sortUnit_sortValue_id_idx" ON "Claim"("sortUnit", "sortValue", "id");
