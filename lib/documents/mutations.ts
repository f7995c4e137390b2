/**
 * Document writes (server-only): ingest and re-extraction. Callers pass the database and the acting user; auth
 * lives in actions.ts.
 */
import { createHash } from "node:crypto";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { carryFigures, restoreFigures } from "@/lib/claims/figure-carry";
import { regroupWithinDocument } from "@/lib/claims/figure-groups";
import { syncTwinDecisions } from "@/lib/claims/mutations";
import { EDITOR_ORIGIN, filterForEditorClaims, renumberPositions } from "@/lib/claims/structure";
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";
import { retryTransient } from "@/lib/db/retry";
import type { ExtractInput, Extraction } from "@/lib/extract/schema";
import { refreshCrossFlags } from "@/lib/groups/cross-flags";
import { regroupDocument } from "@/lib/groups/mutations";
import { ExtractionFailure, extractInPool } from "@/lib/workers/extract-pool";
import {
  claimKeys,
  type ExtractionRows,
  emptyPreviousWork,
  extractionRows,
  type PreviousWork,
} from "./extraction-rows.ts";
import { checkText } from "./plain-text.ts";
import type { DocumentMeta } from "./schema.ts";
import { ensureSources, refreshCounts, sourceDrafts, writeRows } from "./write-rows.ts";

/**
 * Bumped when extraction or grouping rules change what is stored; documents with an older value are re-extracted
 * (and regrouped) by `npm run db:reextract`, which db:prepare points to. 2: "a third" after a verb is a person, shot
 * vs killed vs wounded, context-aware grouping (lib/compare/context.ts). 3: a description ("police said") is the
 * document's own source (ADR 019); re-extraction moves a document's claims off the global rows stored before. 4: the
 * attribution grammar's later patterns (quotations across paragraphs, "data from X", carriers; PolNeAR report) and
 * reads that no longer depend on what wink read before (ADR 024). 5: segmentation around "(D-Md.)" and after a
 * quotation closed by "?"/"!", progressives, held views and conditional cues with a clause, paragraph speakers
 * ("Name: ..."), a capitalized "Poll", reporting verbs in title-case headlines (PolNeAR report, 2026-12-04 seventh
 * session).
 */
export const EXTRACTOR_VERSION = "5";

const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

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
    items.forEach(({ extraction }, i) => {
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
    });
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

