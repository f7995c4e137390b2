-- CreateIndex
CREATE INDEX "Quantity_documentId_start_id_idx" ON "Quantity"("documentId", "start", "id");

-- CreateIndex
CREATE INDEX "QuantityGroup_verdict_id_idx" ON "QuantityGroup"("verdict", "id");
