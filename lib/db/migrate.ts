/**
 * Applies the Prisma migrations to a database from code (db:prepare, the load script, tests), through the project's
 * Prisma CLI and its offline schema-engine stand-in.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { childEnv } from "@/lib/env";
import { type DatabaseTarget, ensureSqliteDirectory } from "./url.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * `prisma migrate deploy` for the target; throws with Prisma's message when a migration fails.
 *
 * @example
 * migrateDatabase(resolveDatabase());
 */
export function migrateDatabase(target: DatabaseTarget): void {
  ensureSqliteDirectory(target);
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: childEnv({ DATABASE_URL: target.url }),
  });
}
