/**
 * Planner statistics after bulk writes. On a fresh PostgreSQL database the planner has none, guesses that
 * `"documentId" IS NULL` keeps 0.5% of the groups, and runs the cross-flag subqueries from every group instead of
 * from the claim's figures: 6.5 s for 500 claims, 32 ms after ANALYZE (measured here). Autovacuum analyzes within
 * a minute in normal use; a bulk load outruns it. SQLite's planner needs no help here.
 *
 * The large tables are analyzed only when stale, by autovacuum's own rule (never analyzed, or more rows changed since
 * than 50 plus a tenth of the table): on an archive of 1,000,000 claims one ANALYZE of the six tables took 2.7-4.7 s,
 * three times in a 500-document ingest (docs/performance.md, "Stored volume"). The group tables are analyzed every
 * time: what the cross-flag plan depends on is the share of cross-document groups (documentId null), which an ingest
 * on such an archive raises from none to some while changing far less than a tenth of the table — with the old
 * estimate its UPDATE scanned every cross group once per claim (13.3 s of a 500-document ingest instead of 0.2 s).
 * Their ANALYZE reads at most its sample of rows (25,000 groups at 1,000,000 claims: ~0.25 s under load).
 */
import { type Db, db, providerOf } from "./client.ts";

const TABLES = ["Document", "Source", "Claim", "Quantity", "QuantityGroup", "QuantityGroupMember"];
/** Analyzed every time (see above). */
const ALWAYS = new Set(["QuantityGroup", "QuantityGroupMember"]);

/**
 * ANALYZE the group tables and the other tables ingest writes whose statistics are stale (PostgreSQL only); returns
 * the tables analyzed.
 *
 * @example
 * await refreshPlannerStatistics(); // all six on a fresh database; ["QuantityGroup", "QuantityGroupMember"] on a large one
 */
export async function refreshPlannerStatistics(database: Db = db()): Promise<string[]> {
  if (providerOf(database) !== "postgres") return [];
  // Counters of this session's own writes reach pg_stat_user_tables at its transaction end; another connection's
  // (a concurrent batch insert) within about a second. A table missing here (statistics reset) counts as stale.
  const fresh = await database.$queryRawUnsafe<Array<{ relname: string }>>(
    `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
      WHERE s.schemaname = current_schema() AND s.relname = ANY($1::text[])
        AND COALESCE(s.last_analyze, s.last_autoanalyze) IS NOT NULL
        AND s.n_mod_since_analyze <= 50 + 0.1 * GREATEST(c.reltuples, 0)`,
    TABLES,
  );
  const skip = new Set(fresh.map((r) => r.relname));
  const stale = TABLES.filter((t) => ALWAYS.has(t) || !skip.has(t));
  if (stale.length > 0) await database.$executeRawUnsafe(`ANALYZE ${stale.map((t) => `"${t}"`).join(", ")}`);
  return stale;
}
