-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'extracted',
ADD COLUMN     "editedById" TEXT,
ADD COLUMN     "editedAt" TIMESTAMP(3);
