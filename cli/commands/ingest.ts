/**
 * `claimtrack ingest FILE|DIR...`: loads .txt/.md/.html files (directories recursively) into DATABASE_URL through
 * the same ingest as the web app (lib/documents), with a progress bar on stderr and a summary at the end.
 * Restartable: a file whose text is already stored (same sha256) is skipped before extraction. A bad file (empty,
 * too large, not UTF-8, unreadable) is reported and skipped; the exit code is then 1.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { ingestInBatches } from "@/lib/documents/batch";
import { IngestError } from "@/lib/documents/errors";
import type { IngestInput } from "@/lib/documents/mutations";
import { fileToText } from "@/lib/documents/plain-text";
import { acceptedFileTypes, isRealDate } from "@/lib/documents/schema";
import { closeExtractPool, warmExtractPool } from "@/lib/workers/extract-pool";
import { type CommandIo, EXIT } from "../io.ts";
import { clock, ProgressBar, type ProgressState } from "./ingest-progress.ts";

export const INGEST_HELP = `Usage: claimtrack ingest FILE|DIR... [--outlet NAME] [--published-at DATE]

  Loads ${acceptedFileTypes.join(" ")} files (directories recursively, in name order) into the database at
  DATABASE_URL. Files already stored (same text) are skipped, so an interrupted run can simply be repeated.
`;

/** Files per batch: one transaction for their documents and claims, one for their regroup. */
const BATCH_FILES = 100;

interface Candidate {
  file: string;
  bytes: number;
}

/**
 * Runs the ingest command; returns the exit code.
 *
 * @example
 * await runIngest(["articles/"], io) // 0 when every file was stored or skipped as already stored
 */
export async function runIngest(argv: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`claimtrack ingest: ${(error as Error).message}\n\n${INGEST_HELP}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.stdout.write(INGEST_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) {
    io.stderr.write(`claimtrack ingest: give FILE or DIR\n\n${INGEST_HELP}`);
    return EXIT.usage;
  }
  // The API's rule (2026-02-30 would be stored as March 2, and a date import cannot read back is refused there too).
  const publishedAt = parsed.values["published-at"];
  if (publishedAt !== undefined && !isRealDate(publishedAt)) {
    io.stderr.write(`claimtrack ingest: --published-at must be a real ISO date such as 2026-01-15\n\n${INGEST_HELP}`);
    return EXIT.usage;
  }
  const state: ProgressState = { files: 0, totalFiles: 0, bytes: 0, totalBytes: 0, claims: 0, skipped: 0, failed: 0 };
  const candidates: Candidate[] = [];
  for (const arg of parsed.positionals) {
    try {
      candidates.push(...(await collect(arg, true)));
    } catch (error) {
      state.failed += 1;
      io.stderr.write(`skipped ${arg}: ${(error as Error).message}\n`);
    }
  }
  state.totalFiles = candidates.length;
  state.totalBytes = candidates.reduce((n, c) => n + c.bytes, 0);

  const database = createDb();
  let created = 0;
  let bar: ProgressBar | null = null;
  try {
    // The command line has no signed-in user: what it stores is the system's, as re-extraction is (actor null,
    // "system" in the history; docs/decisions/023-command-line-writes-are-the-systems.md).
    const createdById = null;
    // The clock starts with the first file: rates measure ingest, not connecting and migrating checks.
    const progress = new ProgressBar(io.stderr);
    bar = progress;
    const meta = { outlet: parsed.values.outlet, publishedAt: parsed.values["published-at"], createdById };
    // Files are read one batch ahead of the writer (the batch path extracts batch k+1 while batch k is stored), so
    // memory holds two batches of text whatever the size of the archive.
    async function* batches(): AsyncGenerator<Array<IngestInput & { file: string; bytes: number }>> {
      for (let i = 0; i < candidates.length; i += BATCH_FILES) {
        const batch: Array<IngestInput & { file: string; bytes: number }> = [];
        for (const { file, bytes } of candidates.slice(i, i + BATCH_FILES)) {
          try {
            const raw = await readFile(file);
            batch.push({ ...meta, text: fileToText({ name: path.basename(file), type: "", bytes: raw }), file, bytes });
          } catch (error) {
            state.failed += 1;
            state.files += 1;
            state.bytes += bytes;
            const reason = error instanceof IngestError ? error.message : (error as Error).message;
            progress.note(`skipped ${file}: ${reason}`);
          }
        }
        yield batch;
      }
    }
    // The pool's threads start (and load the extractor) while the first files are read; a failure shows on the batch.
    warmExtractPool().catch(() => undefined);
    await ingestInBatches(
      batches(),
      (outcomes, inputs) => {
        outcomes.forEach((outcome, k) => {
          const { file, bytes } = inputs[k] as IngestInput & { file: string; bytes: number };
          if (outcome.status === "created") {
            created += 1;
            state.claims += outcome.claimCount;
            if (outcome.extractionError) progress.note(`${file}: stored without claims: ${outcome.extractionError}`);
          } else if (outcome.status === "failed") {
            state.failed += 1;
            progress.note(`skipped ${file}: ${outcome.error}`);
          } else state.skipped += 1;
          state.files += 1;
          state.bytes += bytes;
        });
        progress.update(state);
      },
      database,
    );
  } finally {
    await closeExtractPool();
    await database.$disconnect();
  }
  if (!bar) return EXIT.inputFailed;
  bar.update(state, true);
  bar.done();
  const seconds = bar.elapsed();
  io.stderr.write(
    `ingested ${created} new documents (${state.claims} claims), ${state.skipped} already stored, ` +
      `${state.failed} failed, in ${clock(seconds)} (${(state.files / Math.max(seconds, 1e-9)).toFixed(1)} files/s, ` +
      `${Math.round(state.claims / Math.max(seconds, 1e-9))} claims/s, ` +
      `${Math.round(state.bytes / 1024 / Math.max(seconds, 1e-9))} KB/s)\n`,
  );
  return state.failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** The files an argument names: itself, or every accepted file below a directory, in name order. */
async function collect(target: string, explicit: boolean): Promise<Candidate[]> {
  const info = await stat(target);
  if (info.isFile()) {
    const accepted = (acceptedFileTypes as readonly string[]).includes(path.extname(target).toLowerCase());
    // A file named on the command line is tried whatever its extension (ingest reports the type); files found in a
    // directory are filtered, so README files and images in an article folder are not "failures".
    return accepted || explicit ? [{ file: target, bytes: info.size }] : [];
  }
  if (!info.isDirectory()) return [];
  const entries = (await readdir(target)).sort();
  const found: Candidate[] = [];
  for (const name of entries) {
    if (name.startsWith(".")) continue;
    found.push(...(await collect(path.join(target, name), false)));
  }
  return found;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      outlet: { type: "string" },
      "published-at": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
