/**
 * The job code every worker runs (the in-process worker on SQLite, `npm run worker` processes on PostgreSQL): claim
 * a few items with a compare-and-set on each one's lease, store them through the batch path the CLI's `ingest` uses
 * (extraction on the pool's threads, the next batch claimed and extracted while this one is written), commit each
 * item's outcome.
 *
 * Crash safety: a batch's documents and claims are written in one transaction (insertExtractedDocuments), so a
 * document is either stored whole or not at all. A worker killed after that commit but before the items' commit
 * leaves them `running` with leases that expire; the next worker re-runs them, the sha256 dedupe finds the stored
 * documents instead of storing them twice, and the items are marked done with them (a regroup the crash cut short
 * is finished by the repair: the documents still carry regroupPending).
 *
 * A batch is small (jobBatch() items, JOB_BATCH_CHARS of text) so the job's progress moves every second or so and a
 * large file goes nearly alone; a failing file fails alone (the batch path answers per document).
 */
import { type Db, db, providerOf } from "@/lib/db/client";
import { type BatchOutcome, ingestInBatches } from "@/lib/documents/batch";
import { IngestError } from "@/lib/documents/errors";
import { type IngestInput, ingestDocument } from "@/lib/documents/mutations";
import { type ClaimedItem, claimItems, jobBatch, leaseMs } from "./claim.ts";

type Outcome = { status: string; documentId?: string; claimCount?: number; error?: string };

function inputOf(item: ClaimedItem, createdById: string | null): IngestInput {
  return {
    text: item.text,
    title: item.title ?? undefined,
    outlet: item.outlet ?? undefined,
    url: item.url ?? undefined,
    publishedAt: item.publishedAt ?? undefined,
    createdById,
  };
}

/**
 * A stored document an earlier attempt at this item wrote (a worker that crashed, or stalled past its lease, before
 * committing the item) is the item's: its claim count as it stands now, else null.
 */
async function storedByEarlierAttempt(database: Db, item: ClaimedItem, documentId: string): Promise<number | null> {
  if (item.attempts <= 1 || !item.firstClaimedAt) return null;
  const doc = await database.document.findUnique({
    where: { id: documentId },
    select: { createdAt: true, claimCount: true },
  });
  return doc !== null && doc.createdAt >= item.firstClaimedAt ? doc.claimCount : null;
}

async function outcomeOf(database: Db, item: ClaimedItem, result: BatchOutcome): Promise<Outcome> {
  if (result.status === "failed") return { status: "failed", error: result.error };
  const { documentId, claimCount } = result;
  const error = result.extractionError ?? undefined;
  if (result.status === "created") return { status: "done", documentId, claimCount, error };
  const earlier = await storedByEarlierAttempt(database, item, documentId);
  if (earlier !== null) return { status: "done", documentId, claimCount: earlier, error };
  return { status: "duplicate", documentId, claimCount };
}

/** One item alone through the interactive path: the fallback when its batch as a whole could not be stored. */
async function resultAlone(database: Db, input: IngestInput): Promise<BatchOutcome> {
  try {
    const result = await ingestDocument(input, database);
    return { status: result.created ? "created" : "duplicate", ...result };
  } catch (error) {
    if (error instanceof IngestError) return { status: "failed", error: error.message, code: error.code };
    const message = `Could not store the document: ${(error as Error).message}`.slice(0, 500);
    return { status: "failed", error: message, code: "server_error" };
  }
}

/** The claimed items as ingest inputs, each credited to the user who created its job. */
async function inputsOf(database: Db, items: ClaimedItem[]): Promise<IngestInput[]> {
  const jobs = await database.ingestJob.findMany({
    where: { id: { in: [...new Set(items.map((i) => i.jobId))] } },
    select: { id: true, createdById: true },
  });
  const owner = new Map(jobs.map((j) => [j.id, j.createdById]));
  return items.map((item) => inputOf(item, owner.get(item.jobId) ?? null));
}

/**
 * Commits each item's outcome, guarded by its claim: a worker whose lease was taken over (it stalled past the
 * timeout) does not overwrite the new holder's result, even when the new holder is itself (each claim counts an
 * attempt, and only the latest attempt commits).
 */
