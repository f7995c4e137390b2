/**
 * Which database DATABASE_URL points at. One place, shared by the Prisma client, the raw fast paths and the scripts.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export const DEFAULT_DATABASE_URL = "file:./data/claimtrack.db";

export type DatabaseTarget = { provider: "sqlite"; url: string; file: string } | { provider: "postgres"; url: string };

/**
 * Resolves DATABASE_URL (or the embedded default) to a provider and, for SQLite, the file path relative to the
 * working directory.
 *
 * @example
 * resolveDatabase("postgresql://u@localhost/db").provider // "postgres"
 * resolveDatabase(undefined) // { provider: "sqlite", url: "file:./data/claimtrack.db", file: "<cwd>/data/claimtrack.db" }
 */
export function resolveDatabase(raw: string | undefined = env().DATABASE_URL): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgres", url };
  const file = path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
  return { provider: "sqlite", url, file };
}

/**
 * Creates the SQLite file's directory so a fresh clone starts without a manual step.
 *
 * @example
 * ensureSqliteDirectory(resolveDatabase("file:./data/app.db")) // mkdir -p ./data
 */
export function ensureSqliteDirectory(target: DatabaseTarget): void {
  if (target.provider === "sqlite") mkdirSync(path.dirname(target.file), { recursive: true });
}
