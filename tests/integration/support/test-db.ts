/**
 * Real databases for integration tests: a fresh SQLite file per test file, and, when TEST_POSTGRES_URL is set, a
 * fresh PostgreSQL database per test file on that server. Both are built by `prisma migrate deploy`, so every test
 * file also proves the migrations apply from scratch.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");

export interface TestDatabase {
  name: "sqlite" | "postgres";
  url: string;
  client: Db;
  drop(): Promise<void>;
}

/** The database legs to run: SQLite always, PostgreSQL when TEST_POSTGRES_URL names a server. */
export function databaseLegs(): Array<"sqlite" | "postgres"> {
  return process.env.TEST_POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

/** Applies the migrations with the Prisma CLI, as `npm run db:prepare` does. */
export async function migrate(url: string): Promise<string> {
  const { stdout } = await run("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
  return stdout;
}

/**
 * Applies the migration files' SQL directly: the same schema as `migrate deploy` (migrations.test.ts runs the real
 * CLI), in milliseconds instead of a Prisma CLI process per test file.
 */
async function applyMigrationSql(url: string, provider: "sqlite" | "postgres"): Promise<void> {
  const dir = path.join(root, "prisma", provider, "migrations");
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name, "migration.sql"))
    .sort();
  if (provider === "sqlite") {
    const conn = new Database(url.replace(/^file:/, ""));
    try {
      for (const f of files) conn.exec(readFileSync(f, "utf8"));
    } finally {
      conn.close();
    }
    return;
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const f of files) await c.query(readFileSync(f, "utf8"));
  } finally {
    await c.end();
  }
}

/**
 * Creates an empty, migrated database for one test file. `viaCli` applies the migrations with the Prisma CLI.
 *
 * @example
 * const t = await createTestDatabase("sqlite"); await t.client.claim.count(); await t.drop();
 */
export async function createTestDatabase(name: "sqlite" | "postgres", viaCli = false): Promise<TestDatabase> {
  const id = randomUUID().slice(0, 8);
  if (name === "sqlite") {
    const dir = path.join(root, "tmp", "test-db");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id}.db`);
    const url = `file:${file}`;
    if (viaCli) await migrate(url);
    else await applyMigrationSql(url, "sqlite");
    const client = createDb(resolveDatabase(url));
    return {
      name,
      url,
      client,
      async drop() {
        await client.$disconnect();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const server = new URL(process.env.TEST_POSTGRES_URL ?? "");
  const database = `claimtrack_test_${id}`;
  await withAdmin(server, (c) => c.query(`CREATE DATABASE "${database}"`));
  const url = new URL(server);
  url.pathname = `/${database}`;
  if (viaCli) await migrate(url.toString());
  else await applyMigrationSql(url.toString(), "postgres");
  const client = createDb(resolveDatabase(url.toString()));
  return {
    name,
    url: url.toString(),
    client,
    async drop() {
      await client.$disconnect();
      await withAdmin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}

async function withAdmin(server: URL, fn: (c: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await fn(c);
  } finally {
    await c.end();
  }
}
