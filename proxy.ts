/**
 * Every request passes here first (Next 16's proxy):
 * 1. cross-site writes are refused (lib/security/origin.ts): a cookie-authenticated POST/PUT/PATCH/DELETE — API call
 *    or server action — must come from one of our own pages, else 403 in the API's envelope;
 * 2. the sign-in wall (issue 5): no valid session -> pages redirect to /sign-in, API requests get 401. Roles are
 *    checked again inside each server action and route handler, since Next's docs warn that a proxy matcher alone
 *    can silently miss a server function;
 * 2b. an /api path called with a method it does not define: 405 in the envelope with Allow (lib/api/allowed-methods.ts);
 * 2c. a database that is read-only, full or unreachable while the session is checked: 503 with what is wrong (the
 *    API's envelope, or a short page), never Next's plain-text 500 (lib/db/unavailable.ts);
 * 3. security headers on every answer (lib/security/headers.ts), a fresh CSP nonce per request (Next reads the
 *    policy from the request headers and puts the nonce on its scripts), and `Cache-Control: no-store` on the API.
 */

import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { allowedMethods } from "@/lib/api/allowed-methods";
import { unavailableResponse } from "@/lib/api/respond";
import { gate } from "@/lib/auth/require";
import { countSignInUsers } from "@/lib/auth/users";
import { databaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { arrivedOverHttps, securityHeaders } from "@/lib/security/headers";
import { crossSiteRefusal } from "@/lib/security/origin";

// The OpenAPI document describes the API and holds no data; tools fetch it without signing in (lib/api/openapi.ts).
const PUBLIC_PAGES = new Set(["/sign-in", "/setup", "/api/openapi.json"]);

export async function proxy(request: NextRequest): Promise<Response> {
  try {
    return await guard(request);
  } catch (error) {
    const kind = databaseUnavailable(error);
    if (!kind) throw error;
    const headers = securityHeaders({
      nonce: btoa(crypto.randomUUID()),
      https: arrivedOverHttps(request.url, request.headers),
      dev: process.env.NODE_ENV === "development",
    });
    const response = request.nextUrl.pathname.startsWith("/api/")
      ? unavailableResponse(kind)
      : new NextResponse(unavailablePage(UNAVAILABLE_MESSAGE[kind]), {
          status: 503,
          headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30" },
        });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}

/** The page a browser gets when the database cannot serve the session check: plain HTML, no script, no style. */
function unavailablePage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>claimtrack: database unavailable</title></head><body><main><h1>The database is unavailable</h1><p>${message}</p></main></body></html>`;
}

async function guard(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const headers = securityHeaders({
    nonce,
    https: arrivedOverHttps(request.url, request.headers),
    dev: process.env.NODE_ENV === "development",
  });
  const isApi = pathname.startsWith("/api/");
  const finish = (response: NextResponse): NextResponse => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    if (isApi) response.headers.set("Cache-Control", "no-store");
    return response;
  };
  const proceed = () => {
    const forwarded = new Headers(request.headers);
    forwarded.set("x-nonce", nonce);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    return finish(NextResponse.next({ request: { headers: forwarded } }));
  };

  const refusal = crossSiteRefusal({ method: request.method, url: request.url, headers: request.headers });
  if (refusal) return finish(NextResponse.json({ error: { code: "forbidden", message: refusal } }, { status: 403 }));

  if (isApi && !pathname.startsWith("/api/auth/") && !["HEAD", "OPTIONS"].includes(request.method)) {
    const allowed = allowedMethods(pathname);
    if (allowed && !allowed.includes(request.method)) {
      const response = NextResponse.json(
        {
          error: {
            code: "method_not_allowed",
            message: `${request.method} is not allowed here: use ${allowed.join(", ")}.`,
          },
        },
        { status: 405 },
      );
      response.headers.set("Allow", allowed.join(", "));
      return finish(response);
    }
  }
  if (pathname.startsWith("/api/auth/") || PUBLIC_PAGES.has(pathname)) return proceed();
  // The lowest role: any signed-in user (session cookie or API token) passes; a refused token says why.
  const access = await gate(request.headers, "researcher");
  if (access.ok) return proceed();
  if (isApi) {
    return finish(
      NextResponse.json({ error: { code: access.code, message: access.message } }, { status: access.status }),
    );
  }
  const target = (await countSignInUsers()) === 0 ? "/setup" : "/sign-in";
  const url = new URL(target, request.url);
  if (target === "/sign-in" && pathname !== "/") url.searchParams.set("next", pathname + request.nextUrl.search);
  return finish(NextResponse.redirect(url));
}

export const config = {
  // Everything except Next's static assets and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
