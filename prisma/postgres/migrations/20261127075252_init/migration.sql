-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "extractorVersion" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "flagCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "affiliation" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "cueText" TEXT,
    "status" TEXT NOT NULL DEFAULT 'unverified',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sortValue" DOUBLE PRECISION,
    "sortText" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "documentTitle" TEXT NOT NULL,
    "flagRank" INTEGER NOT NULL DEFAULT 0,
    "groupId" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quantity" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "modifier" TEXT NOT NULL,
    "of" DOUBLE PRECISION,
    "unit" TEXT,
    "concept" TEXT,

    CONSTRAINT "Quantity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuantityGroup" (
    "id" TEXT NOT NULL,
    "documentId" TEXT,
    "key" TEXT NOT NULL,
    "concept" TEXT NOT NULL,
    "unit" TEXT,
    "verdict" TEXT NOT NULL DEFAULT 'none',
    "explanation" TEXT NOT NULL DEFAULT '',
    "spread" DOUBLE PRECISION,
    "decision" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuantityGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuantityGroupMember" (
    "groupId" TEXT NOT NULL,
    "quantityId" TEXT NOT NULL,

    CONSTRAINT "QuantityGroupMember_pkey" PRIMARY KEY ("groupId","quantityId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" TEXT,
    "sourceId" TEXT,
    "stance" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "claimId" TEXT,
    "sourceId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "parentId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Document_sha256_key" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "Document_createdAt_idx" ON "Document"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Source_normalizedName_key" ON "Source"("normalizedName");

-- CreateIndex
CREATE INDEX "Source_name_idx" ON "Source"("name");

-- CreateIndex
CREATE INDEX "Claim_documentId_position_id_idx" ON "Claim"("documentId", "position", "id");

-- CreateIndex
CREATE INDEX "Claim_position_id_idx" ON "Claim"("position", "id");

-- CreateIndex
CREATE INDEX "Claim_status_id_idx" ON "Claim"("status", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceId_id_idx" ON "Claim"("sourceId", "id");

-- CreateIndex
CREATE INDEX "Claim_flagRank_id_idx" ON "Claim"("flagRank", "id");

-- CreateIndex
CREATE INDEX "Claim_groupId_idx" ON "Claim"("groupId");

-- CreateIndex
CREATE INDEX "Claim_sortValue_id_idx" ON "Claim"("sortValue", "id");

-- CreateIndex
CREATE INDEX "Claim_sortText_id_idx" ON "Claim"("sortText", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceName_id_idx" ON "Claim"("sourceName", "id");

-- CreateIndex
CREATE INDEX "Claim_documentTitle_id_idx" ON "Claim"("documentTitle", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_documentId_key_key" ON "Claim"("documentId", "key");

-- CreateIndex
CREATE INDEX "Quantity_claimId_ordinal_idx" ON "Quantity"("claimId", "ordinal");

-- CreateIndex
CREATE INDEX "Quantity_documentId_idx" ON "Quantity"("documentId");

-- CreateIndex
CREATE INDEX "QuantityGroup_verdict_idx" ON "QuantityGroup"("verdict");

-- CreateIndex
CREATE UNIQUE INDEX "QuantityGroup_documentId_key_key" ON "QuantityGroup"("documentId", "key");

-- CreateIndex
CREATE INDEX "QuantityGroupMember_quantityId_idx" ON "QuantityGroupMember"("quantityId");

-- CreateIndex
CREATE INDEX "Evidence_claimId_idx" ON "Evidence"("claimId");

-- CreateIndex
CREATE INDEX "Comment_claimId_createdAt_idx" ON "Comment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_sourceId_createdAt_idx" ON "Comment"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "QuantityGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quantity" ADD CONSTRAINT "Quantity_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quantity" ADD CONSTRAINT "Quantity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuantityGroup" ADD CONSTRAINT "QuantityGroup_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuantityGroupMember" ADD CONSTRAINT "QuantityGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "QuantityGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuantityGroupMember" ADD CONSTRAINT "QuantityGroupMember_quantityId_fkey" FOREIGN KEY ("quantityId") REFERENCES "Quantity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
