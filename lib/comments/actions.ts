"use server";
/**
 * Comment server actions: the role gate (reviewer and up) runs here on the server, the checks and writes in
 * commands.ts.
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import { type BulkCommentResult, bulkComment, type UndoCommentResult, undoBulkComment } from "./bulk.ts";
import { addComment, type CommentResult, deleteComment, editComment, resolveThread } from "./commands.ts";

async function run(fn: typeof addComment, input: unknown, path: string): Promise<CommentResult> {
  const result = await fn(db(), await requireRole("reviewer"), input);
  if (result.ok) revalidatePath(path);
  return result;
}

/**
 * Adds a comment or reply; `path` is the page to refresh.
 *
 * @example
 * await addCommentAction({ sourceId, body }, `/sources/${sourceId}`);
 */
export async function addCommentAction(input: unknown, path: string): Promise<CommentResult> {
  return run(addComment, input, path);
}

/** Edits one's own comment. @example await editCommentAction({ commentId, body }, path) */
export async function editCommentAction(input: unknown, path: string): Promise<CommentResult> {
  return run(editComment, input, path);
}

/** Deletes one's own comment (soft). @example await deleteCommentAction({ commentId }, path) */
export async function deleteCommentAction(input: unknown, path: string): Promise<CommentResult> {
  return run(deleteComment, input, path);
}

/** Resolves or reopens a thread. @example await resolveThreadAction({ commentId, resolved: true }, path) */
export async function resolveThreadAction(input: unknown, path: string): Promise<CommentResult> {
  return run(resolveThread, input, path);
}

/**
 * Starts a thread with the same text on the selected claims (or every claim matching the table's filter).
 *
 * @example
 * await bulkCommentAction({ body: "Check the ministry's list", ids })
 */
export async function bulkCommentAction(input: unknown): Promise<BulkCommentResult> {
  const result = await bulkComment(await requireRole("reviewer"), input);
  if (result.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
}

/**
 * Deletes the comments of the user's bulk comment that nobody edited or answered since.
 *
 * @example
 * await undoBulkCommentAction(result.bulkId)
 */
export async function undoBulkCommentAction(bulkId: unknown): Promise<UndoCommentResult> {
  const result = await undoBulkComment(await requireRole("reviewer"), bulkId);
  if (result.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
}
