/**
 * One error envelope for the whole API: `{ error: { code, message } }`. Unknown failures become a generic 500 so
 * internals never reach the client.
 */
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { ApiError } from "@/lib/api/errors";
import { databaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { IngestError } from "@/lib/documents/errors";
import { type ERROR_STATUS, type ErrorCode, statusOf } from "@/lib/errors";
import { CursorError } from "@/lib/pagination/cursor";

/**
 * An error response in the API's envelope.
 *
 * @example
 * return apiError(404, "not_found", "No claim with this id.");
 */
export function apiError<C extends ErrorCode>(
  status: (typeof ERROR_STATUS)[C],
  code: C,
  message: string,
): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

/**
 * Runs a handler and maps known failures to the envelope: ApiError and IngestError -> their status, CursorError -> 422, ZodError -> 422.
 *
 * @example
 * export const GET = (req: Request) => handle(async () => NextResponse.json(await listClaims(...)));
 */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApiError) return apiError(error.status, error.code, error.message);
    if (error instanceof IngestError) return apiError(error.status, error.code, error.message);
    if (error instanceof CursorError) return apiError(statusOf(error.code), error.code, error.message);
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return apiError(422, "invalid", `${issue.path.join(".") || "input"}: ${issue.message}`);
    }
    const unavailable = databaseUnavailable(error);
    if (unavailable) return unavailableResponse(unavailable);
    console.error("api error", error);
    return apiError(500, "server_error", "Something went wrong on the server.");
  }
}

/**
 * 503 in the envelope when the database is read-only, full or unreachable (lib/db/unavailable.ts), with Retry-After.
 *
 * @example
 * return unavailableResponse("read_only"); // 503 { error: { code: "database_unavailable", message: "The database is read-only ..." } }
 */
export function unavailableResponse(kind: ReturnType<typeof databaseUnavailable> & string): NextResponse {
  const response = apiError(statusOf("database_unavailable"), "database_unavailable", UNAVAILABLE_MESSAGE[kind]);
  response.headers.set("Retry-After", "30");
  return response;
}
