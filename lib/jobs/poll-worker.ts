/**
 * The worker loop without a queue: the in-process worker of the web server on SQLite, and `npm run worker` on
 * SQLite. It claims items of any unfinished job until none is left, then sleeps until woken or the next poll.
 */
import { type Db, db } from "@/lib/db/client";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { workerId } from "./claim.ts";
import { drainJob } from "./run.ts";

export interface PollWorker {
  /** Starts work now (a new job) instead of at the next poll. */
  wake(): void;
  /** Finishes the item in hand and stops. */
  stop(): Promise<void>;
  /** Items this worker has processed. */
  processed(): number;
}

/**
 * Starts the loop. On SQLite only one process writes, so at start the leases of a previous process (killed
 * mid-item) are released at once rather than after the lease timeout.
 *
 * @example
 * const worker = startPollWorker({ releaseLeases: true });
 */
export function startPollWorker(
  options: { pollMs?: number; releaseLeases?: boolean } = {},
  database: Db = db(),
): PollWorker {
  const id = workerId();
  let stopped = false;
  let count = 0;
  let wakeUp: (() => void) | null = null;
  const loop = (async () => {
    if (options.releaseLeases) {
      await database.ingestJobItem.updateMany({
        where: { status: "running" },
        data: { status: "pending", lockedBy: null, lockedAt: null },
      });
    }
    while (!stopped) {
      try {
        count += await drainJob(id, null, () => stopped, database);
        // Nothing is in hand between drains (SQLite has one writing process): every pending document is abandoned.
        await repairPendingRegroups({}, database);
      } catch (error) {
        console.error("[jobs] worker error:", (error as Error).message);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 2_000);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();
  return {
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await loop;
    },
    processed: () => count,
  };
}
