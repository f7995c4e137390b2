/**
 * Failures of the database itself rather than of the request: it was opened read-only (a replica, a mounted snapshot,
 * `PRAGMA query_only`, PostgreSQL's default_transaction_read_only or a hot standby), its disk is full, or it cannot be
 * reached. The API answers these 503 in its envelope with what is wrong (issue 14, finding 9: they were plain-text
 * 500s from the proxy); nothing was written, and the same request can be sent again once the database is back.
 */

const READ_ONLY = /\b(SQLITE_READONLY\w*|25006|attempt to write a readonly database|read-only transaction)\b/i;
const FULL = /\b(SQLITE_FULL|53100|database or disk is full|could not extend file)\b/i;
const UNREACHABLE =
  /\b(SQLITE_CANTOPEN|unable to open database file|ECONNREFUSED|57P01|57P03|08001|08006|the database system is (?:starting up|shutting down|in recovery mode)|Can't reach database server)\b/i;

export type DatabaseUnavailable = "read_only" | "full" | "unreachable";

/**
 * Which way the database is unavailable, or null when the error is anything else (a bug, a bad request).
 *
 * @example
 * databaseUnavailable(new Error("Database error. Code: `SQLITE_READONLY`. Message: `attempt to write a readonly database`")) // "read_only"
 */
export function databaseUnavailable(error: unknown): DatabaseUnavailable | null {
  if (!(error instanceof Error)) return null;
  // Prisma's driver-adapter errors carry the database's own code in meta; its message repeats it.
  const meta = (error as { meta?: unknown }).meta;
  const text = `${error.message} ${meta === undefined ? "" : JSON.stringify(meta)} ${String((error as { code?: unknown }).code ?? "")}`;
  if (READ_ONLY.test(text)) return "read_only";
  if (FULL.test(text)) return "full";
  if (UNREACHABLE.test(text)) return "unreachable";
  return null;
}

/** What an API client or an editor is told, per kind. */
export const UNAVAILABLE_MESSAGE: Record<DatabaseUnavailable, string> = {
  read_only:
    "The database is read-only at the moment: nothing was saved. Reading still works; try the change again later.",
  full: "The database's disk is full: nothing was saved. Tell the administrator.",
  unreachable: "The database cannot be reached at the moment: nothing was saved. Try again shortly.",
};
