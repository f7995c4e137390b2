/**
 * A failure the API reports to its caller as-is, in the one envelope `{ error: { code, message } }`.
 */

import type { ERROR_STATUS, ErrorCode } from "@/lib/errors";

/**
 * Thrown anywhere below a route handler; `handle` (lib/api/respond.ts) turns it into its status and envelope.
 *
 * @example
 * throw new ApiError(404, "not_found", "No source with this id.");
 * throw new ApiError(400, "not_found", "…"); // tsc: 400 is not not_found's status in lib/errors.ts
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    /** Must be the code's status in lib/errors.ts (ERROR_STATUS): tsc refuses any other. */
    readonly status: (typeof ERROR_STATUS)[C],
    readonly code: C,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
