/**
 * Cross-site request forgery: a browser sends a signed-in user's cookie with a form or fetch that another site
 * triggers. Every state-changing request that rides on the cookie must therefore come from one of our own pages:
 * its Origin (or, from browsers that omit it, Sec-Fetch-Site) has to name this app. Requests with an API token
 * (`Authorization: Bearer`) carry no ambient credential and are not checked; neither are requests with neither
 * header, which no browser sends for a cross-site write (curl, scripts).
 *
 * "This app" is BETTER_AUTH_URL's origin when set, else the origin the request was addressed to (its Host, or
 * X-Forwarded-Host/-Proto when TRUSTED_PROXY says a proxy in front of us sets them).
 */
import { env } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  /** The URL as the server received it (its origin is the fallback for "this app"). */
  url: string;
  headers: Headers;
  env?: { BETTER_AUTH_URL?: string; TRUSTED_PROXY?: string };
}

/**
 * The origins this app answers as.
 *
 * @example
 * appOrigins({ method: "POST", url: "http://127.0.0.1:3000/api/x", headers: new Headers() })
 * // ["http://127.0.0.1:3000"]
 */
export function appOrigins(input: OriginCheckInput): string[] {
  const vars = input.env ?? env();
  const configured = vars.BETTER_AUTH_URL?.trim();
  if (configured) {
    try {
      return [new URL(configured).origin];
    } catch {
      // An invalid BETTER_AUTH_URL is refused at start (lib/env.ts); fall through to the request's own origin.
    }
  }
  const url = new URL(input.url);
  const origins = [url.origin];
  const host = input.headers.get("host");
  if (host) origins.push(`${url.protocol}//${host}`);
  if (vars.TRUSTED_PROXY?.trim()) {
    const forwardedHost = input.headers.get("x-forwarded-host")?.split(",")[0].trim();
    const forwardedProto = input.headers.get("x-forwarded-proto")?.split(",")[0].trim();
    if (forwardedHost) origins.push(`${forwardedProto === "https" ? "https" : "http"}://${forwardedHost}`);
  }
  return [...new Set(origins)];
}

/**
 * Why a request must be refused as cross-site, or null when it may proceed.
 *
 * @example
 * crossSiteRefusal({ method: "POST", url: "http://127.0.0.1:3000/api/documents",
 *   headers: new Headers({ cookie: "s=1", origin: "http://evil.example" }) })
 * // "This request came from another site (http://evil.example); ..."
 */
export function crossSiteRefusal(input: OriginCheckInput): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null;
  if (/^bearer\s/i.test(input.headers.get("authorization") ?? "")) return null;
  const origin = input.headers.get("origin");
  if (origin && origin !== "null") {
    if (appOrigins(input).includes(origin)) return null;
    return `This request came from another site (${origin}); changes are accepted only from claimtrack's own pages.`;
  }
  if (origin === "null")
    return "This request came from a page without an origin; changes are accepted only from claimtrack's own pages.";
  const site = input.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return `This request came from another site (Sec-Fetch-Site: ${site}); changes are accepted only from claimtrack's own pages.`;
  }
  return null;
}
