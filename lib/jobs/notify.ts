/**
 * After a job is stored: wake the in-process worker (SQLite) or announce it to the pg-boss workers (PostgreSQL).
 */
import { type Db, db, providerOf } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { inProcessWorker } from "./in-process.ts";
import { announceJob } from "./queue.ts";

/**
 * @example
 * await notifyWorkers(jobId, items.length);
 */
export async function notifyWorkers(jobId: string, total: number, database: Db = db()): Promise<void> {
  if (providerOf(database) === "postgres") {
    await announceJob(resolveDatabase().url, jobId, total);
  }
  inProcessWorker()?.wake();
}
