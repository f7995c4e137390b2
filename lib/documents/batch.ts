/**
 * The batch ingest path (issue 15): many documents stored as one ingest of each would be, at the cost of a few
 * transactions. For a batch: every text is checked and hashed, duplicates (in the batch or already stored) are
 * answered from the database, the new texts are extracted on the pool's threads in parallel, stored in one
 * transaction, and regrouped in a second one — document by document in batch order, so the groups are the ones
 * ingesting them one at a time gives. `ingestInBatches` overlaps the extraction of the next batch with the writes of
 * this one, so the writer and the extraction threads are busy at once — and, on PostgreSQL, the insert of the next
 * batch with the regroup of this one.
 */

import { type DocumentProfile, datelineDate } from "@/lib/compare/events";
import { type Db, db, providerOf } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { refreshPlannerStatistics } from "@/lib/db/statistics";
import type { Extraction } from "@/lib/extract/schema";
import { regroupDocuments } from "@/lib/groups/mutations";
import { analyseBatchInPool } from "@/lib/workers/extract-pool";
import { IngestError } from "./errors.ts";
import {
  contentHash,
  emptyExtraction,
  fallbackTitle,
  type IngestInput,
  type IngestResult,
  insertExtractedDocuments,
  type StoredDocumentInput,
} from "./mutations.ts";
import { checkText } from "./plain-text.ts";

/** One input's outcome, in input order. */
export type BatchOutcome =
  | ({ status: "created" | "duplicate" } & IngestResult)
  | { status: "failed"; error: string; code: string };

interface Prepared {
  outcomes: Array<BatchOutcome | null>;
  /** Inputs to store, with their position in the batch. */
  fresh: Array<{
    index: number;
    doc: StoredDocumentInput;
    extraction: Extraction;
    extractionError: string | null;
    profile: DocumentProfile;
  }>;
  /** Positions whose text repeats an earlier input of the same batch: the index of that input. */
  repeats: Map<number, number>;
}

/**
 * Checks, hashes and extracts one batch (extraction runs on the pool, all documents at once).
 *
 * @example
 * const prepared = await prepareBatch(inputs);
 */
export async function prepareBatch(inputs: IngestInput[], database: Db = db()): Promise<Prepared> {
  const outcomes: Array<BatchOutcome | null> = inputs.map(() => null);
  const repeats = new Map<number, number>();
  const firstByHash = new Map<string, number>();
  const checked: Array<{ index: number; text: string; sha256: string }> = [];
  inputs.forEach((input, index) => {
    try {
      const text = checkText(input.text);
      const sha256 = contentHash(text);
      const first = firstByHash.get(sha256);
      if (first === undefined) {
        firstByHash.set(sha256, index);
        checked.push({ index, text, sha256 });
      } else repeats.set(index, first);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      outcomes[index] = { status: "failed", error: error.message, code: error.code };
    }
  });
  const stored = await storedByHash(
    database,
    checked.map((c) => c.sha256),
  );
  const toExtract = checked.filter((c) => {
    const existing = stored.get(c.sha256);
    if (existing) outcomes[c.index] = { status: "duplicate", ...existing };
    return !existing;
  });
  const items = toExtract.map(({ index, text }) => {
    const input = inputs[index];
    const id = newId();
    return {
      input: { id, text, outlet: input.outlet, publishedAt: input.publishedAt },
      // The event profile the regroup would compute from the stored document (its title, its publication time or its
      // dateline's), computed on the pool beside the extraction; assignEventsInTx checks it against the stored row.
      event: { id, text, title: input.title ?? fallbackTitle(text), publishedAt: publicationOf(input, text) },
    };
  });
  const analysed = await analyseBatchInPool(items);
  const fresh = toExtract.map(({ index, text, sha256 }, i) => {
    const { extraction, error, profile } = analysed[i];
    const id = items[i].input.id;
    const extractionError = error?.message ?? null;
    return {
      index,
      doc: { ...inputs[index], id, text, sha256, extractionError },
      extraction: extraction ?? emptyExtraction(id),
      extractionError,
      profile,
    };
  });
  return { outcomes, fresh, repeats };
}

/** A batch whose documents are stored (the first transaction) and wait for their regroup. */
interface Inserted {
  prepared: Prepared;
  created: string[];
  profiles: Map<string, DocumentProfile>;
}

/** Stores a prepared batch's new documents and their claims in one transaction (duplicates found since are answered). */
async function insertBatch(database: Db, prepared: Prepared): Promise<Inserted> {
  const { outcomes, fresh } = prepared;
  // Another writer may have stored some of these texts since prepareBatch looked.
  const raced = await storedByHash(
    database,
    fresh.map((f) => f.doc.sha256),
  );
  const toStore = fresh.filter((f) => {
    const existing = raced.get(f.doc.sha256);
    if (existing) outcomes[f.index] = { status: "duplicate", ...existing };
    return !existing;
  });
  try {
    await insertExtractedDocuments(
      toStore.map(({ doc, extraction }) => ({ doc, extraction })),
      database,
    );
  } catch {
    // One document of the batch could not be stored (a race on its hash, a constraint): store them one by one, so
    // the others are kept and the one that fails says why.
    for (const f of toStore) {
      try {
        await insertExtractedDocuments([{ doc: f.doc, extraction: f.extraction }], database);
      } catch (error) {
        const existing = (await storedByHash(database, [f.doc.sha256])).get(f.doc.sha256);
        outcomes[f.index] = existing
          ? { status: "duplicate", ...existing }
          : {
              status: "failed",
              code: "server_error",
              error: `Could not store the document: ${(error as Error).message}`.slice(0, 300),
            };
      }
    }
  }
  const created = toStore.filter((f) => outcomes[f.index] === null);
  for (const f of created) {
    outcomes[f.index] = {
      status: "created",
      documentId: f.doc.id,
      created: true,
      claimCount: f.extraction.claims.length,
      extractionError: f.extractionError,
    };
  }
  return {
    prepared,
    created: created.map((f) => f.doc.id),
    profiles: new Map(created.map((f) => [f.doc.id, f.profile])),
  };
}

