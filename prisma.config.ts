/**
 * Prisma CLI configuration. DATABASE_URL picks the provider folder (prisma/sqlite or prisma/postgres, each with its
 * own migrations) and the offline schema-engine stand-in replaces the native binary the CLI cannot download here.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";

const DEFAULT_DATABASE_URL = "file:./data/claimtrack.db";
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

// Respect an explicit override (e.g. a native engine on a machine with network access).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(
  import.meta.dirname,
  "tools/prisma-offline/schema-engine-shim.mjs",
);

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
