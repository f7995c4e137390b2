/**
 * The log line for a server error (instrumentation.ts onRequestError). The request's headers are left out on
 * purpose: they hold the session cookie and bearer tokens. The query string is dropped too: search terms are
 * readers' data, and the route and method are enough to find the failing code.
 */

interface RequestInfo {
  path: string;
  method: string;
}

interface ErrorContext {
  routePath: string;
  routeType: string;
}

/**
 * One JSON line describing a server error.
 *
 * @example
 * requestErrorLine(new Error("boom"), { path: "/claims?q=x", method: "GET", headers: {} },
 *   { routePath: "/claims", routeType: "render" }, new Date(0))
 * // '{"level":"error","at":"1970-01-01T00:00:00.000Z","method":"GET","path":"/claims","route":"/claims",...}'
 */
export function requestErrorLine(error: unknown, request: RequestInfo, context: ErrorContext, now: Date): string {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  return JSON.stringify({
    level: "error",
    at: now.toISOString(),
    method: request.method,
    path: request.path.split("?", 1)[0],
    route: context.routePath,
    routeType: context.routeType,
    digest,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
}