/** The second transaction: the stored documents' events and cross-document groups; then the batch's outcomes. */
async function regroupBatch(
  database: Db,
  { prepared, created, profiles }: Inserted,
  options: { analyze?: boolean },
): Promise<BatchOutcome[]> {
  const { outcomes, repeats } = prepared;
  if (options.analyze) await refreshPlannerStatistics(database);
  try {
    await regroupDocuments(created, profiles, database);
  } catch (error) {
    // The documents stand; the repair at start and in every worker sweep regroups what is still pending.
    console.error("[ingest] batch regroup deferred to the repair:", (error as Error).message);
  }
  for (const [index, first] of repeats) {
    const o = outcomes[first] as BatchOutcome;
    outcomes[index] = o.status === "failed" ? o : { ...o, status: "duplicate", created: false };
  }
  return outcomes as BatchOutcome[];
}

/**
 * Ingests batches as they come (an array, or an async generator reading files or claiming job items), extracting
 * batch k+1 while batch k is written; `onBatch` gets each batch's outcomes, in its input order, as it commits (the
 * next batch's regroup waits for it; a failure there fails the ingest).
 *
 * @example
 * await ingestInBatches(inBatchesOf(inputs, 100), (outcomes) => bar.update(outcomes.length));
 */
export async function ingestInBatches(
  batches: Iterable<IngestInput[]> | AsyncIterable<IngestInput[]>,
  onBatch: (outcomes: BatchOutcome[], inputs: IngestInput[]) => void | Promise<void> = () => {},
  database: Db = db(),
): Promise<BatchOutcome[]> {
  const all: BatchOutcome[] = [];
  const iterator =
    Symbol.asyncIterator in batches
      ? batches[Symbol.asyncIterator]()
      : (batches as Iterable<IngestInput[]>)[Symbol.iterator]();
  const prepareNext = async (): Promise<{ inputs: IngestInput[]; prepared: Prepared } | null> => {
    const step = await iterator.next();
    if (step.done) return null;
    return { inputs: step.value, prepared: await prepareBatch(step.value, database) };
  };
  let next = prepareNext();
  // On PostgreSQL batch k+1's documents are inserted while batch k is regrouped, on another connection: the insert
  // is server work on another core, and a regroup reads only its own documents' figures and the stored groups, which
  // an uncommitted or newer batch does not change (regroups still run one at a time, in batch order). SQLite has one
  // writer, on this thread: there the two run in turn.
  const overlap = providerOf(database) === "postgres";
  let regrouping: Promise<void> = Promise.resolve();
  for (let stored = 1; ; stored++) {
    const current = await next;
    if (!current) break;
    next = prepareNext();
    // Awaited on the next turn; marked handled now so a failure there while this batch is written is not "unhandled".
    next.catch(() => undefined);
    if (!overlap) await regrouping;
    const inserted = await insertBatch(database, current.prepared).catch(async (error) => {
      await regrouping.catch(() => undefined);
      throw error;
    });
    await regrouping;
    // Statistics as the tables grow (batches 1, 2, 4, 8 ...), taken before that batch's regroup: lib/db/statistics.ts.
    const analyze = (stored & (stored - 1)) === 0;
    regrouping = regroupBatch(database, inserted, { analyze }).then(async (outcomes) => {
      all.push(...outcomes);
      await onBatch(outcomes, current.inputs);
    });
    regrouping.catch(() => undefined);
  }
  await regrouping;
  return all;
}

/**
 * Splits a list into batches.
 *
 * @example
 * [...inBatchesOf([1, 2, 3], 2)] // [[1, 2], [3]]
 */
export function* inBatchesOf<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The publication time the stored document will have: the input's, else its dateline's (as assignEventsInTx sets). */
function publicationOf(input: IngestInput, text: string): string | null {
  if (input.publishedAt) return new Date(input.publishedAt).toISOString();
  const dated = datelineDate(text);
  return dated === null ? null : new Date(dated).toISOString();
}

async function storedByHash(
  database: Db,
  hashes: string[],
): Promise<Map<string, { documentId: string; created: false; claimCount: number; extractionError: string | null }>> {
  const found = new Map<
    string,
    { documentId: string; created: false; claimCount: number; extractionError: string | null }
  >();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await database.document.findMany({
      where: { sha256: { in: hashes.slice(i, i + 500) } },
      select: { id: true, sha256: true, claimCount: true, extractionError: true },
    });
    for (const r of rows) {
      found.set(r.sha256, {
        documentId: r.id,
        created: false,
        claimCount: r.claimCount,
        extractionError: r.extractionError,
      });
    }
  }
  return found;
}
