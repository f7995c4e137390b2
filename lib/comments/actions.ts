"use server";
/**
 * Comment server actions (reviewers and up): `action()` (lib/auth/action.ts) checks the role and parses the input
 * with the write's schema; the writes are lib/comments/{mutations,bulk}.ts, which the REST endpoints call too.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { bulkComment, bulkCommentSchema, undoBulkComment } from "./bulk.ts";
import {
  addComment,
  addCommentSchema,
  commentRefSchema,
  deleteComment,
  editComment,
  editCommentSchema,
  RESOLVE_INVALID,
  resolveThread,
  resolveThreadSchema,
} from "./mutations.ts";

/** Refreshes the page `path` when the write went through. */
async function refreshing<R extends { ok: boolean }>(result: Promise<R>, ...paths: Array<[string, "layout"?]>) {
  const done = await result;
  if (done.ok) for (const [path, type] of paths) revalidatePath(path, type);
  return done;
}

/**
 * Adds a comment or reply; `path` is the page to refresh.
 *
 * @example
 * await addCommentAction({ sourceId, body }, `/sources/${sourceId}`);
 */
export const addCommentAction = action(
  { role: "reviewer", input: addCommentSchema },
  async (input, user, path: string) => refreshing(addComment(user, input), [path]),
);

/** Edits one's own comment. @example await editCommentAction({ commentId, body }, path) */
export const editCommentAction = action(
  { role: "reviewer", input: editCommentSchema },
  async (input, user, path: string) => refreshing(editComment(user, input), [path]),
);

/** Deletes one's own comment (soft). @example await deleteCommentAction({ commentId }, path) */
export const deleteCommentAction = action(
  { role: "reviewer", input: commentRefSchema },
  async (input, user, path: string) => refreshing(deleteComment(user, input), [path]),
);

/** Resolves or reopens a thread. @example await resolveThreadAction({ commentId, resolved: true }, path) */
export const resolveThreadAction = action(
  { role: "reviewer", input: resolveThreadSchema, invalid: RESOLVE_INVALID },
  async (input, user, path: string) => refreshing(resolveThread(user, input), [path]),
);

/**
 * Starts a thread with the same text on the selected claims (or every claim matching the table's filter).
 *
 * @example
 * await bulkCommentAction({ body: "Check the ministry's list", ids })
 */
export const bulkCommentAction = action({ role: "reviewer", input: bulkCommentSchema }, async (input, user) =>
  refreshing(bulkComment(user, input), ["/claims", "layout"], ["/documents", "layout"]),
);

/**
 * Deletes the comments of the user's bulk comment that nobody edited or answered since.
 *
 * @example
 * await undoBulkCommentAction(result.bulkId)
 */
export const undoBulkCommentAction = action({ role: "reviewer", input: z.string() }, async (bulkId, user) =>
  refreshing(undoBulkComment(user, bulkId), ["/claims", "layout"], ["/documents", "layout"]),
);
