/**
 * The one extraction pool (issues 14 and 15): extract() runs on worker threads, never on the thread that answers
 * requests, and each document gets a time budget. The web app's ingest, the ingest-job workers and the CLI's batch
 * ingest all call extractInPool; a document over budget, or one the extractor throws on, comes back as an
 * ExtractionFailure that the caller stores beside the document, so the upload is never lost and the server never
 * stalls. Piscina (ADR 011) owns the threads: queueing, one task per thread, and terminating a thread whose task is
 * aborted — which is how a runaway extraction is stopped (a JavaScript loop cannot be interrupted from inside).
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { bucketKey, type CrossGroup, groupAcross } from "@/lib/compare/cross";
import { type DocumentProfile, type EventDocument, profileOf } from "@/lib/compare/events";
import type { CompareItem } from "@/lib/compare/item";
import { env } from "@/lib/env";
import type { ExtractInput, Extraction } from "@/lib/extract/schema";

/** The default per-document budget: a 2 MB article extracts in ~20 s on one core here; three times that is a fault. */
export const DEFAULT_BUDGET_MS = 60_000;

/** Why a document has no claims: the extractor ran out of time or threw. Stored on the document, shown to editors. */
export class ExtractionFailure extends Error {
  constructor(
    readonly reason: "timeout" | "error",
    message: string,
  ) {
    super(message);
    this.name = "ExtractionFailure";
  }
}

let pool: Piscina | null = null;

/** Threads: CLAIMTRACK_EXTRACT_THREADS, else one per core. */
export function poolThreads(): number {
  return env().CLAIMTRACK_EXTRACT_THREADS ?? Math.max(1, availableParallelism());
}

/** The per-document budget: CLAIMTRACK_EXTRACT_BUDGET_MS, else DEFAULT_BUDGET_MS. */
export function budgetMs(): number {
  return env().CLAIMTRACK_EXTRACT_BUDGET_MS ?? DEFAULT_BUDGET_MS;
}

// The worker is loaded by path at run time, not bundled: Next's server bundle has no stable import.meta.url for it,
// and every entry point (next start, the CLI, the worker, the tests) runs from the project root.
function workerFile(): string {
  return path.join(process.cwd(), "lib/workers/extract-worker.mjs");
}

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: workerFile(),
    maxThreads: poolThreads(),
    minThreads: 1,
    idleTimeout: 60_000,
    // No bound on waiting tasks: a batch queues its documents' extractions and profiles at once (200 tasks), and
    // "auto" (threads squared: 4 here) refused the profiles with TaskQueueAtLimit — the callers bound their own work
    // (a batch's size, a request's body limit), and a refused task would be stored as a failed extraction.
    maxQueue: Number.POSITIVE_INFINITY,
  });
  return pool;
}

/**
 * extract() on a worker thread within the budget; throws ExtractionFailure on timeout or extractor error.
 *
 * @example
 * const extraction = await extractInPool({ id: documentId, text });
 */
export async function extractInPool(input: ExtractInput, options: { budgetMs?: number } = {}): Promise<Extraction> {
  const budget = options.budgetMs ?? budgetMs();
  const signal = AbortSignal.timeout(budget);
  try {
    return (await thePool().run(input, { signal })) as Extraction;
  } catch (error) {
    if (signal.aborted) {
      throw new ExtractionFailure(
        "timeout",
        `Extraction stopped after ${Math.round(budget / 1000)} s (the per-document budget): the text is stored, but no claims were found. Split the document or ask an admin to re-extract it.`,
      );
    }
    throw extractorFailure((error as Error).message);
  }
}

function extractorFailure(message: string): ExtractionFailure {
  return new ExtractionFailure("error", `The extractor failed on this text: ${message}`.slice(0, 500));
}

/** One document of a batch: its extraction input and its event profile's input (same id and text). */
export interface BatchItem {
  input: ExtractInput;
  event: EventDocument;
}

/** A batch document's extraction (empty with `error` when it failed) and its event profile. */
export interface BatchAnalysis {
  extraction: Extraction | null;
  error: ExtractionFailure | null;
  profile: DocumentProfile;
}

/**
 * Text per chunk of a batch: a chunk of ordinary news (a few hundred KB) takes well under a second; this bound keeps a
 * chunk of large documents inside one document's budget, so only a runaway text makes a chunk run out of time.
 */
export const CHUNK_MAX_CHARS = 1_000_000;

/**
 * Extraction and event profile of a batch's documents, one pool task per chunk: at most one chunk per thread
 * (consecutive documents, balanced by text length, each closed once it reaches CHUNK_MAX_CHARS). A thread then works through its whole share on its own: with
 * one task per document it waited for the writer's thread to hand it the next one, which on SQLite is busy inside a
 * transaction for hundreds of milliseconds at a time (issue 15: the extraction thread idled ~55% of a bulk ingest).
 * A chunk that runs out of the budget or loses its thread is done again one document per task, each with its own
 * budget, so a runaway text fails alone, with the same message as everywhere else.
 *
 * @example
 * const [{ extraction, error, profile }] = await analyseBatchInPool([{ input: { id, text }, event: { id, text, title, publishedAt } }]);
 */
export async function analyseBatchInPool(items: BatchItem[]): Promise<BatchAnalysis[]> {
  // Chunks are consecutive runs of `items`, each answered in its order: flattened, they are in input order.
  const done = await Promise.all(chunksOf(items, poolThreads()).map(analyseChunk));
  return done.flat();
}

