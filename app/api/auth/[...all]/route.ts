/**
 * better-auth's endpoints (sign-in, sign-out, session) under /api/auth/*; rate limiting happens inside its handler.
 * Cookies set here are Secure whenever the request arrived over https (lib/auth/secure-cookies.ts).
 */
import { toNextJsHandler } from "better-auth/next-js";
import { authFor } from "@/lib/auth/auth";
import { withSecureCookies } from "@/lib/auth/secure-cookies";
import { withoutSessionToken } from "@/lib/auth/strip-token";

export async function GET(request: Request): Promise<Response> {
  return withSecureCookies(request, await toNextJsHandler(authFor()).GET(request));
}

export async function POST(request: Request): Promise<Response> {
  return withSecureCookies(request, await withoutSessionToken(request, await toNextJsHandler(authFor()).POST(request)));
}
