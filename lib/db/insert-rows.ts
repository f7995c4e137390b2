/**
 * Multi-row INSERTs for the bulk paths (issue 15). Prisma's createMany costs about 200 us a row in the client
 * runtime whatever the batch size (shared/docs/ENVIRONMENT.md), and even one `INSERT ... VALUES (...), (...)` with a
 * bound parameter per value costs ~7 us a value there; so a chunk of rows goes as ONE JSON parameter that the
 * database unpacks (json_populate_recordset on PostgreSQL, json_each on SQLite), stored as the client would store
 * each value (tests/integration/insert-rows.test.ts compares with Prisma's create). Claims insert, same run: 25% less
 * time on PostgreSQL, 30-40% on SQLite (ADR 021). Rows are plain objects with the same keys; the keys are the table's
 * column names.
 */
import { type Db, providerOf, type Tx } from "./client.ts";

/** Characters of JSON a statement carries (a batch of 2 MB articles is several statements). */
const MAX_JSON_CHARS = 16_000_000;
/**
 * Rows a statement carries: SQLite runs each statement on this thread, so a 2 MB article's 10,000 claims in one
 * statement would hold every other request for its whole insert; between statements they run (yieldToEventLoop).
 */
const MAX_ROWS = 500;

/**
 * Inserts `rows` into `table`, a chunk of rows a statement (as ONE JSON parameter, see above). `skipConflictsOn` names
 * a unique column: rows whose value another transaction inserted first are skipped (ON CONFLICT DO NOTHING, both
 * databases) instead of failing the whole transaction — the caller reads the winners' rows back.
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
  const list = columns.map((c) => `"${c}"`).join(", ");
  const onConflict = skipConflictsOn ? ` ON CONFLICT ("${skipConflictsOn}") DO NOTHING` : "";
  const postgres = providerOf(tx) === "postgres";
  // PostgreSQL: json_populate_recordset with the table's own row type converts every column as a typed parameter
  // would; ISO dates are read by "timestamp without time zone" as the UTC time the client stores.
  // SQLite: json_each / json_extract; dates are written as its adapter writes them ("2026-12-03T17:08:02.096+00:00"),
  // booleans come out of JSON as the 1/0 it stores. (WHERE true: SQLite's upsert after INSERT ... SELECT needs one.)
  const sql = postgres
    ? `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)${onConflict}`
    : `INSERT INTO "${table}" (${list}) SELECT ${columns.map((c) => `json_extract(value, '$."${c}"')`).join(", ")} ` +
      `FROM json_each(?) WHERE true${onConflict}`;
  // Without a replacer JSON.stringify takes its fast path (about 2x faster on 20,000 claims): undefined keys are dropped,
  // which both databases read as NULL; only SQLite's dates need rewriting, in a copy of the rows that hold one.
  const dated = (row: T): object => {
    if (postgres) return row;
    let out: Record<string, unknown> | null = null;
    for (const c of columns) {
      const value = (row as Record<string, unknown>)[c];
      if (value instanceof Date) {
        out ??= { ...(row as Record<string, unknown>) };
        out[c] = value.toISOString().replace(/Z$/, "+00:00");
      }
    }
    return out ?? row;
  };
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    await tx.$executeRawUnsafe(sql, `[${chunk.join(",")}]`);
    chunk = [];
    size = 0;
    await yieldToEventLoop();
  };
  for (const row of rows) {
    const json = JSON.stringify(dated(row));
    if ((size + json.length > MAX_JSON_CHARS || chunk.length === MAX_ROWS) && chunk.length > 0) await flush();
    chunk.push(json);
    size += json.length;
  }
  await flush();
}

/**
 * Lets requests queued on this thread run between two statements. better-sqlite3 runs each statement on the calling
 * thread and Prisma resolves it as a microtask, so a transaction's statements would otherwise run back to back: a
 * 1.9 MB article's rows held every other request for 1.8 s (tests/integration/ingest-bounded.test.ts).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
