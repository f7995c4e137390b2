/**
 * A failure the API reports to its caller as-is, in the one envelope `{ error: { code, message } }`.
 */

/**
 * Thrown anywhere below a route handler; `handle` (lib/api/respond.ts) turns it into its status and envelope.
 *
 * @example
 * throw new ApiError(404, "not_found", "No source with this id.");
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
