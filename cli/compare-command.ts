/**
 * `claimtrack compare FILE...` and `claimtrack compare --jsonl`: extract every document, then group and judge the
 * figures across all of them.
 */
import { readFile } from "node:fs/promises";
import { analyze } from "../lib/analysis/analyze.ts";
import { type ComparedDocument, compareDocuments } from "../lib/compare/across.ts";
import { type ExtractOptions, extractFile } from "./extract-command.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { readInputLines } from "./jsonl-input.ts";
import { writeLine } from "./output.ts";

/**
 * Writes one CompareResult (lib/compare/schema.ts). Inputs that fail are reported on stderr and left out; the exit
 * code is then 1.
 * @example await runCompare({ files: ["a.txt", "b.txt"], jsonl: false, pretty: true }, io) // 0
 */
export async function runCompare(options: ExtractOptions, io: CommandIo): Promise<number> {
  const documents: ComparedDocument[] = [];
  let failed = false;
  if (options.jsonl) {
    for await (const item of readInputLines(io.stdin)) {
      if ("error" in item) {
        failed = true;
        io.stderr.write(`claimtrack: line ${item.line}: ${item.error.error.message}\n`);
        continue;
      }
      try {
        documents.push({
          extraction: analyze(item.input),
          publishedAt: item.input.publishedAt ?? null,
          text: item.input.text,
        });
      } catch (error) {
        failed = true;
        io.stderr.write(`claimtrack: line ${item.line}: ${(error as Error).message}\n`);
      }
    }
  } else {
    for (const file of options.files) {
      const result = await extractFile(file, options);
      if ("error" in result) {
        failed = true;
        io.stderr.write(`claimtrack: ${file}: ${result.error.message}\n`);
      } else {
        const text = await readFile(file, "utf8");
        documents.push({ extraction: result, publishedAt: options.publishedAt ?? null, text });
      }
    }
  }
  const result = compareDocuments(documents);
  await writeLine(io.stdout, JSON.stringify(result, null, options.pretty ? 2 : undefined));
  return failed ? EXIT.inputFailed : EXIT.ok;
}
