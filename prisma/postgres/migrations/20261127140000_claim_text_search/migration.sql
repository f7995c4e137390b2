-- Free-text filter index for the claims table (docs/decisions/008-claim-text-search.md). Not expressible in
-- prisma/models.prisma (shared with SQLite, which uses an FTS5 table instead), so these indexes live only in this
-- migration. Trigram GIN indexes let ILIKE '%q%' (q of 3+ characters) use a BitmapOr of the three indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);
CREATE INDEX "Claim_label_trgm_idx" ON "Claim" USING GIN ("label" gin_trgm_ops);
CREATE INDEX "Claim_sourceName_trgm_idx" ON "Claim" USING GIN ("sourceName" gin_trgm_ops);
