-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'extracted';
ALTER TABLE "Claim" ADD COLUMN "editedById" TEXT;
ALTER TABLE "Claim" ADD COLUMN "editedAt" DATETIME;
