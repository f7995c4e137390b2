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
 * (and regrouped) by `npm run db:reextract`, which db:prepare points to. 2: "a third" after a verb is a person, shot
 * vs killed vs wounded, context-aware grouping (lib/compare/context.ts). 3: a description ("police said") is the
 * document's own source (ADR 019); re-extraction moves a document's claims off the global rows stored before. 4: the
 * attribution grammar's later patterns (quotations across paragraphs, "data from X", carriers; PolNeAR report) and
 * reads that no longer depend on what wink read before (ADR 024). 5: segmentation around "(D-Md.)" and after a
 * quotation closed by "?"/"!", progressives, held views and conditional cues with a clause, paragraph speakers
 * ("Name: ..."), a capitalized "Poll", reporting verbs in title-case headlines (PolNeAR report, 2026-12-04 seventh
 * session). 6: stance and action verbs (agree, identify, order, rule, tout, request, "point to", "call for"), "By X's
 * tally", "Under <a rule>", a poll that "has" someone leading, the main verb after a reporting relative clause
 * (PolNeAR report, 2026-12-05 eighth session). 7: a bare reporting form ending a sentence right after a noun is that
 * noun's compound ("... the rest of the injury report"), unless its noun phrase follows a comma or a quotation; who
 * "told" names ("told LA Superior Court Judge James R. Dabney that", "told AFP") is frame, not what was said; digits
 * glued to "ers" are a team ("the 76ers"), not a count. 8: a counted -s form is a noun ("in those three states"),
 * "state" reports only with a clause, shares written as ratios or fractions ("Nine in 10 voters", "three-quarters of")
 * speak for the poll, "the company/firm said" refers back to the named business that spoke, trade and league words
 * make organizations, "zero-day" and other zero terms are no figures, glued straight quotes open, "she said" finds the
 * speaker named earlier in the sentence or last (a surname alone counts), never a place or a quoted title; page
 * stamps ("Posted Dec 23, 2012") are no date claims; outlet words (reporter, advocate ...), "T-Mobile" and a word of
 * a person's full name ("Doug" of "Doug McDermott") get their kinds (tenth session). 9: quotations (PolNeAR report,
 * tenth session, branch quotes-next): two-apostrophe quotes kept with their sentence, an inverted speaker before a
 * relative clause, singular role nouns head a speaker, "went on to say", "had this to say", a participle's agent;
 * ages are figures ("61-year-old", "Gary Gomes, 61,": unit "years old", ADR 030), compared when one person's.
 * 12 (fourteenth session): a share of a written total counts out of it ("more than half of the 288 candidates" is
 * more than 144 of 288); concepts drop any unit that converts or a currency ("firefighters pouring", not "gallons
 * burned"); game-clock moments, spans in another role and a price against a sum held in a kind are grouped apart.
 * 13 (fifteenth session): a reporting relative clause after an object ("turned to the Chicago Police Department,
 * which reported"), "by one estimate", "a New York Times report that ...", a quotation paragraph after "On July 6,
 * Sanders made the following comment:".
 * 14 (sixteenth session): subjects past a relative clause on a thing ("Exit polls ..., which Ortiz won, showed"), a
 * report released by a named body speaks for it, "150 phone calls" and "a 10 percentage-point lead" read whole, "the
 * newspaper said" is the named outlet, a figure in a fronted phrase is labelled with the clause after its comma.
 * 15 (seventeenth session): a participle phrase between a speaker and its verb ("Officials briefed on the
 * investigation said"), "Reports have it that", "SurveyMonkey data from Iowa" is SurveyMonkey's, a bare count
 * coordinated with a counted figure takes its noun ("killed 12 people and wounded 40"), a poll's standings run on,
 * "Secretary of State John Kerry" is John Kerry, "While police said 12 died, the hospital said 15" is two claims,
 * "minus-20 degree" is a figure, "one Republican" is an unnamed member, not the party.
 */
export const EXTRACTOR_VERSION = "15";

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
