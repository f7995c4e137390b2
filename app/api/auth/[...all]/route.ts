/**
 * better-auth's endpoints (sign-in, sign-out, session) under /api/auth/*; rate limiting happens inside its handler.
 */
import { toNextJsHandler } from "better-auth/next-js";
import { authFor } from "@/lib/auth/auth";
import { withoutSessionToken } from "@/lib/auth/strip-token";

export async function GET(request: Request): Promise<Response> {
  return toNextJsHandler(authFor()).GET(request);
}

export async function POST(request: Request): Promise<Response> {
  return withoutSessionToken(request, await toNextJsHandler(authFor()).POST(request));
}
