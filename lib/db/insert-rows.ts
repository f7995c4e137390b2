/**
 * Multi-row INSERTs for the bulk paths (issue 15). Prisma's createMany costs about 200 us a row in the client
 * runtime whatever the batch size (shared/docs/ENVIRONMENT.md), and even one `INSERT ... VALUES (...), (...)` with a
 * bound parameter per value costs ~7 us a value there; so a chunk of rows goes as ONE JSON parameter that the
 * database unpacks (json_populate_recordset on PostgreSQL, json_each on SQLite), stored as the client would store
 * each value (tests/integration/insert-rows.test.ts compares with Prisma's create). Rows are plain objects with the
 * same keys; the keys are the table's column names.
 */
import { type Db, type Tx, talksToPostgres } from "./client.ts";

/** Characters of JSON a statement carries (a batch of 2 MB articles is several statements). */
const MAX_JSON_CHARS = 16_000_000;
/**
 * Rows a statement carries: SQLite runs each statement on this thread, so a 2 MB article's 10,000 claims in one
 * statement would hold every other request for its whole insert; between statements they run (yieldToEventLoop).
 */
const MAX_ROWS = 500;

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
  if (talksToPostgres(tx)) return insertFromJson(tx, table, columns, rows, skipConflictsOn);
  return insertFromJsonSqlite(tx, table, columns, rows, skipConflictsOn);
}

/**
 * PostgreSQL: the rows as one JSON parameter read by `json_populate_recordset` with the table's own row type, so
 * PostgreSQL converts every column as it would a typed parameter. Binding each value as its own parameter cost ~7 us
 * a value in the client runtime (a batch of 20,000 claims x 33 columns: 4.9 s of its 7.2 s insert, measured); one
 * JSON string is serialised natively. Dates go as ISO strings, which "timestamp without time zone" reads as the UTC
 * time the client stores.
 */
async function insertFromJson<T extends object>(
  tx: Tx | Db,
  table: string,
  columns: string[],
  rows: T[],
  skipConflictsOn: string | undefined,
): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)${
    skipConflictsOn ? ` ON CONFLICT ("${skipConflictsOn}") DO NOTHING` : ""
  }`;
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    await tx.$executeRawUnsafe(sql, `[${chunk.join(",")}]`);
    chunk = [];
    size = 0;
  };
  for (const row of rows) {
    const json = JSON.stringify(row, (_, v) => (v === undefined ? null : v));
    if ((size + json.length > MAX_JSON_CHARS || chunk.length === MAX_ROWS) && chunk.length > 0) await flush();
    chunk.push(json);
    size += json.length;
  }
  await flush();
}

/**
 * SQLite: the same JSON parameter, read by `json_each` / `json_extract` (30-40% less time than binding each value:
 * 5,815 claims 1.2-1.5 s -> 0.84-0.88 s, same run). Dates are written as the SQLite adapter writes them
 * ("2026-12-03T17:08:02.096+00:00"), booleans come out of JSON as 1/0 as the adapter stores them.
 */
async function insertFromJsonSqlite<T extends object>(
  tx: Tx | Db,
  table: string,
  columns: string[],
  rows: T[],
  skipConflictsOn: string | undefined,
): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map((c) => `json_extract(value, '$."${c}"')`).join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${values} FROM json_each(?) WHERE true${
    skipConflictsOn ? ` ON CONFLICT ("${skipConflictsOn}") DO NOTHING` : ""
  }`;
  const replacer = function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return raw.toISOString().replace(/Z$/, "+00:00");
    return v === undefined ? null : v;
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
    const json = JSON.stringify(row, replacer);
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
