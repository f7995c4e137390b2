/**
 * pg-boss on PostgreSQL (docs/decisions/009-ingest-jobs-pg-boss.md): a message "work on job X" wakes a worker;
 * the items themselves are claimed through their leases (run.ts), so several messages for one job simply let
 * several workers share it, and a lost or duplicated message costs nothing.
 */
import PgBoss from "pg-boss";

export const INGEST_QUEUE = "ingest-job";
/** The pg-boss tables live in their own schema, away from Prisma's migrations. */
export const BOSS_SCHEMA = "pgboss";

/** Messages sent per new job: enough for that many workers to join at once; more join through the sweep. */
export function messagesFor(total: number): number {
  return Math.max(1, Math.min(8, Math.ceil(total / 100)));
}

/**
 * A started pg-boss instance. Senders (the web server) pass `worker: false`: no maintenance or cron in the server.
 *
 * @example
 * const boss = await startBoss(databaseUrl, { worker: true });
 */
export async function startBoss(connectionString: string, options: { worker: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    schema: BOSS_SCHEMA,
    supervise: options.worker,
    schedule: false,
    max: 2,
  });
  boss.on("error", (error) => console.error("[jobs] pg-boss:", error.message));
  await boss.start();
  // createQueue is a no-op when the queue exists (several workers start at once).
  await boss.createQueue(INGEST_QUEUE).catch((error: Error) => {
    if (!/exists|duplicate/i.test(error.message)) throw error;
  });
  return boss;
}

const globalForBoss = globalThis as unknown as { claimtrackBoss?: Promise<PgBoss> };

/**
 * Tells the workers about a job. Never fails the caller: the job is already stored, and every worker's sweep finds
 * jobs with claimable items anyway (a message only makes the start immediate).
 *
 * @example
 * await announceJob(databaseUrl, jobId, 500);
 */
export async function announceJob(connectionString: string, jobId: string, total: number): Promise<void> {
  try {
    globalForBoss.claimtrackBoss ??= startBoss(connectionString, { worker: false });
    const boss = await globalForBoss.claimtrackBoss;
    for (let i = 0; i < messagesFor(total); i++) await boss.send(INGEST_QUEUE, { jobId }, { expireInHours: 12 });
  } catch (error) {
    globalForBoss.claimtrackBoss = undefined;
    console.error("[jobs] could not announce job", jobId, (error as Error).message);
  }
}

/**
 * Stops the sender started by announceJob (scripts and tests that exit).
 *
 * @example
 * await stopAnnouncer();
 */
export async function stopAnnouncer(): Promise<void> {
  const pending = globalForBoss.claimtrackBoss;
  globalForBoss.claimtrackBoss = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true });
}
