/**
 * Writes one document's extraction rows inside a transaction: sources first (unique by stored key: the normalised
 * name, plus the document for a description, ADR 019), then
 * claims, quantities, groups and memberships in bulk, then the denormalised counts.
 */
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";
import type { Extraction } from "@/lib/extract/schema";
import { extractedSourceKey, parseSourceAliases } from "@/lib/sources/normalize";
import type { ExtractionRows } from "./extraction-rows.ts";

/** A stored source as claims denormalise it: the canonical name, not the surface form a claim used. */
export interface SourceRef {
  id: string;
  name: string;
  kind: string;
}

export interface SourceDraft {
  name: string;
  kind: string;
  affiliation: string | null;
  aliases: string[];
}

/**
 * Every source an extraction of `documentId` mentions, by stored key (claims name theirs; `sources` adds aliases): a
 * description ("Police") is keyed to the document, a name is not (lib/sources/normalize.ts storedSourceKey).
 */
export function sourceDrafts(extraction: Extraction, documentId: string): Map<string, SourceDraft> {
  const drafts = new Map<string, SourceDraft>();
  for (const s of extraction.sources) {
    drafts.set(extractedSourceKey(s, documentId), {
      name: s.name,
      kind: s.kind,
      affiliation: s.affiliation,
      aliases: s.aliases,
    });
  }
  for (const c of extraction.claims) {
    const key = extractedSourceKey(c.source, documentId);
    if (!drafts.has(key)) {
      drafts.set(key, { name: c.source.name, kind: c.source.kind, affiliation: c.source.affiliation, aliases: [] });
    }
  }
  return drafts;
}

/**
 * Finds or creates the sources, returning stored key -> id (a key an editor renamed or merged away: the source it
 * now means, through SourceAlias). Existing sources keep their editor-curated kind
 * and notes; new aliases are merged in.
 *
 * @example
 * const ids = await ensureSources(tx, sourceDrafts(extraction));
 */
export async function ensureSources(tx: Tx, drafts: Map<string, SourceDraft>): Promise<Map<string, SourceRef>> {
  const names = [...drafts.keys()];
  const existing = await tx.source.findMany({
    where: { normalizedName: { in: names } },
    select: { id: true, name: true, kind: true, normalizedName: true, aliases: true },
  });
  const ids = new Map<string, SourceRef>(
    existing.map((s) => [s.normalizedName, { id: s.id, name: s.name, kind: s.kind }]),
  );
  for (const s of existing) {
    const draft = drafts.get(s.normalizedName);
    const known = parseSourceAliases(s.aliases);
    const merged = [...new Set([...known, ...(draft?.aliases ?? [])])];
    if (merged.length !== known.length) {
      await tx.source.update({ where: { id: s.id }, data: { aliases: JSON.stringify(merged) } });
    }
  }
  // A name an editor renamed or merged away means the source it now belongs to.
  const unknown = names.filter((n) => !ids.has(n));
  if (unknown.length > 0) {
    const aliases = await tx.sourceAlias.findMany({
      where: { normalizedName: { in: unknown } },
      select: { normalizedName: true, source: { select: { id: true, name: true, kind: true } } },
    });
    for (const a of aliases) ids.set(a.normalizedName, a.source);
  }
  const missing = names.filter((n) => !ids.has(n));
  const created = missing.map((normalizedName) => {
    const d = drafts.get(normalizedName) as SourceDraft;
    return {
      id: newId(),
      name: d.name,
      normalizedName,
      kind: d.kind,
      affiliation: d.affiliation,
      aliases: JSON.stringify(d.aliases),
    };
  });
  const now = new Date();
  // Two ingests (two job workers on PostgreSQL) may create the same new source at once: the second skips it and
  // both read back whichever row won, instead of the second failing on the unique name (23505).
  await insertRows(
    tx,
    "Source",
    created.map((c) => ({ ...c, createdAt: now })),
    "normalizedName",
  );
  if (created.length > 0) {
    const stored = await tx.source.findMany({
      where: { normalizedName: { in: missing } },
      select: { id: true, name: true, kind: true, normalizedName: true },
    });
    for (const s of stored) ids.set(s.normalizedName, { id: s.id, name: s.name, kind: s.kind });
  }
  return ids;
}

/** Ids per UPDATE ... IN (...) statement: well under both databases' parameter limits. */
const BATCH = 500;

/**
 * Inserts new rows; claims listed in `updateClaimIds` already exist (re-extraction) and are updated in place so
 * their id, status, version, comments and evidence stay.
 */
export async function writeRows(tx: Tx, rows: ExtractionRows, updateClaimIds: ReadonlySet<string>): Promise<void> {
  // Multi-row INSERTs (lib/db/insert-rows.ts): createMany spent ~0.5 ms a row here, most of a batch ingest's time.
  const now = new Date();
  // Claims point at their group, so groups go first.
  await insertRows(
    tx,
    "QuantityGroup",
    rows.groups.map((g) => ({ ...g, createdAt: now })),
  );
  const inserts = rows.claims.filter((c) => !updateClaimIds.has(c.id));
  await insertRows(
    tx,
    "Claim",
    inserts.map((c) => ({ ...c, createdAt: now, updatedAt: now })),
  );
  for (const c of rows.claims.filter((r) => updateClaimIds.has(r.id))) {
    const { id, documentId, ...data } = c;
    await tx.claim.update({ where: { id }, data });
  }
  await insertRows(tx, "Quantity", rows.quantities);
  await insertRows(tx, "QuantityGroupMember", rows.members);
}

/**
 * Recomputes the denormalised counts a write touched: its documents' claim and flag counts, and its sources' claim
 * counts (a source's count spans all documents).
 */
export async function refreshCounts(tx: Tx, documentIds: string[], sourceIds: string[]): Promise<void> {
  for (let i = 0; i < documentIds.length; i += BATCH) {
    const ids = Prisma.join(documentIds.slice(i, i + BATCH));
    await tx.$executeRaw`UPDATE "Document" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id"), "flagCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id" AND c."flagRank" > 0) WHERE "id" IN (${ids})`;
  }
  for (let i = 0; i < sourceIds.length; i += BATCH) {
    const ids = Prisma.join(sourceIds.slice(i, i + BATCH));
    await tx.$executeRaw`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."sourceId" = "Source"."id") WHERE "id" IN (${ids})`;
  }
}
