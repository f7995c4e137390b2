/**
 * Entry point: `tsx cli/claimtrack.ts <command> ...` (npm script `claimtrack`). Parses arguments with node:util
 * parseArgs (built in; no parser dependency earns its place for four options) and dispatches.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { HELP } from "./help.ts";
import { type CommandIo, EXIT } from "./io.ts";

// Commands load on demand: export and import must not pay for the NLP model (~45 MB resident) they never use.
type Command = (argv: string[], io: CommandIo) => Promise<number>;
const databaseCommands = new Map<string, () => Promise<Command>>([
  ["ingest", async () => (await import("./commands/ingest.ts")).runIngest],
  ["export", async () => (await import("./commands/export.ts")).runExport],
  ["import", async () => (await import("./commands/import.ts")).runImport],
]);

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code.
 * @example await main(["extract", "article.txt"], io) // 0
 */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  // Database commands parse their own options (filters, --out), so they dispatch before the extraction options.
  const dbCommand = databaseCommands.get(argv[0] ?? "");
  if (dbCommand) return (await dbCommand())(argv.slice(1), io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`claimtrack: ${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const options = {
    files: rest,
    jsonl: values.jsonl ?? false,
    pretty: values.pretty ?? false,
    outlet: values.outlet,
    publishedAt: values["published-at"],
  };
  if (command === "schema") return (await import("./schema-command.ts")).runSchema(rest[0] ?? "extraction", io);
  if (command !== "extract" && command !== "compare")
    return usage(io, command ? `unknown command "${command}"` : "no command");
  if (options.jsonl && rest.length > 0) return usage(io, "--jsonl reads stdin; give no FILE");
  if (!options.jsonl && rest.length === 0) return usage(io, `${command} needs FILE... or --jsonl`);
  return command === "extract"
    ? (await import("./extract-command.ts")).runExtract(options, io)
    : (await import("./compare-command.ts")).runCompare(options, io);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      jsonl: { type: "boolean" },
      pretty: { type: "boolean" },
      outlet: { type: "string" },
      "published-at": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function usage(io: CommandIo, message: string): number {
  io.stderr.write(`claimtrack: ${message}\n\n${HELP}`);
  return EXIT.usage;
}

// Run only as the entry point, so tests can import main() without side effects.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
