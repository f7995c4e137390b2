-- An editor's correction of a figure (issue 13): who and when, the figure as written stays in "text".
ALTER TABLE "Quantity" ADD COLUMN "correctedById" TEXT;
ALTER TABLE "Quantity" ADD COLUMN "correctedAt" TIMESTAMP(3);
