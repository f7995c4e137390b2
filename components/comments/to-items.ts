import type { ThreadView } from "@/lib/comments/data";
import type { ThreadItem } from "./comment-threads.tsx";

/**
 * Server thread views as plain, serialisable props for the client component.
 *
 * @example
 * <CommentThreads threads={toThreadItems(await listThreads(db(), { sourceId }))} … />
 */
export function toThreadItems(threads: ThreadView[]): ThreadItem[] {
  const item = (c: ThreadView | ThreadView["replies"][number]) => ({
    id: c.id,
    authorId: c.authorId,
    authorName: c.authorName,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    edited: c.editedAt !== null,
    deleted: c.deleted,
  });
  return threads.map((t) => ({ ...item(t), resolved: t.resolved, replies: t.replies.map(item) }));
}
