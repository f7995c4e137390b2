/**
 * Transactions that lost a race to another writer: PostgreSQL's deadlock detector (40P01) or a serialization
 * failure (40001) aborts one of two transactions, and SQLite answers SQLITE_BUSY when another process holds the
 * write lock past the busy timeout (the SQLite adapter reports that as Prisma's P1008, "Operation has timed out").
 * Each is safe to run again from the start; anything else is a real error.
 */

const TRANSIENT =
  /\b(40P01|40001|deadlock detected|could not serialize|SQLITE_BUSY|database is locked|Operation has timed out)\b/i;

/**
 * Whether an error is a lost race that a fresh attempt of the same transaction can win.
 *
 * @example
 * isTransientConflict(new Error("Raw query failed. Code: `40P01`. Message: `deadlock detected`")) // true
 */
export function isTransientConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // Prisma's own code for "transaction failed due to a write conflict or a deadlock".
  if (code === "P2034" || code === "P1008") return true;
  return TRANSIENT.test(error.message);
}

/**
 * Runs `attempt` (a whole transaction) again after a transient conflict, up to `tries` times, with a short random
 * pause so the two writers do not collide again in step.
 *
 * @example
 * await retryTransient(() => database.$transaction(async (tx) => { ... }));
 */
export async function retryTransient<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * i + Math.random() * 50 * i));
    }
  }
}
