/**
 * The response headers every page and API answer carries, built in one place (proxy.ts applies them):
 * a nonce-based Content-Security-Policy (Next puts the nonce on its own scripts when it finds the policy on the
 * request), no framing (the status and flag controls must not be clickjacked), no MIME sniffing, a referrer that
 * never leaks paths to other sites, and HSTS only when the request really arrived over https.
 */
import { env } from "@/lib/env";

export interface SecurityHeaderOptions {
  nonce: string;
  /** The request reached us over https (directly, or per X-Forwarded-Proto from a trusted proxy). */
  https: boolean;
  /** next dev: React needs eval for its error overlay. */
  dev: boolean;
}

/**
 * The Content-Security-Policy value for one response.
 *
 * @example
 * contentSecurityPolicy({ nonce: "abc", https: false, dev: false })
 * // "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; ..."
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React's style={{…}} attributes and the plots' SVG styles are inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Every security header for a response.
 *
 * @example
 * securityHeaders({ nonce: "abc", https: true, dev: false })["Strict-Transport-Security"] // "max-age=31536000; includeSubDomains"
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the request arrived over https: its own URL, or X-Forwarded-Proto when TRUSTED_PROXY names the proxy.
 *
 * @example
 * arrivedOverHttps("http://127.0.0.1:3000/", new Headers({ "x-forwarded-proto": "https" }), "127.0.0.1") // true
 */
export function arrivedOverHttps(url: string, headers: Headers, trustedProxy = env().TRUSTED_PROXY): boolean {
  if (new URL(url).protocol === "https:") return true;
  return Boolean(trustedProxy?.trim()) && headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}
