-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "startAt" DATETIME,
    "endAt" DATETIME,
    "documentCount" INTEGER NOT NULL DEFAULT 0,
    "profile" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EventName" (
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "name"),
    CONSTRAINT "EventName_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "eventId" TEXT REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Document" ADD COLUMN "eventPinned" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Document" ADD COLUMN "datedFrom" TEXT;

-- CreateIndex
CREATE INDEX "Event_endAt_idx" ON "Event"("endAt");
CREATE INDEX "Event_startAt_idx" ON "Event"("startAt");
CREATE INDEX "EventName_name_idx" ON "EventName"("name");
CREATE INDEX "Document_eventId_publishedAt_idx" ON "Document"("eventId", "publishedAt");
