/**
 * URL parameters of the cursor-paged list pages (/documents, /sources): the same cursors the REST API issues, read
 * leniently — a stale or foreign cursor in an old link shows the first page with a notice instead of an error page.
 */

import { stripControl } from "@/lib/text/control";
import { CursorError, decodeCursor, type KeyPart, type KeyPartType } from "./cursor.ts";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * One trimmed, length-capped text parameter, or undefined when absent or blank.
 *
 * @example
 * textParam({ q: ["  reuters ", "x"] }, "q") // "reuters"
 */
export function textParam(params: SearchParams, name: string, max = 200): string | undefined {
  const raw = params[name];
  const value = stripControl((Array.isArray(raw) ? raw[0] : raw) ?? "").trim();
  return value ? value.slice(0, max) : undefined;
}

/**
 * The sort key after which the page starts: null for the first page, and `stale` when the link's cursor was not one
 * of this order's.
 *
 * @example
 * cursorParam({ cursor: "garbage" }, "documents:newest", ["string", "string"]) // { after: null, stale: true }
 */
export function cursorParam(
  params: SearchParams,
  order: string,
  types: KeyPartType[],
): { after: KeyPart[] | null; stale: boolean } {
  const cursor = textParam(params, "cursor", 4096);
  if (!cursor) return { after: null, stale: false };
  try {
    return { after: decodeCursor(cursor, order, types), stale: false };
  } catch (error) {
    if (error instanceof CursorError) return { after: null, stale: true };
    throw error;
  }
}
