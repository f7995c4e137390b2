/**
 * Creating a job: the job row and all its items (with their texts) in one transaction, so a job either exists
 * complete or not at all, and a worker started later (or after a crash) has everything it needs.
 */
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { stripControl } from "@/lib/text/control";
import { finishIfComplete } from "./run.ts";
import type { ItemDraft } from "./schema.ts";

const INSERT_CHUNK = 500;

/**
 * Stores a job of `items` and returns its id; failed drafts are stored already failed, with their reason.
 *
 * @example
 * const jobId = await createIngestJob({ items: uploadItems(files), createdById: user.id });
 */
export async function createIngestJob(
  input: { items: ItemDraft[]; createdById?: string | null },
  database: Db = db(),
): Promise<string> {
  const jobId = newId();
  const now = new Date();
  // Control characters (a NUL in an uploaded .txt) never reach the database: PostgreSQL refuses them in text.
  const clean = (v: string | null | undefined) => (v == null ? null : stripControl(v));
  const rows = input.items.map((item, position) => ({
    id: newId(),
    jobId,
    position,
    name: stripControl(item.name).slice(0, 500),
    status: item.error ? "failed" : "pending",
    error: clean(item.error),
    finishedAt: item.error ? now : null,
    title: clean(item.title),
    outlet: clean(item.outlet),
    url: clean(item.url),
    publishedAt: clean(item.publishedAt),
    text: stripControl(item.text),
  }));
  await database.$transaction(
    async (tx) => {
      await tx.ingestJob.create({
        data: { id: jobId, total: rows.length, createdById: input.createdById ?? null, status: "queued" },
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await tx.ingestJobItem.createMany({ data: rows.slice(i, i + INSERT_CHUNK) });
      }
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  // A job whose every file was refused at upload has nothing for a worker to do.
  if (rows.every((r) => r.status === "failed")) await finishIfComplete(jobId, database);
  return jobId;
}
