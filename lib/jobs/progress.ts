/**
 * A job's progress for the page and the API: counts per item status, claims stored, failures with their reasons,
 * throughput and an ETA from the rate so far.
 */
import { type Db, db } from "@/lib/db/client";

export interface JobProgress {
  id: string;
  status: string;
  total: number;
  /** Items finished in any way (done + duplicate + failed). */
  finished: number;
  done: number;
  duplicate: number;
  failed: number;
  pending: number;
  running: number;
  claims: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Finished items per second since the job started; null before the first one. */
  perSecond: number | null;
  /** Seconds left at that rate; null when unknown or done. */
  etaSeconds: number | null;
  failures: Array<{ name: string; error: string }>;
}

const FAILURES_SHOWN = 100;

/**
 * Progress of one job, or null when there is no such job.
 *
 * @example
 * const p = await jobProgress(id); // { total: 500, finished: 120, etaSeconds: 31, ... }
 */
export async function jobProgress(id: string, now = new Date(), database: Db = db()): Promise<JobProgress | null> {
  const job = await database.ingestJob.findUnique({ where: { id } });
  if (!job) return null;
  const [byStatus, claims, failures] = await Promise.all([
    database.ingestJobItem.groupBy({ by: ["status"], where: { jobId: id }, _count: { _all: true } }),
    database.ingestJobItem.aggregate({ where: { jobId: id, status: "done" }, _sum: { claimCount: true } }),
    database.ingestJobItem.findMany({
      where: { jobId: id, status: "failed" },
      orderBy: { position: "asc" },
      take: FAILURES_SHOWN,
      select: { name: true, error: true },
    }),
  ]);
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  const done = count("done");
  const duplicate = count("duplicate");
  const failed = count("failed");
  const finished = done + duplicate + failed;
  const elapsed = job.startedAt ? ((job.finishedAt ?? now).getTime() - job.startedAt.getTime()) / 1000 : 0;
  const perSecond = job.startedAt && elapsed > 0 && finished > 0 ? finished / elapsed : null;
  const left = job.total - finished;
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    finished,
    done,
    duplicate,
    failed,
    pending: count("pending"),
    running: count("running"),
    claims: claims._sum.claimCount ?? 0,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    perSecond,
    etaSeconds: job.status !== "done" && perSecond ? Math.ceil(left / perSecond) : null,
    failures: failures.map((f) => ({ name: f.name, error: f.error ?? "" })),
  };
}
