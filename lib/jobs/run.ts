/**
 * The job code every worker runs (the in-process worker on SQLite, `npm run worker` processes on PostgreSQL):
 * claim one item with a compare-and-set on its lease, store its document, commit the item's outcome.
 *
 * Crash safety, item by item: the document and its claims are written in one transaction (ingestDocument), so a
 * document is either stored whole or not at all. A worker killed after that commit but before the item's commit
 * leaves the item `running` with a lease that expires; the next worker re-runs it, the sha256 dedupe finds the
 * stored document instead of storing it twice, and the item is marked done with it (a regroup the crash cut short
 * is finished by the same lookup: the document still carries regroupPending).
 */
import { hostname } from "node:os";
import { type Db, db } from "@/lib/db/client";
import { IngestError } from "@/lib/documents/errors";
import { env } from "@/lib/env";
import { ingestOne } from "./ingest-one.ts";

/** A lease older than this is considered abandoned (its worker died). Items take well under a second each. */
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
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  attempts: number;
  firstClaimedAt: Date | null;
}

const CANDIDATES = 8;

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

async function outcomeOf(
  database: Db,
  item: ClaimedItem,
  createdById: string | null,
): Promise<{ status: string; documentId?: string; claimCount?: number; error?: string }> {
  try {
    const result = await ingestOne(
      {
        text: item.text,
        title: item.title ?? undefined,
        outlet: item.outlet ?? undefined,
        url: item.url ?? undefined,
        publishedAt: item.publishedAt ?? undefined,
        createdById,
      },
      database,
    );
    const error = result.extractionError ?? undefined;
    if (result.created) return { status: "done", documentId: result.documentId, claimCount: result.claimCount, error };
    // A retried item whose document appeared after its first claim stored it itself before a crash.
    if (item.attempts > 1 && item.firstClaimedAt) {
      const doc = await database.document.findUnique({
        where: { id: result.documentId },
        select: { createdAt: true },
      });
      if (doc && doc.createdAt >= item.firstClaimedAt) {
        return { status: "done", documentId: result.documentId, claimCount: result.claimCount, error };
      }
    }
    return { status: "duplicate", documentId: result.documentId, claimCount: result.claimCount };
  } catch (error) {
    if (error instanceof IngestError) return { status: "failed", error: error.message };
    return { status: "failed", error: `Could not store the document: ${(error as Error).message}`.slice(0, 500) };
  }
}

/**
 * Processes one claimed item and commits its outcome, guarded by the lease: a worker whose lease was taken over
 * (it stalled past the timeout) does not overwrite the new holder's result.
 */
export async function processItem(worker: string, item: ClaimedItem, database: Db = db()): Promise<void> {
  const job = await database.ingestJob.findUnique({ where: { id: item.jobId }, select: { createdById: true } });
  const outcome = await outcomeOf(database, item, job?.createdById ?? null);
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
  await finishIfComplete(item.jobId, database);
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
 * `shouldStop` lets a worker shutting down finish the item in hand and stop there.
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
  while (!shouldStop()) {
    const item = await claimItem(worker, jobId, database);
    if (!item) break;
    await processItem(worker, item, database);
    done++;
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
