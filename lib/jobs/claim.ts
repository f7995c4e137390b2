/**
 * Claiming job items (lib/jobs/run.ts runs them): each worker takes a few items with a compare-and-set on each one's
 * lease, so two workers never hold the same item, and an item whose worker died (its lease ran out) is taken again.
 */
import { hostname } from "node:os";
import { type Db, db } from "@/lib/db/client";
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

export interface ClaimedItem {
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
    // Never an item this worker holds: its lease may have run out while its batch is in hand, not its work.
    OR: [{ status: "pending" }, { status: "running", lockedAt: { lt: staleBefore }, lockedBy: { not: worker } }],
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
