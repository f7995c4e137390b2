/**
 * Document writes (server-only): ingest, and what re-extraction (reextract.ts) shares with it. Callers pass the
 * database and the acting user; auth lives in actions.ts.
 */
import { createHash } from "node:crypto";
import { recordAudits } from "@/lib/audit/record";
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { insertRows, yieldToEventLoop } from "@/lib/db/insert-rows";
import { retryTransient } from "@/lib/db/retry";
import type { ExtractInput, Extraction } from "@/lib/extract/schema";
import { regroupDocument } from "@/lib/groups/mutations";
import { ExtractionFailure, extractInPool } from "@/lib/workers/extract-pool";
import { type ExtractionRows, emptyPreviousWork, extractionRows, type PreviousWork } from "./extraction-rows.ts";
import { checkText } from "./plain-text.ts";
import type { DocumentMeta } from "./schema.ts";
import { ensureSources, refreshCounts, sourceDrafts, writeRows } from "./write-rows.ts";

/**
 * Bumped when extraction or grouping rules change what is stored; documents with an older value are re-extracted
 * (and regrouped) by `npm run db:reextract`, which db:prepare points to. What each version changed:
 * docs/extractor-versions.md.
 */
export const EXTRACTOR_VERSION = "19";

export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

export interface IngestInput extends Partial<DocumentMeta> {
  text: string;
  createdById?: string | null;
}

export interface IngestResult {
  documentId: string;
  /** false when the same text was already stored: ingest is a no-op. */
  created: boolean;
  claimCount: number;
  /** Set when extraction ran out of time or failed: the document is stored without claims. */
  extractionError: string | null;
}

/**
 * sha256 of the normalised text: the identity of a document.
 *
 * @example
 * contentHash("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A title for untitled documents: the first line, shortened at a word boundary. */