export async function commitOutcomes(
  worker: string,
  items: ClaimedItem[],
  results: BatchOutcome[],
  database: Db = db(),
): Promise<number> {
  let committed = 0;
  for (const [index, item] of items.entries()) {
    const outcome = await outcomeOf(database, item, results[index]);
    // This claim's own lease: not one taken over, nor an earlier claim of this worker whose lease it took back.
    const { count } = await database.ingestJobItem.updateMany({
      where: { id: item.id, status: "running", lockedBy: worker, attempts: item.attempts },
      data: {
        status: outcome.status,
        documentId: outcome.documentId ?? null,
        claimCount: outcome.claimCount ?? 0,
        error: outcome.error ?? null,
        finishedAt: new Date(),
        finishedBy: worker,
        lockedBy: null,
        lockedAt: null,
      },
    });
    committed += count;
  }
  for (const jobId of new Set(items.map((i) => i.jobId))) await finishIfComplete(jobId, database);
  return committed;
}

/** Marks the job done once no item is pending or running. */
export async function finishIfComplete(jobId: string, database: Db = db()): Promise<boolean> {
  const open = await database.ingestJobItem.count({ where: { jobId, status: { in: ["pending", "running"] } } });
  if (open > 0) return false;
  const updated = await database.ingestJob.updateMany({
    where: { id: jobId, status: { not: "done" } },
    data: { status: "done", finishedAt: new Date() },
  });
  return updated.count > 0;
}

/**
 * Works on a job (or on any unfinished job) until nothing is claimable; returns how many items this call committed.
 * Batches of claimed items go through the batch path as the CLI's do: the next batch is claimed and extracted while
 * this one is written. `shouldStop` lets a worker shutting down finish the batches in hand and stop there.
 *
 * @example
 * await drainJob(workerId(), jobId);
 */
export async function drainJob(
  worker: string,
  jobId: string | null,
  shouldStop: () => boolean = () => false,
  database: Db = db(),
): Promise<number> {
  let done = 0;
  let failed = false;
  /** Claimed batches (with the inputs made of them) whose outcomes are not committed yet, oldest first. */
  const inHand: Array<{ items: ClaimedItem[]; inputs: IngestInput[] }> = [];
  async function* claimed(): AsyncGenerator<IngestInput[]> {
    while (!shouldStop() && !failed) {
      const items = await claimItems(worker, jobId, jobBatch(), database);
      if (items.length === 0) return;
      const inputs = await inputsOf(database, items);
      inHand.push({ items, inputs });
      yield inputs;
    }
  }
  // Leases of the items in hand are renewed while this worker lives, so a batch that takes long (a pool warming up,
  // a loaded machine) is not taken over by another worker. PostgreSQL only: SQLite has one writing process.
  const renew =
    providerOf(database) === "postgres"
      ? setInterval(
          () => {
            const ids = inHand.flatMap((batch) => batch.items.map((i) => i.id));
            if (ids.length === 0) return;
            database.ingestJobItem
              .updateMany({
                where: { id: { in: ids }, status: "running", lockedBy: worker },
                data: { lockedAt: new Date() },
              })
              .catch((error: Error) => console.error("[jobs] lease renewal:", error.message));
          },
          Math.max(100, leaseMs() / 3),
        )
      : undefined;
  try {
    await ingestInBatches(
      claimed(),
      async (outcomes) => {
        const batch = inHand.shift() as { items: ClaimedItem[] };
        done += await commitOutcomes(worker, batch.items, outcomes, database);
      },
      database,
    );
  } catch (error) {
    // A batch could not be stored as a whole (nothing of it is): its items, and the next batch's, one by one, so the
    // one at fault says why. A batch claimed after this point keeps its leases until they expire.
    failed = true;
    console.error("[jobs] batch failed, storing its items one by one:", (error as Error).message);
    for (const { items, inputs } of inHand.splice(0)) {
      const results: BatchOutcome[] = [];
      for (const input of inputs) results.push(await resultAlone(database, input));
      done += await commitOutcomes(worker, items, results, database);
    }
  } finally {
    clearInterval(renew);
  }
  // A job whose items all failed at upload has nothing to claim: close it here.
  if (jobId) await finishIfComplete(jobId, database);
  return done;
}

/**
 * Jobs that still have work a worker could claim now: pending items or expired leases (the sweep's input).
 *
 * @example
 * await claimableJobIds() // ["job1"]
 */
export async function claimableJobIds(database: Db = db()): Promise<string[]> {
  const staleBefore = new Date(Date.now() - leaseMs());
  const rows = await database.ingestJobItem.findMany({
    where: {
      job: { status: { in: ["queued", "running"] } },
      OR: [{ status: "pending" }, { status: "running", lockedAt: { lt: staleBefore } }],
    },
    distinct: ["jobId"],
    select: { jobId: true },
  });
  return rows.map((r) => r.jobId);
}
