-- Free-text filter index for the claims table (docs/decisions/008-claim-text-search.md). Not expressible in
-- prisma/models.prisma: Prisma does not model FTS5 virtual tables, so this index lives only in this migration.
-- An external-content FTS5 table with the trigram tokenizer (SQLite >= 3.34) over Claim.text, label and sourceName,
-- keyed by Claim's rowid and kept in sync by triggers, so every writer (Prisma, raw bulk INSERTs) is covered.
-- Queries use it only as a prefilter for q of 3+ characters and re-check the original LIKE (lib/claims/text-search.ts).
-- If Claim's rowids ever change (VACUUM may renumber a table without INTEGER PRIMARY KEY), rebuild with
--   INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('rebuild');
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    "text", "label", "sourceName",
    content = 'Claim', content_rowid = 'rowid', tokenize = 'trigram'
);

CREATE TRIGGER "Claim_search_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"("rowid", "text", "label", "sourceName")
    VALUES (new."rowid", new."text", new."label", new."sourceName");
END;

CREATE TRIGGER "Claim_search_ad" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"("ClaimSearch", "rowid", "text", "label", "sourceName")
    VALUES ('delete', old."rowid", old."text", old."label", old."sourceName");
END;

CREATE TRIGGER "Claim_search_au" AFTER UPDATE OF "text", "label", "sourceName" ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"("ClaimSearch", "rowid", "text", "label", "sourceName")
    VALUES ('delete', old."rowid", old."text", old."label", old."sourceName");
    INSERT INTO "ClaimSearch"("rowid", "text", "label", "sourceName")
    VALUES (new."rowid", new."text", new."label", new."sourceName");
END;

-- Existing rows.
INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('rebuild');
