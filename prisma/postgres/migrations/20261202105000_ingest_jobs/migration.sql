-- CreateTable
CREATE TABLE "IngestJob" (
    "id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "IngestJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestJobItem" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "documentId" TEXT,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" TEXT,
    "text" TEXT NOT NULL,
    "lockedBy" TEXT,
    "lockedAt" TIMESTAMP(3),
    "firstClaimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),
    "finishedBy" TEXT,

    CONSTRAINT "IngestJobItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IngestJob_status_createdAt_idx" ON "IngestJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IngestJobItem_jobId_status_idx" ON "IngestJobItem"("jobId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IngestJobItem_jobId_position_key" ON "IngestJobItem"("jobId", "position");

-- AddForeignKey
ALTER TABLE "IngestJobItem" ADD CONSTRAINT "IngestJobItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "IngestJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

