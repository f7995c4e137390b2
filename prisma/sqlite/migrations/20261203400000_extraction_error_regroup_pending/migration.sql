-- AlterTable
ALTER TABLE "Document" ADD COLUMN "extractionError" TEXT;
ALTER TABLE "Document" ADD COLUMN "regroupPending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Document_regroupPending_idx" ON "Document"("regroupPending");
