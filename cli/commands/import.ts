/**
 * `claimtrack import FILE.jsonl`: loads a JSONL export into the (empty, migrated) database at DATABASE_URL, so that
 * export -> import -> export gives identical files. See lib/export/import.ts for what is and is not restored.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createDb } from "@/lib/db/client";
import { importJsonl } from "@/lib/export/import";
import { ImportError } from "@/lib/export/import-rows";
import { type CommandIo, EXIT } from "../io.ts";

export const IMPORT_HELP = `Usage: claimtrack import FILE.jsonl

  Loads a JSONL export (claimtrack export --format jsonl) into the database at DATABASE_URL, which must be
  migrated and empty (e.g. DATABASE_URL=file:./data/copy.db npx prisma migrate deploy).
`;

/**
 * Runs the import command; returns the exit code.
 *
 * @example
 * await runImport(["claims.jsonl"], io) // 0, summary on stderr
 */
export async function runImport(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  if (argv.length !== 1) {
    io.stderr.write(`claimtrack import: give exactly one FILE.jsonl\n\n${IMPORT_HELP}`);
    return EXIT.usage;
  }
  const file = argv[0];
  const database = createDb();
  const started = performance.now();
  try {
    const summary = await importJsonl(
      () => createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
      database,
    );
    const seconds = (performance.now() - started) / 1000;
    io.stderr.write(
      `imported ${summary.claims} claims, ${summary.quantities} quantities, ${summary.groups} groups, ` +
        `${summary.documents} documents, ${summary.sources} sources in ${seconds.toFixed(1)} s\n`,
    );
    return EXIT.ok;
  } catch (error) {
    const message =
      error instanceof ImportError || (error as NodeJS.ErrnoException).code === "ENOENT"
        ? (error as Error).message
        : String(error);
    io.stderr.write(`claimtrack import: ${message}\n`);
    return EXIT.inputFailed;
  } finally {
    await database.$disconnect();
  }
}
