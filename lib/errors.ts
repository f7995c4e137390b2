/**
 * The one table from a refusal's code to its HTTP status. Domains return or throw codes (they know no HTTP); the
 * API (lib/api) and the forms read the status here, so a code means the same thing on every surface.
 */

export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  empty: 422,
  invalid_cursor: 422,
  invalid_text: 422,
  invalid_multipart: 400,
  invalid_json: 400,
  rate_limited: 429,
  server_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The HTTP status for a refusal code.
 *
 * @example
 * statusOf("conflict") // 409
 */
export function statusOf<C extends ErrorCode>(code: C): (typeof ERROR_STATUS)[C] {
  return ERROR_STATUS[code];
}