export function fallbackTitle(text: string): string {
  const first = text.trim().split("\n", 1)[0].trim();
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60))}…`;
}

/**
 * extract() on the pool's threads within the per-document budget. A timeout or an extractor error is not an ingest
 * failure: the document is stored with no claims and the reason, which its page shows.
 *
 * @example
 * const { extraction, error } = await analyse({ id: newId(), text });
 */
export async function analyse(input: ExtractInput): Promise<{ extraction: Extraction; error: string | null }> {
  try {
    return { extraction: await extractInPool(input), error: null };
  } catch (error) {
    if (!(error instanceof ExtractionFailure)) throw error;
    return { extraction: emptyExtraction(input.id), error: error.message };
  }
}

/** A document's extraction when the extractor failed on it: no claims. */
export function emptyExtraction(id: string): Extraction {
  return { id, sentences: [], claims: [], quantities: [], dates: [], sources: [], groups: [], discrepancies: [] };
}

/**
 * Stores a document and its extracted claims. The same text again returns the stored document unchanged (and
 * finishes its regroup if a crash interrupted it). Throws IngestError for empty or oversized text.
 *
 * @example
 * const { documentId, created } = await ingestDocument({ text, title: "Militias cross into Iran" });
 */
export async function ingestDocument(input: IngestInput, database: Db = db()): Promise<IngestResult> {
  const text = checkText(input.text);
  const sha256 = contentHash(text);
  const existing = await findByHash(database, sha256);
  if (existing) return existing;

  const documentId = newId();
  const { extraction, error } = await analyse({
    id: documentId,
    text,
    outlet: input.outlet,
    publishedAt: input.publishedAt,
  });
  try {
    await insertExtractedDocument(
      { ...input, id: documentId, text, sha256, extractionError: error },
      extraction,
      database,
    );
  } catch (failure) {
    // Two requests with the same text raced: the other one stored it, which is the outcome we wanted.
    const raced = await findByHash(database, sha256);
    if (raced) return raced;
    throw failure;
  }
  // Cross-document groups: compared against candidate buckets only (lib/groups), after the document is stored.
  // The document was stored with regroupPending set; this commit clears it. If it fails (or the process dies), the
  // document and its claims stand, and the repair at start, in every worker sweep and on a re-post regroups it.
  // The commit of a large document holds this thread (~0.2 s for 10,000 claims on SQLite); requests run before the
  // regroup starts.
  await yieldToEventLoop();
  try {
    await regroupDocument(documentId, database);
  } catch (failure) {
    console.error(`[ingest] regroup of ${documentId} deferred to the repair:`, (failure as Error).message);
  }
  return { documentId, created: true, claimCount: extraction.claims.length, extractionError: error };
}

async function findByHash(database: Db, sha256: string): Promise<IngestResult | null> {
  const doc = await database.document.findUnique({
    where: { sha256 },
    select: { id: true, claimCount: true, regroupPending: true, extractionError: true },
  });
  if (!doc) return null;
  if (doc.regroupPending) await regroupDocument(doc.id, database);
  return { documentId: doc.id, created: false, claimCount: doc.claimCount, extractionError: doc.extractionError };
}

/**
 * Stores a document with an extraction already computed for its text (the ingest path after extract()).
 *
 * @example
 * await insertExtractedDocument({ id: newId(), text, sha256: contentHash(text), title }, extract({ id, text }));
 */
export async function insertExtractedDocument(
  doc: StoredDocumentInput,
  extraction: Extraction,
  database: Db = db(),
): Promise<void> {
  await insertExtractedDocuments([{ doc, extraction }], database);
}

export type StoredDocumentInput = IngestInput & {
  id: string;
  text: string;
  sha256: string;
  extractionError?: string | null;
};

/**
 * Stores many analysed documents in one transaction. Measured on SQLite here: one transaction per document spends
 * ~30 ms in the commit's fsync, so bulk loads (scripts/load-claims.ts, CLI ingest of a directory) batch documents.
 *
 * @example
 * await insertExtractedDocuments(analysed.map(({ doc, extraction }) => ({ doc, extraction })));
 */
export async function insertExtractedDocuments(
  items: Array<{ doc: StoredDocumentInput; extraction: Extraction }>,
  database: Db = db(),
): Promise<void> {
  if (items.length === 0) return;
  // Two writers updating the same sources' counts can deadlock on PostgreSQL: the loser runs again.
  await retryTransient(() => insertInTransaction(database, items));
}

async function insertInTransaction(
  database: Db,
  items: Array<{ doc: StoredDocumentInput; extraction: Extraction }>,
): Promise<void> {
  await database.$transaction(async (tx) => {
    const docs = items.map(({ doc }) => ({
      id: doc.id,
      title: doc.title ?? fallbackTitle(doc.text),
      outlet: doc.outlet ?? null,
      url: doc.url ?? null,
      publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
      text: doc.text,
      sha256: doc.sha256,
      extractorVersion: EXTRACTOR_VERSION,
      createdById: doc.createdById ?? null,
      extractionError: doc.extractionError ?? null,
      regroupPending: true,
    }));
    const now = new Date();
    await insertRows(
      tx,
      "Document",
      docs.map((d) => ({ ...d, createdAt: now })),
    );
    const sourceIdByName = await ensureSources(
      tx,
      mergeDrafts(items.map((i, n) => sourceDrafts(i.extraction, docs[n].id))),
    );
    const rows: ExtractionRows = { claims: [], quantities: [], groups: [], members: [] };
    for (const [i, { extraction }] of items.entries()) {
      // Building a 2 MB article's rows takes ~0.2 s of this thread, as long as its sources' queries before it: other
      // requests run between the two, and between documents of a batch.
      await yieldToEventLoop();
      const one = extractionRows({
        documentId: docs[i].id,
        documentTitle: docs[i].title,
        extraction,
        sourceIdByName,
        previous: emptyPreviousWork(),
      });
      rows.claims.push(...one.claims);
      rows.quantities.push(...one.quantities);
      rows.groups.push(...one.groups);
      rows.members.push(...one.members);
    }
    await yieldToEventLoop();
    await writeRows(tx, rows, new Set());
    // Every stored document is audited: who added it, and what the extractor found (issue 12).
    const claimsOf = new Map<string, number>();
    for (const c of rows.claims) claimsOf.set(c.documentId, (claimsOf.get(c.documentId) ?? 0) + 1);
    await recordAudits(
      tx,
      docs.map((d) => ({
        actorId: d.createdById,
        entityType: "document" as const,
        entityId: d.id,
        action: "ingest",
        after: {
          title: d.title,
          outlet: d.outlet,
          publishedAt: d.publishedAt,
          claims: claimsOf.get(d.id) ?? 0,
          extractorVersion: d.extractorVersion,
          ...(d.extractionError ? { extractionError: d.extractionError } : {}),
        },
      })),
    );
    await refreshCounts(
      tx,
      docs.map((d) => d.id),
      [...new Set(rows.claims.map((c) => c.sourceId))],
    );
  }, TRANSACTION_OPTIONS);
}

function mergeDrafts<T>(maps: Array<Map<string, T>>): Map<string, T> {
  const merged = new Map<string, T>();
  for (const m of maps) for (const [k, v] of m) if (!merged.has(k)) merged.set(k, v);
  return merged;
}

export async function storeExtraction(
  tx: Tx,
  documentId: string,
  title: string,
  extraction: Extraction,
  previous: PreviousWork,
  keepClaimIds: ReadonlySet<string> = new Set(),
): Promise<{ sourceIds: string[]; claimIds: Set<string> }> {
  const sourceIdByName = await ensureSources(tx, sourceDrafts(extraction, documentId));
  const rows = extractionRows({ documentId, documentTitle: title, extraction, sourceIdByName, previous });
  const updateIds = new Set(rows.claims.map((c) => c.id).filter((id) => keepClaimIds.has(id)));
  await writeRows(tx, rows, updateIds);
  return {
    sourceIds: [...new Set(rows.claims.map((c) => c.sourceId))],
    claimIds: new Set(rows.claims.map((c) => c.id)),
  };
}
