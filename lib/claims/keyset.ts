/**
 * The claims table's filters and sort with keyset (cursor) pagination, for GET /api/claims. Same SQL as listClaims
 * (claimsWhereSql, selectClaimsPage, ADR 003), but a page starts strictly after the previous page's last row —
 * `(sort columns…, id) > (key…)` as one row-value comparison, which both databases answer from the (column, id)
 * index — instead of an OFFSET that scans every skipped row. The value sort keeps the table's nulls-last order in
 * both directions: the valued range first, then the unvalued claims by id, the cursor saying which range it is in.
 */

import { type Db, db, providerOf } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { CursorError, decodeCursor, type KeyPart, pageOf } from "@/lib/pagination/cursor";
import { completeRows } from "./data.ts";
import type { ClaimsQuery } from "./query-schema.ts";
import type { ClaimRow } from "./schema.ts";
import { claimsWhereSql, pageFilter } from "./sql/filter.ts";
import { sortSpec, valueRanges } from "./sql/order.ts";
import { type RawClaimRow, selectClaimsPage } from "./sql/select.ts";

export type ClaimsListQuery = Pick<ClaimsQuery, "sort" | "dir" | "status" | "flag" | "source" | "document" | "q"> & {
  assignee?: string[];
  limit: number;
  cursor?: string;
};

const numericColumns = new Set(["sortValue", "statusRank", "flagRank", "crossFlagRank", "position"]);

/** The cursor's order name: a cursor only continues the sort and direction it was made for. */
function orderName(query: ClaimsListQuery): string {
  return `claims:${query.sort}:${query.dir}`;
}

function keyOf(sort: ClaimsListQuery["sort"], row: RawClaimRow): KeyPart[] {
  const record = row as unknown as Record<string, KeyPart>;
  return sortSpec(sort, "asc").map(({ column }) => record[column] ?? null);
}

/** The decoded key, checked against the sort's columns (count and types), so a forged cursor is a 422. */
function checkedKey(query: ClaimsListQuery): KeyPart[] | null {
  if (!query.cursor) return null;
  const key = decodeCursor(query.cursor, orderName(query));
  const columns = sortSpec(query.sort, query.dir).map((c) => c.column);
  const fits =
    key.length === columns.length &&
    columns.every((column, i) => {
      const part = key[i];
      // The unvalued range: unit and value both null (a claim without a figure).
      if ((column === "sortValue" || column === "sortUnit") && part === null) return key[0] === null && key[1] === null;
      return numericColumns.has(column) ? typeof part === "number" && Number.isFinite(part) : typeof part === "string";
    });
  if (!fits) throw new CursorError();
  return key;
}

function after(columns: string[], key: KeyPart[], dir: "asc" | "desc"): Prisma.Sql {
  // Column names come from sortSpec's fixed list, never from the request.
  const list = Prisma.raw(columns.map((c) => `c."${c}"`).join(", "));
  const op = Prisma.raw(dir === "asc" ? ">" : "<");
  return columns.length === 1 ? Prisma.sql`${list} ${op} ${key[0]}` : Prisma.sql`(${list}) ${op} (${Prisma.join(key)})`;
}

function and(...parts: Array<Prisma.Sql | null>): Prisma.Sql | undefined {
  const present = parts.filter((p): p is Prisma.Sql => p !== null);
  return present.length === 0 ? undefined : Prisma.join(present, " AND ");
}

async function selectRows(
  query: ClaimsListQuery,
  key: KeyPart[] | null,
  database: Db,
  userId: string | null,
): Promise<RawClaimRow[]> {
  const filter = pageFilter(query, { userId });
  const postgres = providerOf(database) === "postgres";
  const take = query.limit + 1;
  const spec = sortSpec(query.sort, query.dir);
  const columns = spec.map((c) => c.column);
  if (query.sort !== "value") {
    const where = claimsWhereSql(filter, postgres, key ? after(columns, key, query.dir) : undefined);
    return selectClaimsPage(where, spec, take, 0, database);
  }
  // The table's two value ranges (valueRanges); a key whose value is null is in the unvalued one.
  const [valued, unvalued] = valueRanges(query.dir);
  let rows: RawClaimRow[] = [];
  if (!key || key[0] !== null) {
    const range = and(Prisma.raw(valued.where), key ? after(columns, key, query.dir) : null);
    rows = await selectClaimsPage(claimsWhereSql(filter, postgres, range), valued.order, take, 0, database);
    if (rows.length === take) return rows;
  }
  const restAfter = key && key[0] === null ? after(["id"], [key[key.length - 1]], query.dir) : null;
  const where = claimsWhereSql(filter, postgres, and(Prisma.raw(unvalued.where), restAfter));
  return [...rows, ...(await selectClaimsPage(where, unvalued.order, take - rows.length, 0, database))];
}

/**
 * One page of claims after `query.cursor` (the first page without one), in the claims table's order.
 *
 * @example
 * const first = await listClaimsPage({ ...filters, sort: "value", dir: "desc", limit: 50 });
 * const second = await listClaimsPage({ ...filters, sort: "value", dir: "desc", limit: 50, cursor: first.nextCursor });
 */
export async function listClaimsPage(
  query: ClaimsListQuery,
  database: Db = db(),
  /** Who "me" is in the Assignee filter. */
  userId: string | null = null,
): Promise<{ items: Array<ClaimRow & { openComments: number }>; nextCursor: string | null }> {
  const key = checkedKey(query);
  const page = pageOf(await selectRows(query, key, database, userId), query.limit, orderName(query), (row) =>
    keyOf(query.sort, row),
  );
  return {
    items: await completeRows(page.items, database),
    nextCursor: page.nextCursor,
  };
}
