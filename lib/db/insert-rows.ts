/**
 * Multi-row INSERTs for the bulk paths (issue 15). Prisma's createMany costs about 200 us a row in the client
 * runtime whatever the batch size (shared/docs/ENVIRONMENT.md); one parameterised `INSERT ... VALUES (...), (...)`
 * per chunk goes through the same driver adapter — so dates and numbers are stored exactly as the client stores them —
 * at a fraction of the cost. Rows are plain objects with the same keys; the keys are the table's column names.
 */
import { type Db, type Tx, talksToPostgres } from "./client.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/** Both databases accept 32,766+ parameters a statement; stay well below. */
const MAX_PARAMS = 20_000;
/** Characters of JSON a PostgreSQL statement carries (a batch of 2 MB articles is several statements). */
const MAX_JSON_CHARS = 16_000_000;

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
    if (size + json.length > MAX_JSON_CHARS && chunk.length > 0) await flush();
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
