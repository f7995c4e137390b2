/**
 * Planner statistics after bulk writes. On a fresh PostgreSQL database the planner has none, guesses that
 * `"documentId" IS NULL` keeps 0.5% of the groups, and runs the cross-flag subqueries from every group instead of
 * from the claim's figures: 6.5 s for 500 claims, 32 ms after ANALYZE (measured here). Autovacuum analyzes within
 * a minute in normal use; a bulk load outruns it. SQLite's planner needs no help here.
 */
import { type Db, db, providerOf } from "./client.ts";

const TABLES = ['"Document"', '"Source"', '"Claim"', '"Quantity"', '"QuantityGroup"', '"QuantityGroupMember"'];

/**
 * ANALYZE the tables ingest writes (PostgreSQL only).
 *
 * @example
 * await refreshPlannerStatistics();
 */
export async function refreshPlannerStatistics(database: Db = db()): Promise<void> {
  if (providerOf(database) !== "postgres") return;
  await database.$executeRawUnsafe(`ANALYZE ${TABLES.join(", ")}`);
}
