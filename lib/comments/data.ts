/**
 * Reading comment threads and unresolved counts (server-only), for the pages and the REST API (GET /api/comments).
 */
import "server-only";

import { type Db, db, type Prisma } from "@/lib/db/client";
import { type KeyColumn, type KeyPart, keysetOrder, keysetWhere } from "@/lib/pagination/cursor";

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
 * const threads = await listThreads({ sourceId });
 */
export async function listThreads(
  target: { claimId: string } | { sourceId: string },
  database: Db = db(),
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
 * const counts = await unresolvedCounts("sourceId", ids); counts.get(id) ?? 0
 */
export async function unresolvedCounts(
  key: "claimId" | "sourceId",
  ids: string[],
  database: Db = db(),
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

/** A comment as the REST API shows it: where it belongs and its place in a thread. */
export interface CommentRecord extends CommentView {
  claimId: string | null;
  sourceId: string | null;
  /** The thread's first comment; null for a thread's first comment itself. */
  parentId: string | null;
  /** Set on a thread's first comment; replies follow their thread. */
  resolved: boolean;
}

const recordInclude = { author: { select: { name: true } } } as const;
type CommentRow = Prisma.CommentGetPayload<{ include: typeof recordInclude }>;

function toRecord(c: CommentRow): CommentRecord {
  return {
    id: c.id,
    claimId: c.claimId,
    sourceId: c.sourceId,
    parentId: c.parentId,
    authorId: c.authorId,
    authorName: c.author.name,
    body: c.deletedAt ? null : c.body,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    deleted: c.deletedAt !== null,
    resolved: c.resolvedAt !== null,
  };
}

/**
 * One comment, deleted ones included (shown without their text).
 *
 * @example
 * const comment = await getComment(id); comment?.body
 */
export async function getComment(id: string, database: Db = db()): Promise<CommentRecord | null> {
  const row = await database.comment.findUnique({ where: { id }, include: recordInclude });
  return row ? toRecord(row) : null;
}

/** Threads page oldest first; the id breaks ties between comments made in the same millisecond. */
export const THREAD_ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "asc", date: true },
  { field: "id", dir: "asc" },
];

/**
 * Up to `take` threads on one claim or source in THREAD_ORDER after the sort key `after` (null: from the start),
 * each with all its replies oldest first.
 *
 * @example
 * const threads = await threadsAfter({ claimId }, null, 21); threads[0].replies.length
 */
export async function threadsAfter(
  target: { claimId: string } | { sourceId: string },
  after: KeyPart[] | null,
  take: number,
  database: Db = db(),
): Promise<Array<CommentRecord & { replies: CommentRecord[] }>> {
  const roots = await database.comment.findMany({
    where: { AND: [target, { parentId: null }, after ? keysetWhere(THREAD_ORDER, after) : {}] },
    orderBy: keysetOrder(THREAD_ORDER),
    take,
    include: recordInclude,
  });
  const replies = roots.length
    ? await database.comment.findMany({
        // The target narrows by its index; replies carry their thread's claim or source (commands.ts).
        where: { AND: [target, { parentId: { in: roots.map((r) => r.id) } }] },
        orderBy: keysetOrder(THREAD_ORDER),
        include: recordInclude,
      })
    : [];
  return roots.map((root) => ({
    ...toRecord(root),
    replies: replies.filter((r) => r.parentId === root.id).map(toRecord),
  }));
}

/**
 * The comment threads of a source, or null when there is no such source (its page then shows the not-found state).
 *
 * @example
 * const threads = await sourceThreads(id); if (threads) render(threads);
 */
export async function sourceThreads(sourceId: string, database: Db = db()) {
  if (!(await database.source.count({ where: { id: sourceId } }))) return null;
  return listThreads({ sourceId }, database);
}
