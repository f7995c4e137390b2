-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "extractionError" TEXT,
ADD COLUMN     "regroupPending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Document_regroupPending_idx" ON "Document"("regroupPending");
