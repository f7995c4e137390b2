/**
 * Multi-row INSERTs for the bulk paths (issue 15). Prisma's createMany costs about 200 us a row in the client
 * runtime whatever the batch size (shared/docs/ENVIRONMENT.md), and even one `INSERT ... VALUES (...), (...)` with a
 * bound parameter per value costs ~7 us a value there. So on PostgreSQL a chunk of rows goes as ONE JSON parameter
 * that the database unpacks (json_populate_recordset; ADR 021), and on SQLite as multi-row INSERTs with bound values
 * run on the adapter's own better-sqlite3 connection, inside the caller's transaction (ADR 026), falling back to the
 * JSON form (json_each) where that connection cannot be used. Either way rows are stored as the client would store
 * each value (tests/integration/insert-rows.test.ts compares with Prisma's create). Rows are plain objects with the
 * same keys; the keys are the table's column names.
 */
import type Database from "better-sqlite3";
import { type Db, providerOf, sqliteConnection, type Tx } from "./client.ts";

/** Characters of JSON a statement carries (a batch of 2 MB articles is several statements). */
const MAX_JSON_CHARS = 16_000_000;
/**
 * Rows a statement carries: SQLite runs each statement on this thread, so a 2 MB article's 10,000 claims in one
 * statement would hold every other request for its whole insert; between statements they run (yieldToEventLoop).
 */
const MAX_ROWS = 500;

/**
 * Inserts `rows` into `table`, a chunk of rows a statement (see above). `skipConflictsOn` names
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
  if (providerOf(tx) === "postgres") {
    // json_populate_recordset with the table's own row type converts every column as a typed parameter would; ISO
    // dates are read by "timestamp without time zone" as the UTC time the client stores.
    const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)${onConflict}`;
    return insertAsJson(tx, sql, rows, (row) => row);
  }
  // SQLite: on the adapter's own connection where that is safe (sqliteConnection), else through Prisma as JSON.
  // json_each / json_extract; dates are written as its adapter writes them ("2026-12-03T17:08:02.096+00:00"),
  // booleans come out of JSON as the 1/0 it stores. (WHERE true: SQLite's upsert after INSERT ... SELECT needs one.)
  const sql =
    `INSERT INTO "${table}" (${list}) SELECT ${columns.map((c) => `json_extract(value, '$."${c}"')`).join(", ")} ` +
    `FROM json_each(?) WHERE true${onConflict}`;
  const dated = (row: T): object => {
    let out: Record<string, unknown> | null = null;
    for (const c of columns) {
      const value = (row as Record<string, unknown>)[c];
      if (value instanceof Date) {
        out ??= { ...(row as Record<string, unknown>) };
        out[c] = sqliteValue(value);
      }
    }
    return out ?? row;
  };
  let insert: Database.Transaction<(chunk: T[]) => void> | null = null;
  for (let i = 0; i < rows.length; i += MAX_ROWS) {
    const chunk = rows.slice(i, i + MAX_ROWS);
    // Looked up again for every chunk: between two chunks other requests run (yieldToEventLoop) and may have opened
    // a transaction of their own on the connection, which a bare client's rows must not join.
    const connection = sqliteConnection(tx);
    if (connection) {
      insert ??= boundInsert(connection, `INSERT INTO "${table}" (${list})`, columns, onConflict);
      insert(chunk);
      await yieldToEventLoop();
    } else await insertAsJson(tx, sql, chunk, dated);
  }
}

/**
 * Rows through Prisma as ONE JSON parameter a statement (see above). Without a replacer JSON.stringify takes its fast
 * path (about 2x faster on 20,000 claims): undefined keys are dropped, which both databases read as NULL.
 */
async function insertAsJson<T>(tx: Tx | Db, sql: string, rows: T[], encode: (row: T) => object): Promise<void> {
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    await tx.$executeRawUnsafe(sql, `[${chunk.join(",")}]`);
    chunk = [];
    size = 0;
    await yieldToEventLoop();
  };
  for (const row of rows) {
    const json = JSON.stringify(encode(row));
    if ((size + json.length > MAX_JSON_CHARS || chunk.length === MAX_ROWS) && chunk.length > 0) await flush();
    chunk.push(json);
    size += json.length;
  }
  await flush();
}

/** SQLite's bound-parameter limit in this build (MAX_VARIABLE_NUMBER=32766). */
const MAX_SQLITE_PARAMETERS = 32_766;

/**
 * SQLite on the adapter's connection (sqliteConnection): multi-row INSERTs with bound values inside one better-sqlite3
 * transaction (a SAVEPOINT within the caller's transaction), values bound as the adapter binds them (dates as
 * "2026-12-03T17:08:02.096+00:00" text, booleans as 1/0, undefined as NULL) — no JSON to build or parse, and none of
 * Prisma's per-query work (ADR 026). Many rows a statement, not one: FTS5 (the claims' text index) flushes its
 * pending terms at every statement's savepoint, and one claim a statement made the claims' insert 4x slower.
 */
function boundInsert<T extends object>(
  connection: Database.Database,
  head: string,
  columns: string[],
  onConflict: string,
): Database.Transaction<(chunk: T[]) => void> {
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const perStatement = Math.max(1, Math.floor(MAX_SQLITE_PARAMETERS / columns.length));
  const prepared = new Map<number, Database.Statement>();
  const statementFor = (rows: number) => {
    let statement = prepared.get(rows);
    if (!statement) {
      statement = connection.prepare(`${head} VALUES ${Array(rows).fill(tuple).join(", ")}${onConflict}`);
      prepared.set(rows, statement);
    }
    return statement;
  };
  return connection.transaction((chunk: T[]) => {
    for (let i = 0; i < chunk.length; i += perStatement) {
      const rows = chunk.slice(i, i + perStatement);
      const values: unknown[] = new Array(rows.length * columns.length);
      let k = 0;
      for (const row of rows) {
        for (const column of columns) values[k++] = sqliteValue((row as Record<string, unknown>)[column]);
      }
      statementFor(rows.length).run(values);
    }
  });
}

function sqliteValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/**
 * Lets requests queued on this thread run between two statements. better-sqlite3 runs each statement on the calling
 * thread and Prisma resolves it as a microtask, so a transaction's statements would otherwise run back to back: a
 * 1.9 MB article's rows held every other request for 1.8 s (tests/integration/ingest-bounded.test.ts). Called as
 * often as convenient: it yields only when YIELD_EVERY_MS have passed since it last did.
 */
export function yieldToEventLoop(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < YIELD_EVERY_MS) return Promise.resolve();
  lastYield = now;
  // A timer, not setImmediate: an immediate queued from the poll phase runs in that same turn, before the timers
  // phase, so two chunks could run back to back while a due timer (a scheduled request, a job's heartbeat) waited.
  // At most one ~1 ms timer per YIELD_EVERY_MS of work: under 2% of a bulk load.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work this thread does between two yields at most (as long as no single step takes longer). */
const YIELD_EVERY_MS = 50;
let lastYield = 0;
