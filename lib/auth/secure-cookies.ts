/**
 * Session cookies carry `Secure` whenever the request reached us over https — directly, or per X-Forwarded-Proto from
 * a proxy TRUSTED_PROXY names (lib/security/headers.ts arrivedOverHttps) — not only when BETTER_AUTH_URL is an https
 * URL. The cookie names stay the same, so a session set over plain http on 127.0.0.1 still reads.
 */
import { arrivedOverHttps } from "@/lib/security/headers";

/**
 * The same response with `Secure` added to each Set-Cookie that lacks it, when the request arrived over https;
 * otherwise the response unchanged.
 *
 * @example
 * await withSecureCookies(request, await handler(request)) // "better-auth.session_token=…; Path=/; HttpOnly; SameSite=Lax; Secure"
 */
export function withSecureCookies(request: Request, response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0 || !arrivedOverHttps(request.url, request.headers)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies)
    headers.append("set-cookie", /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
