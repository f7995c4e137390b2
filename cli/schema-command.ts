/**
 * `claimtrack schema [NAME]`: the JSON Schema of each output, generated from the zod schemas so it cannot drift.
 */
import { z } from "zod";
import { compareResultSchema } from "../lib/compare/schema.ts";
import { extractionSchema } from "../lib/extract/schema.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { fileErrorSchema, lineErrorSchema } from "./schema.ts";

export const OUTPUT_SCHEMAS = {
  extraction: extractionSchema,
  compare: compareResultSchema,
  "line-error": lineErrorSchema,
  "file-error": fileErrorSchema,
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
  const schema = OUTPUT_SCHEMAS[name as keyof typeof OUTPUT_SCHEMAS];
  io.stdout.write(`${JSON.stringify(z.toJSONSchema(schema, { io: "output" }), null, 2)}\n`);
  return EXIT.ok;
}