async function storeExtraction(
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

/**
 * Runs the current extractor again on a stored document. Claims are matched by their stable key, so statuses,
 * versions, comments and evidence stay on the same claim rows; group decisions carry over by concept and unit.
 * Claims that vanished are removed unless an editor worked on them (status, comments, evidence).
 *
 * @example
 * await reextractDocument(documentId);
 */
export async function reextractDocument(
  documentId: string,
  database: Db = db(),
): Promise<{ claimCount: number } | null> {
  const doc = await database.document.findUnique({
    where: { id: documentId },
    select: { id: true, text: true, title: true, outlet: true, publishedAt: true },
  });
  if (!doc) return null;
  const { extraction, error } = await analyse({
    id: doc.id,
    text: doc.text,
    outlet: doc.outlet ?? undefined,
    publishedAt: doc.publishedAt?.toISOString(),
  });
  // A failed re-extraction keeps the claims the previous one found; the document says why it was not refreshed.
  if (error) {
    await database.document.update({ where: { id: documentId }, data: { extractionError: error } });
    return { claimCount: await database.claim.count({ where: { documentId } }) };
  }
  await database.$transaction(async (tx) => {
    const oldClaims = await tx.claim.findMany({
      where: { documentId },
      select: {
        id: true,
        key: true,
        status: true,
        sourceId: true,
        origin: true,
        start: true,
        end: true,
        _count: { select: { comments: true, evidence: true } },
      },
    });
    // Claims an editor added, split or merged stand as the editor left them (lib/claims/structure.ts): their rows and
    // figures are not touched, and the extractor's new claims overlapping them are dropped.
    const editorClaims = oldClaims.filter((c) => c.origin === EDITOR_ORIGIN);
    const editorIds = editorClaims.map((c) => c.id);
    const proposed = filterForEditorClaims(
      extraction,
      editorClaims,
      extractionKeyOf(extraction),
      new Set(oldClaims.filter((c) => c.origin !== EDITOR_ORIGIN).map((c) => c.key)),
    );
    const oldGroups = await tx.quantityGroup.findMany({
      where: { documentId },
      select: { key: true, decision: true, decisionReason: true, decidedById: true, decidedAt: true },
    });
    const previous: PreviousWork = {
      claimIdByKey: new Map(oldClaims.map((c) => [c.key, c.id])),
      groupByKey: new Map(oldGroups.map((g) => [g.key, g])),
    };
    // Cross-document groups lose this document's figures here: their other claims' cross flags are recomputed.
    const crossGroups = await tx.quantityGroupMember.findMany({
      where: { quantity: { documentId }, group: { documentId: null } },
      select: { groupId: true },
    });
    // Editors' figure corrections and headline choices stand over the extractor's new reading (lib/claims).
    const carried = await carryFigures(tx, documentId);
    await tx.quantity.deleteMany({ where: { documentId, claimId: { notIn: editorIds } } });
    await refreshCrossFlags(tx, { groupIds: crossGroups.map((m) => m.groupId) });
    await tx.claim.updateMany({ where: { documentId }, data: { groupId: null, flagRank: 0 } });
    await tx.quantityGroup.deleteMany({ where: { documentId } });
    const keep = new Set(oldClaims.map((c) => c.id));
    const written = await storeExtraction(tx, documentId, doc.title, proposed, previous, keep);
    await restoreFigures(tx, carried);
    // The editor claims' figures join the in-document groups again (the extraction's groups do not know them).
    if (editorIds.length > 0) {
      await regroupWithinDocument(tx, documentId);
      await renumberPositions(tx, documentId);
    }
    const vanished = oldClaims.filter(
      (c) =>
        c.origin !== EDITOR_ORIGIN &&
        !written.claimIds.has(c.id) &&
        c.status === "unverified" &&
        c._count.comments === 0 &&
        c._count.evidence === 0,
    );
    if (vanished.length > 0) await tx.claim.deleteMany({ where: { id: { in: vanished.map((c) => c.id) } } });
    const before = await tx.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { extractorVersion: true },
    });
    await tx.document.update({
      where: { id: documentId },
      data: { extractorVersion: EXTRACTOR_VERSION, extractionError: null, regroupPending: true },
    });
    await refreshCounts(tx, [documentId], [...new Set([...written.sourceIds, ...oldClaims.map((c) => c.sourceId)])]);
    // The system's own change (no actor): what the new extractor kept, added and dropped.
    await recordAudit(tx, {
      actorId: null,
      entityType: "document",
      entityId: documentId,
      action: "re-extract",
      before: { claims: oldClaims.length, extractorVersion: before.extractorVersion },
      after: {
        claims: await tx.claim.count({ where: { documentId } }),
        kept: oldClaims.filter((c) => written.claimIds.has(c.id)).length,
        removed: vanished.length,
        editorClaims: editorIds.length,
        extractorVersion: EXTRACTOR_VERSION,
      },
    });
  }, TRANSACTION_OPTIONS);
  await regroupDocument(documentId, database);
  // One flag, one triage state: the regrouped twin of a decided in-document group gets its decision back.
  await syncTwinDecisions(database, documentId);
  const claimCount = await database.claim.count({ where: { documentId } });
  return { claimCount };
}

/** The stable key extractionRows gives each extracted claim (kind + text + occurrence, in text order). */
function extractionKeyOf(extraction: Extraction): (claim: Extraction["claims"][number]) => string {
  const sorted = [...extraction.claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const keys = claimKeys(sorted);
  const byId = new Map(sorted.map((c, i) => [c.id, keys[i]]));
  return (claim) => byId.get(claim.id) ?? "";
}
