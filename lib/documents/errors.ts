import { type ERROR_STATUS, statusOf } from "@/lib/errors";
import type { IngestErrorCode } from "./schema.ts";

/** A refusal the user can act on: it crosses to the UI and the API as a code and a message, never a stack. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly status: (typeof ERROR_STATUS)[IngestErrorCode];
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
    this.status = statusOf(code);
  }
}
