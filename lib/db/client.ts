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
    const adapter = new ConnectionKeepingAdapter({ url: target.file });
    client = new SqliteClient({ adapter });
    connections.set(originalOf(client), { client, adapter });
  }
  providers.set(client, target.provider);
  return client;
}

const providers = new WeakMap<Db, DatabaseTarget["provider"]>();

/**
 * Prisma's SQLite adapter with its better-sqlite3 connection kept in view: the adapter opens ONE connection and runs
 * every query and transaction of its client on it, so a statement run on that connection inside one of the client's
 * interactive transactions is part of that transaction (insertRows' fast path, ADR 026).
 */
class ConnectionKeepingAdapter extends PrismaBetterSqlite3 {
  connection: Database.Database | null = null;
  override async connect() {
    const adapter = await super.connect();
    this.connection = (adapter as unknown as { client: Database.Database }).client;
    return adapter;
  }
}

const connections = new WeakMap<object, { client: Db; adapter: ConnectionKeepingAdapter }>();

/** The object Prisma shares between a client and its transactions' clients (`_originalClient`). */
function originalOf(client: Db | Tx): object {
  return (client as unknown as { _originalClient?: object })._originalClient ?? client;
}

/**
 * The better-sqlite3 connection under a SQLite client, for statements Prisma's runtime would make ~10x slower (bulk
 * inserts) — but only where a statement run on it lands where the caller means: inside `tx`'s own transaction (the
 * adapter holds its lock for the transaction's whole life, so the open transaction on the connection is this one), or
 * with the bare client when no transaction is open. Otherwise, and on PostgreSQL or before the client's first
 * query, null: use Prisma. A transaction's client and its client share Prisma's `_originalClient` (not public
 * API: tests/integration/insert-rows.test.ts fails if that stops being so).
 *
 * @example
 * await db().$transaction(async (tx) => sqliteConnection(tx)?.prepare("SELECT 1").get());
 */
export function sqliteConnection(client: Db | Tx): Database.Database | null {
  const known = connections.get(originalOf(client));
  const connection = known?.adapter.connection;
  if (!connection?.open) return null;
  const isTransaction = client !== known?.client;
  return connection.inTransaction === isTransaction ? connection : null;
}

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
