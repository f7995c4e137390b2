/**
 * Multi-row INSERTs for the bulk paths (issue 15). Prisma's createMany costs about 200 us a row in the client
 * runtime whatever the batch size (shared/docs/ENVIRONMENT.md); one parameterised `INSERT ... VALUES (...), (...)`
 * per chunk goes through the same driver adapter — so dates and numbers are stored exactly as the client stores them —
 * at a fraction of the cost. Rows are plain objects with the same keys; the keys are the table's column names.
 */
import type { Db, Tx } from "./client.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/** Both databases accept 32,766+ parameters a statement; stay well below. */
const MAX_PARAMS = 20_000;

/**
 * Inserts `rows` into `table` in as few statements as the parameter limit allows. `skipConflictsOn` names a unique
 * column: rows whose value another transaction inserted first are skipped (ON CONFLICT DO NOTHING, both databases)
 * instead of failing the whole transaction — the caller reads the winners' rows back.
 *
 * @example
 * await insertRows(tx, "Quantity", [{ id: "q1", claimId: "c1", value: 800 }]);
 */
export async function insertRows<T extends object>(
  tx: Tx | Db,
  table: string,
  rows: T[],
  skipConflictsOn?: string,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map(
      (row) =>
        Prisma.sql`(${Prisma.join(
          columns.map((c) => (row as Record<string, unknown>)[c] ?? null),
          ", ",
        )})`,
    );
    const tail = Prisma.raw(skipConflictsOn ? ` ON CONFLICT ("${skipConflictsOn}") DO NOTHING` : "");
    await tx.$executeRaw`${head}${Prisma.join(values, ", ")}${tail}`;
    await yieldToEventLoop();
  }
}

/**
 * Lets requests queued on this thread run between two statements. better-sqlite3 runs each statement on the calling
 * thread and Prisma resolves it as a microtask, so a transaction's statements would otherwise run back to back: a
 * 1.9 MB article's rows held every other request for 1.8 s (tests/integration/ingest-bounded.test.ts).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
