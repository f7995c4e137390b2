/**
 * Source reads (server-only) for /sources and /sources/[id].
 */
import { type Db, db } from "@/lib/db/client";

/**
 * Every source with its claim count, most cited first.
 *
 * @example
 * const sources = await listSources();
 */
export async function listSources(database: Db = db()) {
  return database.source.findMany({
    orderBy: [{ claimCount: "desc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, affiliation: true, claimCount: true },
  });
}

/**
 * One source with its aliases and the documents it is cited in.
 *
 * @example
 * const source = await getSource(id); if (!source) notFound();
 */
export async function getSource(id: string, database: Db = db()) {
  const source = await database.source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      affiliation: true,
      aliases: true,
      notes: true,
      claimCount: true,
      createdAt: true,
    },
  });
  if (!source) return null;
  const aliases: unknown = JSON.parse(source.aliases);
  return { ...source, aliases: Array.isArray(aliases) ? (aliases as string[]) : [] };
}
