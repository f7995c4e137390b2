/**
 * `claimtrack extract FILE...` and `claimtrack extract --jsonl`.
 */
import { readFile } from "node:fs/promises";
import { analyze } from "../lib/analysis/analyze.ts";
import type { ExtractInput } from "../lib/extract/schema.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { lineError, readInputLines } from "./jsonl-input.ts";
import { writeLine } from "./output.ts";
import type { FileError } from "./schema.ts";

export interface ExtractOptions {
  files: string[];
  jsonl: boolean;
  pretty: boolean;
  outlet?: string;
  publishedAt?: string;
}

/**
 * Extracts each file (id = the path as given) or each stdin line, writing one JSON result per input, in order.
 * Returns the exit code: 0 when every input succeeded, 1 when any failed (its error object is still written).
 * @example await runExtract({ files: ["a.txt"], jsonl: false, pretty: false }, io) // 0
 */
export async function runExtract(options: ExtractOptions, io: CommandIo): Promise<number> {
  return options.jsonl ? extractLines(io) : extractFiles(options, io);
}

async function extractFiles(options: ExtractOptions, io: CommandIo): Promise<number> {
  let failed = false;
  for (const file of options.files) {
    const result = await extractFile(file, options);
    if ("error" in result) {
      failed = true;
      io.stderr.write(`claimtrack: ${file}: ${result.error.message}\n`);
    }
    await writeLine(io.stdout, JSON.stringify(result, null, options.pretty ? 2 : undefined));
  }
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/**
 * Reads and extracts one file; an unreadable file or a failing extraction becomes a FileError, never a throw.
 * @example await extractFile("missing.txt", { files: [], jsonl: false, pretty: false }) // { id, error: { code: "read_failed" } }
 */
export async function extractFile(file: string, options: Pick<ExtractOptions, "outlet" | "publishedAt">) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return fileError(file, "read_failed", (error as Error).message);
  }
  const input: ExtractInput = { id: file, text, outlet: options.outlet, publishedAt: options.publishedAt };
  try {
    return analyze(input);
  } catch (error) {
    return fileError(file, "extract_failed", (error as Error).message);
  }
}

async function extractLines(io: CommandIo): Promise<number> {
  let failed = false;
  for await (const item of readInputLines(io.stdin)) {
    let out: unknown;
    if ("error" in item) out = item.error;
    else {
      try {
        out = analyze(item.input);
      } catch (error) {
        out = lineError(item.input.id, item.line, "extract_failed", (error as Error).message);
      }
    }
    if (out !== null && typeof out === "object" && "error" in out) failed = true;
    await writeLine(io.stdout, JSON.stringify(out));
  }
  return failed ? EXIT.inputFailed : EXIT.ok;
}

function fileError(id: string, code: FileError["error"]["code"], message: string): FileError {
  return { id, error: { code, message } };
}
