/**
 * Cursor (keyset) pagination for the REST list endpoints and the list pages. A page is `{ items, nextCursor }`; the cursor is an opaque
 * base64url token holding the last item's sort key and the name of the order it belongs to, so the next page starts
 * strictly after that item (no skipped or repeated rows when rows are added meanwhile, and no OFFSET scan).
 * A cursor made for one order is refused by another (CursorError, which the API answers with 422), as is a tampered
 * one. Domain loaders page through these helpers, so this module knows no HTTP.
 */
import { z } from "zod";

/** One sort key component: the values a keyset comparison needs. */
export type KeyPart = string | number | null;

/** A cursor this code did not issue for this order: the caller's mistake, never a server failure. */
export class CursorError extends Error {
  readonly code = "invalid_cursor" as const;
  constructor(message = "cursor: not a cursor this API issued.") {
    super(message);
    this.name = "CursorError";
  }
}

const STALE_ORDER = "cursor: it belongs to another sort order; start again without it.";
const keySchema = z.object({ o: z.string(), k: z.array(z.union([z.string(), z.number(), z.null()])).min(1) });

/**
 * The cursor for the item whose sort key is `key` under the order named `order`.
 *
 * @example
 * encodeCursor("createdAt-desc", ["2026-01-12T00:00:00.000Z", "doc_1"]) // "eyJvIjoi..."
 */
export function encodeCursor(order: string, key: KeyPart[]): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), "utf8").toString("base64url");
}

/** The type each part of an order's key holds; a forged cursor with another type would reach the database query. */
export type KeyPartType = "string" | "number";

/**
 * The sort key inside `cursor`, checked against the order it must belong to and, when given, each part's type
 * (a number where a text column is compared would otherwise fail in the database and answer 500); a bad cursor is a
 * CursorError.
 *
 * @example
 * decodeCursor(encodeCursor("id", ["c1"]), "id") // ["c1"]
 * decodeCursor(encodeCursor("doc", ["d1", 40]), "doc", ["string", "number"]) // ["d1", 40]
 * decodeCursor("garbage", "id") // throws CursorError
 */
export function decodeCursor(cursor: string, order: string, types?: KeyPartType[]): KeyPart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new CursorError();
  }
  const key = keySchema.safeParse(parsed);
  if (!key.success) throw new CursorError();
  if (key.data.o !== order) {
    throw new CursorError(STALE_ORDER);
  }
  const parts = key.data.k;
  if (types && (parts.length !== types.length || parts.some((part, i) => typeof part !== types[i]))) {
    throw new CursorError();
  }
  return parts;
}

/**
 * A page from `rows` fetched with `take: limit + 1`: the first `limit` rows and, when there was one more, the cursor
 * after the last row kept.
 *
 * @example
 * const rows = await db.source.findMany({ orderBy: { id: "asc" }, take: limit + 1, ...after });
 * return pageOf(rows, limit, "id", (s) => [s.id]);
 */
export function pageOf<T>(
  rows: T[],
  limit: number,
  order: string,
  keyOf: (row: T) => KeyPart[],
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(order, keyOf(items[items.length - 1])) };
}

/** One column of a keyset order: a non-null field, its direction, and whether it holds a date (kept as ISO text). */
export interface KeyColumn {
  field: string;
  dir: "asc" | "desc";
  date?: boolean;
}

/**
 * The Prisma `where` that selects rows strictly after `key` in the order `columns` (lexicographic: the first column
 * beyond, or equal and the next beyond, …). The last column must be unique (the id) so the order is total.
 *
 * @example
 * keysetWhere([{ field: "createdAt", dir: "desc", date: true }, { field: "id", dir: "desc" }], ["2026-01-12T00:00:00.000Z", "d1"])
 * // { OR: [{ createdAt: { lt: Date } }, { createdAt: Date, id: { lt: "d1" } }] }
 */
export function keysetWhere(columns: KeyColumn[], key: KeyPart[]): Record<string, unknown> {
  if (key.length !== columns.length) {
    throw new CursorError(STALE_ORDER);
  }
  const value = (i: number) => {
    const v = key[i];
    if (v === null) throw new CursorError();
    if (!columns[i].date) return v;
    const date = new Date(v);
    if (Number.isNaN(date.getTime())) throw new CursorError();
    return date;
  };
  const branches = columns.map((column, i) => {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[columns[j].field] = value(j);
    branch[column.field] = { [column.dir === "asc" ? "gt" : "lt"]: value(i) };
    return branch;
  });
  return branches.length === 1 ? branches[0] : { OR: branches };
}

/**
 * The Prisma `orderBy` for a keyset order.
 *
 * @example
 * keysetOrder([{ field: "name", dir: "asc" }, { field: "id", dir: "asc" }]) // [{ name: "asc" }, { id: "asc" }]
 */
export function keysetOrder(columns: KeyColumn[]): Array<Record<string, "asc" | "desc">> {
  return columns.map((c) => ({ [c.field]: c.dir }));
}

/**
 * The sort key of a row under `columns`, dates as ISO text, for `pageOf`'s keyOf.
 *
 * @example
 * keyOfRow([{ field: "id", dir: "asc" }], { id: "c1" }) // ["c1"]
 */
export function keyOfRow(columns: KeyColumn[], row: Record<string, unknown>): KeyPart[] {
  return columns.map((c) => {
    const v = row[c.field];
    if (v instanceof Date) return v.toISOString();
    if (typeof v === "string" || typeof v === "number") return v;
    return null;
  });
}
