-- CreateIndex
CREATE INDEX "Claim_crossGroupId_idx" ON "Claim"("crossGroupId");