async function analyseChunk(chunk: BatchItem[]): Promise<BatchAnalysis[]> {
  const signal = AbortSignal.timeout(budgetMs());
  let results: Array<{ extraction: Extraction | null; failed: string | null; profile: DocumentProfile }>;
  try {
    results = await thePool().run(chunk, { name: "batchTask", signal });
  } catch {
    // Out of time or thread lost: each document on its own, one after another, so each budget counts from the
    // document's own start and a runaway text fails alone. A stopped thread's replacement starts (and loads the
    // extractor, 1-3 s here) before the next budget starts counting.
    await warmExtractPool();
    const alone: BatchAnalysis[] = [];
    for (const item of chunk) {
      const profile = await profileInPool(item.event);
      const extracted = await extractInPool(item.input).then(
        (extraction) => ({ extraction, error: null }),
        (error: unknown) => {
          if (!(error instanceof ExtractionFailure)) throw error;
          return { extraction: null, error };
        },
      );
      if (extracted.error?.reason === "timeout") await warmExtractPool();
      alone.push({ ...extracted, profile });
    }
    return alone;
  }
  return results.map((r) => ({
    extraction: r.extraction,
    error: r.failed === null ? null : extractorFailure(r.failed),
    profile: r.profile,
  }));
}

/** Up to `threads` chunks of similar text length, each closed at CHUNK_MAX_CHARS (a larger document is one chunk). */
function chunksOf(items: BatchItem[], threads: number): BatchItem[][] {
  const total = items.reduce((n, item) => n + item.input.text.length, 0);
  const target = Math.min(CHUNK_MAX_CHARS, Math.ceil(total / Math.max(1, threads)));
  const chunks: BatchItem[][] = [];
  let current: BatchItem[] = [];
  let size = 0;
  for (const item of items) {
    current.push(item);
    size += item.input.text.length;
    if (size >= target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * profileOf on a pool thread whatever the document's size: the batch ingest computes its documents' event profiles
 * beside their extraction, so the thread that writes them does not (~0.25 ms of CPU a news article, 0.5 s a 2,000-document
 * ingest on the writer's thread otherwise).
 *
 * @example
 * const profile = await profileInPool({ id, text, title, publishedAt: "2026-01-13T00:00:00.000Z" });
 */
export async function profileInPool(doc: EventDocument): Promise<DocumentProfile> {
  return (await thePool().run(doc, { name: "profileTask" })) as DocumentProfile;
}

/**
 * Starts every thread of the pool and loads the extractor in each (a worker loads its code and the wink model: ~1-3 s
 * here), so a caller can do it while it reads its input instead of before its first document. Resolves when every
 * thread has extracted one short text.
 *
 * @example
 * const warming = warmExtractPool(); const inputs = await readInputs(); await warming;
 */
export async function warmExtractPool(): Promise<void> {
  const threads = poolThreads();
  // One task a thread at once: Piscina gives each idle thread one task, starting threads up to maxThreads.
  await Promise.all(
    Array.from({ length: threads }, (_, i) =>
      thePool().run({ id: `warm-${i}`, text: "Officials said 12 people died." }),
    ),
  );
}

/**
 * Below this many figures grouping takes a few milliseconds and runs where it is called; above it (a 2 MB document,
 * a busy bucket) it takes up to seconds of CPU, which would stall every other request, so it runs on the pool.
 */
export const INLINE_GROUPING_MAX = 2_000;

/**
 * groupAcross for the cross-document regroup: inline for small candidate sets, on a pool thread for large ones.
 *
 * @example
 * const groups = await groupAcrossOffThread([...others, ...own]);
 */
export async function groupAcrossOffThread(items: CompareItem[]): Promise<CrossGroup[]> {
  if (items.length <= INLINE_GROUPING_MAX) return groupAcross(items);
  return (await thePool().run(items, { name: "groupTask" })) as CrossGroup[];
}

/**
 * bucketKey of every item (the buckets a regroup reads): inline for small sets, on a pool thread for large ones — each
 * key reads the figure's sentence (segmentation), ~0.25 s of CPU for the 10,000 figures of a 2 MB document.
 *
 * @example
 * const keys = await bucketKeysOffThread(own); // ["x|person|e:0mx…", null, …]
 */
export async function bucketKeysOffThread(items: CompareItem[]): Promise<Array<string | null>> {
  if (items.length <= INLINE_GROUPING_MAX) return items.map(bucketKey);
  return (await thePool().run(items, { name: "bucketKeysTask" })) as Array<string | null>;
}

/**
 * Above this many characters a document's event profile (word counts and proper names over the whole text) runs on the
 * pool: on a 1.9 MB article profileOf takes ~0.5 s of CPU, which held every concurrent request on PostgreSQL and
 * SQLite alike (tests/integration/ingest-bounded.test.ts). An ordinary article (5-50 KB) takes a few milliseconds,
 * less than a thread round trip.
 */
export const INLINE_PROFILE_MAX_CHARS = 100_000;

/**
 * profileOf for event assignment: inline for ordinary articles, on a pool thread for large ones.
 *
 * @example
 * const profile = await profileOffThread({ id, text, title, publishedAt: null });
 */
export async function profileOffThread(doc: EventDocument): Promise<DocumentProfile> {
  if (doc.text.length <= INLINE_PROFILE_MAX_CHARS) return profileOf(doc);
  return (await thePool().run(doc, { name: "profileTask" })) as DocumentProfile;
}

/**
 * Stops the pool's threads (the CLI and scripts call this before exiting; the server keeps its pool).
 *
 * @example
 * await closeExtractPool();
 */
export async function closeExtractPool(): Promise<void> {
  const current = pool;
  pool = null;
  if (current) await current.destroy();
}
