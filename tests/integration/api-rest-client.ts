/**
 * Calls the REST route handlers as Next does (a Request plus the route's params), for the api-rest tests: no server,
 * the real handlers, gate and database.
 */
import { expect } from "vitest";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  cookie?: string;
  /** An API token, sent as `Authorization: Bearer`. */
  token?: string;
  params?: Record<string, string>;
  body?: unknown;
}

/**
 * One call: `path` may hold a query string; `body` is sent as JSON.
 *
 * @example
 * const res = await call(GET, "GET", "/api/sources?limit=2", { cookie });
 */
export function call(handler: Handler, method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

/**
 * Follows `nextCursor` from the first page to the last, checking each page holds at most `limit` items.
 *
 * @example
 * const { items, pages } = await walk(GET, "/api/sources?kind=official", 2, cookie);
 */
export async function walk<T = Record<string, unknown>>(
  handler: Handler,
  path: string,
  limit: number,
  cookie: string,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const url = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const res = await call(handler, "GET", url, { cookie });
    expect(res.status, url).toBe(200);
    const page = (await res.json()) as { items: T[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error("the cursor never ended");
  } while (cursor);
  return { items, pages };
}

/**
 * Asserts a response is the API's one error envelope with this status and code.
 *
 * @example
 * await expectError(res, 422, "invalid_cursor");
 */
export async function expectError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toEqual({ code, message: expect.any(String) });
}
