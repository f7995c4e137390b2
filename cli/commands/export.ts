/**
 * `claimtrack export --format csv|json|jsonl|claimreview [filters] [--out FILE]`: the claims table's rows (same filters
 * and sort as the /claims URL) from DATABASE_URL, streamed to stdout or a file with backpressure.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { publicBaseUrl } from "@/lib/env";
import { exportFormatSchema, exportFormats, serialize } from "@/lib/export/formats";
import { streamClaimRows } from "@/lib/export/stream";
import { type CommandIo, EXIT } from "../io.ts";

export const EXPORT_HELP = `Usage: claimtrack export --format csv|json|jsonl|claimreview [options]

  --format F        csv (default), json, jsonl (the import format) or claimreview (schema.org JSON-LD)
  --status LIST     comma-separated: unverified,corroborated,disputed,refuted,retracted,needs-review
  --source LIST     source ids or names
  --flag LIST       conflict,soft,none,cross-conflict,cross-soft,developing,unreviewed
  --document LIST   document ids
  --assignee LIST   assignee user ids, or none (unassigned claims)
  --q TEXT          free-text search (claim, label, source)
  --sort COLUMN     claim|value|source|status|flag|document|position (default position)
  --dir asc|desc    sort direction (default asc)
  --out FILE        write to FILE instead of stdout
  --per-figure      csv: one row per figure (figure_number first) instead of one per claim
  --base-url URL    origin used for ClaimReview urls (default $CLAIMTRACK_PUBLIC_URL, else http://localhost:3000)
  --publisher NAME  the ClaimReview author (default claimtrack)
`;

/**
 * Runs the export command; returns the exit code.
 *
 * @example
 * await runExport(["--format", "jsonl", "--status", "disputed"], io) // writes JSONL to io.stdout
 */
export async function runExport(argv: string[], io: CommandIo): Promise<number> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    io.stderr.write(`claimtrack export: ${(error as Error).message}\n\n${EXPORT_HELP}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  const format = exportFormatSchema.safeParse(values.format ?? "csv");
  if (!format.success) {
    io.stderr.write(`claimtrack export: --format must be one of ${exportFormats.join(", ")}\n`);
    return EXIT.usage;
  }
  const { format: _f, out, help: _h, "base-url": baseUrl, publisher, "per-figure": perFigure, ...filters } = values;
  const query = claimsQuerySchema.parse(filters);
  const target: Writable = out ? createWriteStream(out) : io.stdout;
  try {
    for await (const chunk of serialize(format.data, streamClaimRows(query, { target: resolveDatabase() }), {
      baseUrl: baseUrl ?? publicBaseUrl(undefined),
      publisher,
      perFigure,
    })) {
      if (!target.write(chunk)) await once(target, "drain");
    }
    if (out) {
      target.end();
      await once(target, "finish");
    }
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`claimtrack export: ${(error as Error).message}\n`);
    return EXIT.inputFailed;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      format: { type: "string" },
      status: { type: "string" },
      source: { type: "string" },
      flag: { type: "string" },
      document: { type: "string" },
      assignee: { type: "string" },
      q: { type: "string" },
      sort: { type: "string" },
      dir: { type: "string" },
      out: { type: "string" },
      "base-url": { type: "string" },
      "per-figure": { type: "boolean" },
      publisher: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
