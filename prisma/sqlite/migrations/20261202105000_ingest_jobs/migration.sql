-- CreateTable
CREATE TABLE "IngestJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "IngestJobItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "lockedAt" DATETIME,
    "firstClaimedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" DATETIME,
    "finishedBy" TEXT,
    CONSTRAINT "IngestJobItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "IngestJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IngestJob_status_createdAt_idx" ON "IngestJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IngestJobItem_jobId_status_idx" ON "IngestJobItem"("jobId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IngestJobItem_jobId_position_key" ON "IngestJobItem"("jobId", "position");
