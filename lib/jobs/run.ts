/**
 * The job code every worker runs (the in-process worker on SQLite, `npm run worker` processes on PostgreSQL): claim
 * a few items with a compare-and-set on each one's lease, store their documents through the batch path (the one the
 * CLI's `ingest` uses: extraction on the pool's threads, one transaction for the documents, one for their regroup),
 * commit each item's outcome.
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
import { hostname } from "node:os";
import { type Db, db } from "@/lib/db/client";
import { type BatchOutcome, ingestBatch } from "@/lib/documents/batch";
import { IngestError } from "@/lib/documents/errors";
import { type IngestInput, ingestDocument } from "@/lib/documents/mutations";
import { env } from "@/lib/env";

/** A lease older than this is considered abandoned (its worker died). A batch takes a second or two. */
export function leaseMs(): number {
  return env().CLAIMTRACK_JOB_LEASE_MS ?? 60_000;
}

/**
 * A worker identity for leases: host, process and a random part (two workers in one process stay distinct).
 *
 * @example
 * workerId() // "build-7:4211:k3j9"
 */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 6)}`;
}

interface ClaimedItem {
  id: string;
  jobId: string;
  position: number;
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  attempts: number;
  firstClaimedAt: Date | null;
}

const CANDIDATES = 8;
/** At most this many items in one batch (CLAIMTRACK_JOB_BATCH, default 16)... */
export function jobBatch(): number {
  return env().CLAIMTRACK_JOB_BATCH ?? 16;
}
/** ...and no more text than this (a batch closes once it holds this much: one large file goes alone). */
export const JOB_BATCH_CHARS = 1_000_000;

/**
 * Claims one pending item (or one whose lease expired) of the job, or of any unfinished job when jobId is null.
 * Two workers may pick the same candidate; the guarded update lets exactly one of them win.
 */
export async function claimItem(
  worker: string,
  jobId: string | null,
  database: Db = db(),
): Promise<ClaimedItem | null> {
  const staleBefore = new Date(Date.now() - leaseMs());
  const claimable = {
    ...(jobId ? { jobId } : { job: { status: { in: ["queued", "running"] } } }),
    OR: [{ status: "pending" }, { status: "running", lockedAt: { lt: staleBefore } }],
  };
  for (let round = 0; round < 5; round++) {
    const candidates = await database.ingestJobItem.findMany({
      where: claimable,
      orderBy: [{ jobId: "asc" }, { position: "asc" }],
      take: CANDIDATES,
      select: { id: true, status: true, lockedAt: true },
    });
    if (candidates.length === 0) return null;
    // Spread concurrent workers over the first few candidates so they rarely collide.
    const pick = candidates[Math.floor(Math.random() * candidates.length)];
    const now = new Date();
    const won = await database.ingestJobItem.updateMany({
      where: { id: pick.id, status: pick.status, lockedAt: pick.lockedAt },
      data: { status: "running", lockedBy: worker, lockedAt: now, attempts: { increment: 1 } },
    });
    if (won.count === 1) {
      const item = await database.ingestJobItem.findUniqueOrThrow({
        where: { id: pick.id },
        select: {
          id: true,
          jobId: true,
          position: true,
          text: true,
          title: true,
          outlet: true,
          url: true,
          publishedAt: true,
          attempts: true,
          firstClaimedAt: true,
        },
      });
      if (!item.firstClaimedAt) {
        await database.ingestJobItem.update({ where: { id: item.id }, data: { firstClaimedAt: now } });
        item.firstClaimedAt = now;
      }
      await database.ingestJob.updateMany({
        where: { id: item.jobId, status: "queued" },
        data: { status: "running", startedAt: now },
      });
      return item;
    }
  }
  return null;
}

type Outcome = { status: string; documentId?: string; claimCount?: number; error?: string };

/**
 * Claims up to `max` items (and no more than JOB_BATCH_CHARS of text) of the job, or of any unfinished job.
 *
 * @example
 * const items = await claimItems(workerId(), jobId);
 */
export async function claimItems(
  worker: string,
  jobId: string | null,
  max = jobBatch(),
  database: Db = db(),
): Promise<ClaimedItem[]> {
  const items: ClaimedItem[] = [];
  let chars = 0;
  while (items.length < max && chars < JOB_BATCH_CHARS) {
    const item = await claimItem(worker, jobId, database);
    if (!item) break;
    items.push(item);
    chars += item.text.length;
  }
  // Claimed in a random order (workers spread over the candidates); stored in the upload's order, so of two equal
  // texts the earlier file is the one stored and the later its duplicate.
  return items.sort((a, b) => (a.jobId === b.jobId ? a.position - b.position : a.jobId < b.jobId ? -1 : 1));
}

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

/** A stored document an item's own earlier attempt wrote (it crashed before committing the item) is the item's. */
async function storedByEarlierAttempt(database: Db, item: ClaimedItem, documentId: string): Promise<boolean> {
  if (item.attempts <= 1 || !item.firstClaimedAt) return false;
  const doc = await database.document.findUnique({ where: { id: documentId }, select: { createdAt: true } });
  return doc !== null && doc.createdAt >= item.firstClaimedAt;
}

async function outcomeOf(database: Db, item: ClaimedItem, result: BatchOutcome): Promise<Outcome> {
  if (result.status === "failed") return { status: "failed", error: result.error };
  const { documentId, claimCount } = result;
  const error = result.extractionError ?? undefined;
  if (result.status === "created" || (await storedByEarlierAttempt(database, item, documentId))) {
    return { status: "done", documentId, claimCount, error };
  }
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

/**
 * Stores claimed items' documents as one batch and commits each item's outcome, guarded by its lease: a worker
 * whose lease was taken over (it stalled past the timeout) does not overwrite the new holder's result.
 */
export async function processItems(
  worker: string,
  items: ClaimedItem[],
  options: { analyze?: boolean } = {},
  database: Db = db(),
): Promise<void> {
  if (items.length === 0) return;
  const jobIds = [...new Set(items.map((i) => i.jobId))];
  const jobs = await database.ingestJob.findMany({
    where: { id: { in: jobIds } },
    select: { id: true, createdById: true },
  });
  const owner = new Map(jobs.map((j) => [j.id, j.createdById]));
  const inputs = items.map((item) => inputOf(item, owner.get(item.jobId) ?? null));
  let results: BatchOutcome[];
  try {
    results = await ingestBatch(inputs, options, database);
  } catch (error) {
    // The batch's transaction failed as a whole (nothing of it is stored): each item alone, so one says why.
    console.error("[jobs] batch failed, storing its items one by one:", (error as Error).message);
    results = [];
    for (const input of inputs) results.push(await resultAlone(database, input));
  }
  for (const [index, item] of items.entries()) {
    const outcome = await outcomeOf(database, item, results[index]);
    await database.ingestJobItem.updateMany({
      where: { id: item.id, status: "running", lockedBy: worker },
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
  }
  for (const jobId of jobIds) await finishIfComplete(jobId, database);
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
 * Works on a job (or on any unfinished job) until nothing is claimable; returns how many items this call did.
 * `shouldStop` lets a worker shutting down finish the batch in hand and stop there.
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
  for (let batch = 1; !shouldStop(); batch++) {
    const items = await claimItems(worker, jobId, jobBatch(), database);
    if (items.length === 0) break;
    // Planner statistics as this worker's writes grow the tables: batches 1, 2, 4, 8 ... (as the CLI's ingest).
    await processItems(worker, items, { analyze: (batch & (batch - 1)) === 0 }, database);
    done += items.length;
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
