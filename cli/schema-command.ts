/**
 * `claimtrack schema [NAME]`: the JSON Schema of each output, generated from the zod schemas so it cannot drift.
 */
import { z } from "zod";
import { compareResultSchema } from "../lib/compare/schema.ts";
import { extractInputSchema, extractionSchema } from "../lib/extract/schema.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { fileErrorSchema, lineErrorSchema } from "./schema.ts";

export const OUTPUT_SCHEMAS = {
  extraction: extractionSchema,
  compare: compareResultSchema,
  "line-error": lineErrorSchema,
  "file-error": fileErrorSchema,
  /** Not an output: one line of `--jsonl` input, described the same way for researchers who generate it. */
  input: extractInputSchema,
} as const;

/**
 * Prints the JSON Schema named `name`; exit 2 for an unknown name.
 * @example runSchema("extraction", io) // writes {"$schema":"https://json-schema.org/draft/2020-12/schema",...}
 */
export function runSchema(name: string, io: CommandIo): number {
  if (!Object.hasOwn(OUTPUT_SCHEMAS, name)) {
    io.stderr.write(`claimtrack: unknown schema "${name}" (one of: ${Object.keys(OUTPUT_SCHEMAS).join(", ")})\n`);
    return EXIT.usage;
  }
  io.stdout.write(`${JSON.stringify(jsonSchemaOf(name as keyof typeof OUTPUT_SCHEMAS), null, 2)}\n`);
  return EXIT.ok;
}

/**
 * The JSON Schema of one named shape; the input line is described as input (optional fields may be absent).
 * @example jsonSchemaOf("input").required // ["id", "text"]
 */
export function jsonSchemaOf(name: keyof typeof OUTPUT_SCHEMAS) {
  return z.toJSONSchema(OUTPUT_SCHEMAS[name], { io: name === "input" ? "input" : "output" });
}
