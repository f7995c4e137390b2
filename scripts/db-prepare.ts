/**
 * `npm run db:prepare`: applies the migrations to DATABASE_URL (creating the SQLite file on first run) and, when the
 * database has no documents yet, loads the reference article so a fresh clone opens on real claims.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { WeakPasswordError } from "@/lib/auth/password";
import { ensureAdminFromEnv } from "@/lib/auth/users";
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import { EXTRACTOR_VERSION, ingestDocument } from "@/lib/documents/mutations";

const root = path.resolve(import.meta.dirname, "..");
const SAMPLE = {
  file: path.join(root, "tests/fixtures/iran-militias.txt"),
  title: "Iran deploys foreign militias against the uprising (reference article)",
};

const target = resolveDatabase();
const label = target.provider === "sqlite" ? target.file : target.url.replace(/\/\/[^@]*@/, "//***@");
console.log(`db:prepare: migrating ${target.provider} database ${label}`);
migrateDatabase(target);

const database = createDb(target);
try {
  if ((await database.document.count()) === 0 && existsSync(SAMPLE.file)) {
    const text = readFileSync(SAMPLE.file, "utf8");
    const started = performance.now();
    // The system's document (no signed-in user; ADR 023), audited with actor null like the CLI's.
    const result = await ingestDocument({ text, title: SAMPLE.title, createdById: null }, database);
    console.log(
      `db:prepare: loaded the reference article (${result.claimCount} claims, ${Math.round(performance.now() - started)} ms)`,
    );
  }
  const stale = await database.document.count({ where: { extractorVersion: { not: EXTRACTOR_VERSION } } });
  if (stale > 0) {
    console.log(
      `db:prepare: ${stale} document(s) were analysed by an older extractor; run \`npm run db:reextract\` to bring their claims and flags up to date (statuses, comments and decisions are kept)`,
    );
  }
  // The first admin: from CLAIMTRACK_ADMIN_EMAIL / CLAIMTRACK_ADMIN_PASSWORD, only while nobody can sign in.
  try {
    const admin = await ensureAdminFromEnv(undefined, database);
    if (admin) console.log(`db:prepare: created the first admin, ${admin}`);
  } catch (error) {
    if (!(error instanceof WeakPasswordError)) throw error;
    console.error(`db:prepare: CLAIMTRACK_ADMIN_PASSWORD refused: ${error.message} No admin was created.`);
    process.exitCode = 1;
  }
  console.log("db:prepare: ready");
} finally {
  await database.$disconnect();
}
