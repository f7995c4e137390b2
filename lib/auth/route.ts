/**
 * The role gate for route handlers: a refusal already shaped as the API's error envelope.
 */
import { NextResponse } from "next/server";
import { gate } from "./require.ts";
import type { Role } from "./roles.ts";

/**
 * null when the request's user reaches `min`; otherwise the 401/403 response to return.
 *
 * @example
 * const denied = await denyUnless(request, "researcher"); if (denied) return denied;
 */
export async function denyUnless(request: Request, min: Role): Promise<Response | null> {
  const access = await gate(request.headers, min);
  if (access.ok) return null;
  return NextResponse.json({ error: { code: access.code, message: access.message } }, { status: access.status });
}
