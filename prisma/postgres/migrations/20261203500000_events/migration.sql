-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "startAt" TIMESTAMP(3),
    "endAt" TIMESTAMP(3),
    "documentCount" INTEGER NOT NULL DEFAULT 0,
    "profile" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventName" (
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "EventName_pkey" PRIMARY KEY ("eventId","name")
);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "eventId" TEXT,
ADD COLUMN "eventPinned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "datedFrom" TEXT;

-- CreateIndex
CREATE INDEX "Event_endAt_idx" ON "Event"("endAt");
CREATE INDEX "Event_startAt_idx" ON "Event"("startAt");
CREATE INDEX "EventName_name_idx" ON "EventName"("name");
CREATE INDEX "Document_eventId_publishedAt_idx" ON "Document"("eventId", "publishedAt");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EventName" ADD CONSTRAINT "EventName_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
