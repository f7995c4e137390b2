/**
 * The one Prisma client, for SQLite or PostgreSQL as DATABASE_URL says. Both generated clients come from the same
 * models (prisma/models.prisma), so their APIs are identical; the SQLite client's type stands for both.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { type DatabaseTarget, ensureSqliteDirectory, resolveDatabase } from "./url.ts";

export type Db = InstanceType<typeof SqliteClient>;
export type { Prisma } from "./generated/sqlite/client.ts";
/** The client inside an interactive transaction. */
export type Tx = import("./generated/sqlite/client.ts").Prisma.TransactionClient;

/**
 * Builds a client for the given target. Prefer `db()`; tests and scripts call this for a database of their own.
 *
 * @example
 * const client = createDb(resolveDatabase("file:./tmp/test.db"));
 */
export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  let client: Db;
  if (target.provider === "postgres") {
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  } else {
    ensureSqliteDirectory(target);
    prepareSqliteFile(target.file);
    client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.file }) });
  }
  providers.set(client, target.provider);
  return client;
}

const providers = new WeakMap<Db, DatabaseTarget["provider"]>();

/**
 * Which database a client, or an interactive transaction, talks to: SQL and filter options differ slightly (ILIKE,
 * upsert syntax, JSON functions). A transaction is not in the map createDb keeps; Prisma keeps its provider's name on
 * both (`_activeProvider`, not public API: tests/integration/insert-rows.test.ts fails on PostgreSQL if it lies).
 *
 * @example
 * providerOf(db()) // "sqlite"
 * await db().$transaction(async (tx) => providerOf(tx)) // "sqlite"
 */
export function providerOf(client: Db | Tx): DatabaseTarget["provider"] {
  const known = providers.get(client as Db);
  if (known) return known;
  return (client as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}

// WAL lets readers run during a write (the table stays responsive during ingest); the mode is stored in the file,
// so setting it once per process is enough.
function prepareSqliteFile(file: string): void {
  const conn = new Database(file);
  try {
    conn.pragma("journal_mode = WAL");
  } finally {
    conn.close();
  }
}

const globalForDb = globalThis as unknown as { claimtrackDb?: { url: string; client: Db } };

/**
 * The process-wide client for DATABASE_URL, kept on globalThis so Next's dev reloads do not open a pool per edit.
 *
 * @example
 * const count = await db().claim.count();
 */
export function db(): Db {
  const target = resolveDatabase();
  const cached = globalForDb.claimtrackDb;
  if (cached && cached.url === target.url) return cached.client;
  const client = createDb(target);
  globalForDb.claimtrackDb = { url: target.url, client };
  return client;
}
