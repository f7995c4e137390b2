/**
 * Reading comment threads and unresolved counts (server-only).
 */
import type { Db } from "@/lib/db/client";

export interface CommentView {
  id: string;
  authorId: string;
  authorName: string;
  /** null when deleted: the text is only in the audit log. */
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
}

export interface ThreadView extends CommentView {
  resolved: boolean;
  replies: CommentView[];
}

/**
 * The threads on one claim or source, oldest first, replies under their thread.
 *
 * @example
 * const threads = await listThreads(db(), { sourceId });
 */
export async function listThreads(
  database: Db,
  target: { claimId: string } | { sourceId: string },
): Promise<ThreadView[]> {
  const rows = await database.comment.findMany({
    where: target,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { name: true } } },
  });
  const view = (c: (typeof rows)[number]): CommentView => ({
    id: c.id,
    authorId: c.authorId,
    authorName: c.author.name,
    body: c.deletedAt ? null : c.body,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    deleted: c.deletedAt !== null,
  });
  const threads = new Map<string, ThreadView>();
  for (const c of rows)
    if (!c.parentId) threads.set(c.id, { ...view(c), resolved: c.resolvedAt !== null, replies: [] });
  for (const c of rows) if (c.parentId) threads.get(c.parentId)?.replies.push(view(c));
  return [...threads.values()];
}

/**
 * Unresolved thread counts per claim or per source id (threads whose first comment is not resolved).
 *
 * @example
 * const counts = await unresolvedCounts(db(), "sourceId", ids); counts.get(id) ?? 0
 */
export async function unresolvedCounts(
  database: Db,
  key: "claimId" | "sourceId",
  ids: string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const groups = await database.comment.groupBy({
    by: [key],
    where: { [key]: { in: ids }, parentId: null, resolvedAt: null, deletedAt: null },
    _count: { _all: true },
  });
  const counts = new Map<string, number>();
  for (const g of groups) {
    const id = g[key];
    if (id) counts.set(id, g._count._all);
  }
  return counts;
}
