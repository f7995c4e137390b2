/**
 * Sign-in wall for every page and API route (issue 5): no valid session -> pages redirect to /sign-in, API requests
 * get 401 in the API's error envelope. Roles are checked again inside each server action and route handler, since
 * Next's docs warn that a proxy matcher alone can silently miss a server function.
 */

import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { gate } from "@/lib/auth/require";
import { countSignInUsers } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

// The OpenAPI document describes the API and holds no data; tools fetch it without signing in (lib/api/openapi.ts).
const PUBLIC_PAGES = new Set(["/sign-in", "/setup", "/api/openapi.json"]);

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/auth/") || PUBLIC_PAGES.has(pathname)) return NextResponse.next();
  // The lowest role: any signed-in user (session cookie or API token) passes; a refused token says why.
  const access = await gate(request.headers, "researcher");
  if (access.ok) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: access.code, message: access.message } }, { status: access.status });
  }
  const target = (await countSignInUsers(db())) === 0 ? "/setup" : "/sign-in";
  const url = new URL(target, request.url);
  if (target === "/sign-in" && pathname !== "/") url.searchParams.set("next", pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except Next's static assets and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
