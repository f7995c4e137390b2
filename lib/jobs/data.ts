/**
 * Loaders for the /jobs pages (routes never read the database themselves).
 */
import "server-only";
import { type Db, db } from "@/lib/db/client";
import { type JobProgress, jobProgress } from "./progress.ts";

/**
 * One job's progress for its page, or null.
 *
 * @example
 * const progress = await jobForPage(id);
 */
export function jobForPage(id: string, database: Db = db()): Promise<JobProgress | null> {
  return jobProgress(id, undefined, database);
}
