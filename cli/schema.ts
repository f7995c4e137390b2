/**
 * The CLI's own output shapes: the error object written in place of a malformed --jsonl line or unreadable file.
 */
import { z } from "zod";

export const lineErrorCodeSchema = z.enum(["invalid_json", "invalid_input", "extract_failed", "read_failed"]);

export const lineErrorSchema = z.object({
  /** The input's id when it could be read, else null. */
  id: z.string().nullable(),
  /** 1-based line number in the input stream. */
  line: z.number().int().positive(),
  error: z.object({ code: lineErrorCodeSchema, message: z.string() }),
});
export type LineError = z.infer<typeof lineErrorSchema>;

/** Written in place of an Extraction when FILE cannot be read or extracted. */
export const fileErrorSchema = z.object({
  id: z.string(),
  error: z.object({ code: lineErrorCodeSchema, message: z.string() }),
});
export type FileError = z.infer<typeof fileErrorSchema>;
