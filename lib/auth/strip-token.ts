/**
 * better-auth answers a sign-in with `{ redirect, token, user }`. The session lives in the httpOnly cookie; the
 * token in the JSON body is the same secret handed to page scripts, where an injected script could read it. The
 * browser form needs only the status, so the body loses `token` and keeps everything else (headers and cookies too).
 */

const SIGN_IN_PATHS = ["/api/auth/sign-in/email", "/api/auth/sign-up/email"];

/**
 * The same response without a `token` field in its JSON body, for sign-in paths; any other response unchanged.
 *
 * @example
 * await withoutSessionToken(new Request("http://x/api/auth/sign-in/email"), response) // body without "token"
 */
export async function withoutSessionToken(request: Request, response: Response): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!SIGN_IN_PATHS.includes(pathname)) return response;
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  if (body && typeof body === "object" && "token" in body) delete (body as { token?: unknown }).token;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}
