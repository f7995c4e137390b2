/**
 * The PostgreSQL worker (`npm run worker`): takes "work on job X" messages from pg-boss and drains that job's
 * items; a sweep re-announces jobs with claimable items (new ones, or leases of a worker that died), so any number
 * of these processes on any machines share the work and a killed one's items are picked up.
 */
import { type Db, db } from "@/lib/db/client";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { leaseMs, workerId } from "./claim.ts";
import { INGEST_QUEUE, startBoss } from "./queue.ts";
import { claimableJobIds, drainJob } from "./run.ts";

export interface BossWorker {
  stop(): Promise<void>;
  processed(): number;
}

/**
 * Starts a pg-boss worker on `connectionString` writing through `database`.
 *
 * @example
 * const worker = await startBossWorker(databaseUrl);
 */
export async function startBossWorker(
  connectionString: string,
  options: { sweepMs?: number } = {},
  database: Db = db(),
): Promise<BossWorker> {
  const id = workerId();
  let stopping = false;
  let count = 0;
  const boss = await startBoss(connectionString, { worker: true });
  await boss.work<{ jobId: string }>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) count += await drainJob(id, job.data.jobId, () => stopping, database);
  });
  let sweeping = false;
  async function sweep(): Promise<void> {
    // One sweep at a time: a repair that waits for the regroup lock must not pile up behind the next tick's.
    if (sweeping) return;
    sweeping = true;
    try {
      await repairPendingRegroups({ olderThanMs: leaseMs() }, database);
      for (const jobId of await claimableJobIds(database)) await boss.send(INGEST_QUEUE, { jobId });
    } finally {
      sweeping = false;
    }
  }
  await sweep();
  const timer = setInterval(() => {
    sweep().catch((error: Error) => console.error("[jobs] sweep:", error.message));
  }, options.sweepMs ?? 5_000);
  return {
    stop: async () => {
      stopping = true;
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true });
    },
    processed: () => count,
  };
}
