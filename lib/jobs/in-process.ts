/**
 * The web server's own worker: on SQLite (one writer, one process) jobs run inside the Next server, started from
 * instrumentation.ts. On PostgreSQL the server only announces jobs; `npm run worker` processes run them (set
 * CLAIMTRACK_INPROCESS_WORKER=1 to run one inside the server there too).
 */
import { db, providerOf } from "@/lib/db/client";
import { env } from "@/lib/env";
import { type PollWorker, startPollWorker } from "./poll-worker.ts";

const globalForWorker = globalThis as unknown as { claimtrackJobWorker?: PollWorker };

/** The running in-process worker, if any. */
export function inProcessWorker(): PollWorker | undefined {
  return globalForWorker.claimtrackJobWorker;
}

/**
 * Starts the in-process worker once per process when this database runs jobs in the server.
 *
 * @example
 * startInProcessWorker(); // from instrumentation.ts register()
 */
export function startInProcessWorker(): PollWorker | undefined {
  if (globalForWorker.claimtrackJobWorker) return globalForWorker.claimtrackJobWorker;
  const wanted = env().CLAIMTRACK_INPROCESS_WORKER;
  if (wanted === "0") return undefined;
  const database = db();
  const sqlite = providerOf(database) === "sqlite";
  if (!sqlite && wanted !== "1") return undefined;
  globalForWorker.claimtrackJobWorker = startPollWorker({ releaseLeases: sqlite }, database);
  return globalForWorker.claimtrackJobWorker;
}
