-- CreateIndex
CREATE INDEX "Document_claimCount_title_id_idx" ON "Document"("claimCount" DESC, "title", "id");

-- CreateIndex
CREATE INDEX "Source_claimCount_name_id_idx" ON "Source"("claimCount" DESC, "name", "id");
