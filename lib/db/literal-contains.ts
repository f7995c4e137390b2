/**
 * "Contains this text, literally" for Prisma list filters. Prisma's `contains` passes `%` and `_` through as LIKE
 * wildcards (a search for "50%" matched every title: measured on both databases), so:
 * - PostgreSQL: the wildcards are escaped with a backslash, LIKE's default escape there, and the match ignores case;
 * - SQLite: LIKE has no default escape (and Prisma writes no ESCAPE clause), so a needle holding `%`, `_` or `\` is
 *   matched by our own `LIKE ... ESCAPE '\'` and the rows are passed to Prisma by id (at most LITERAL_MATCH_LIMIT);
 *   any other needle keeps Prisma's `contains` (ASCII case already ignored by SQLite's LIKE).
 */
import { type Db, db, providerOf } from "./client.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/** The most rows a wildcard-holding search on SQLite returns (it selects their ids first). */
export const LITERAL_MATCH_LIMIT = 10_000;

const WILDCARDS = /[\\%_]/;

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A where clause (for `table`'s findMany / count) matching rows whose `columns` contain `q` literally.
 *
 * @example
 * await database.document.findMany({ where: await literalContains("Document", ["title", "outlet"], "50%", database) })
 */
export async function literalContains(
  table: "Document" | "Source" | "Event",
  columns: string[],
  q: string,
  database: Db = db(),
): Promise<{ OR: Array<Record<string, Prisma.StringFilter>> } | { id: { in: string[] } }> {
  if (providerOf(database) === "postgres") {
    const value = escapeLike(q);
    return { OR: columns.map((c) => ({ [c]: { contains: value, mode: "insensitive" } as Prisma.StringFilter })) };
  }
  if (!WILDCARDS.test(q)) return { OR: columns.map((c) => ({ [c]: { contains: q } })) };
  const pattern = `%${escapeLike(q)}%`;
  // Table and column names come from the callers' fixed lists, never from the request.
  const matches = Prisma.join(
    columns.map((c) => Prisma.sql`${Prisma.raw(`"${c}"`)} LIKE ${pattern} ESCAPE '\\'`),
    " OR ",
  );
  const rows = await database.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE ${matches} LIMIT ${LITERAL_MATCH_LIMIT}`;
  return { id: { in: rows.map((r) => r.id) } };
}
