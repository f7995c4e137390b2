/**
 * Comments on claims and sources (issue 5): threads one level deep (a reply to a reply joins the thread), edit and
 * delete your own (soft delete: shown as "deleted", the text stays in the audit log), resolve and reopen a thread.
 * Reviewers and above write; every change is audited. Takes the actor the action's or route's gate let through and
 * the input its schema (below) already parsed: the action's `input`, the endpoint's body.
 */

import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { stripControl } from "@/lib/text/control";

export type CommentResult =
  | { ok: true; id: string }
  | { ok: false; code: "unauthenticated" | "forbidden" | "not_found" | "invalid"; message: string };

/** A comment's text: control characters dropped, trimmed, 1 to 10,000 characters (also bulk comments). */
export const commentBody = z
  .string()
  .overwrite(stripControl)
  .trim()
  .min(1, "Write something first.")
  .max(10_000, "Keep a comment under 10,000 characters.");

/** A new comment (one claim or one source) or a reply (`parentId`). */
export const addCommentSchema = z
  .object({
    claimId: z.string().min(1).optional(),
    sourceId: z.string().min(1).optional(),
    parentId: z.string().min(1).optional(),
    body: commentBody,
  })
  .refine(
    // A reply takes its claim or source from the thread; a new thread names exactly one.
    (v) => (v.parentId ? !v.claimId && !v.sourceId : Boolean(v.claimId) !== Boolean(v.sourceId)),
    "A comment belongs to one claim or one source.",
  );
export type AddCommentInput = z.output<typeof addCommentSchema>;

/** The author's new text for their comment. */
export const editCommentSchema = z.object({ commentId: z.string(), body: commentBody });
export type EditCommentInput = z.output<typeof editCommentSchema>;

/** One comment, by id (deleting it). */
export const commentRefSchema = z.object({ commentId: z.string() });
export type CommentRef = z.output<typeof commentRefSchema>;

/** Resolve (true) or reopen (false) the thread of a comment. */
export const resolveThreadSchema = z.object({ commentId: z.string(), resolved: z.boolean() });
export type ResolveThreadInput = z.output<typeof resolveThreadSchema>;

/** The refusal for a resolve without a yes or no. */
export const RESOLVE_INVALID = "Say whether to resolve or reopen.";

/**
 * Adds a comment or a reply.
 *
 * @example
 * await addComment(user, { sourceId, body: "Is this outlet state-run?" });
 */
export async function addComment(actor: Actor, input: AddCommentInput, database: Db = db()): Promise<CommentResult> {
  let { claimId, sourceId, parentId } = input;
  if (parentId) {
    const parent = await database.comment.findUnique({ where: { id: parentId } });
    if (!parent) return { ok: false, code: "not_found", message: "The comment you reply to is gone." };
    const root = parent.parentId ? await database.comment.findUnique({ where: { id: parent.parentId } }) : parent;
    // A deleted comment shows as "deleted" and takes no new replies, nor does a thread whose first comment is deleted.
    if (parent.deletedAt || !root || root.deletedAt) {
      return { ok: false, code: "not_found", message: "The comment you reply to was deleted." };
    }
    parentId = parent.parentId ?? parent.id; // one level of threads
    claimId = parent.claimId ?? undefined;
    sourceId = parent.sourceId ?? undefined;
  } else if (
    claimId
      ? !(await database.claim.count({ where: { id: claimId } }))
      : !(await database.source.count({ where: { id: sourceId } }))
  ) {
    return { ok: false, code: "not_found", message: "This claim or source no longer exists." };
  }
  const id = newId();
  await database.$transaction(async (tx) => {
    await tx.comment.create({
      data: { id, claimId, sourceId, parentId, authorId: actor.id, body: input.body },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: id,
      action: parentId ? "reply" : "comment",
      after: { body: input.body, claimId, sourceId, parentId },
    });
  });
  return { ok: true, id };
}

async function liveComment(database: Db, commentId: string) {
  const comment = await database.comment.findUnique({ where: { id: commentId } });
  if (!comment || comment.deletedAt) return null;
  return comment;
}

/**
 * The author edits their own comment; the earlier text goes to the audit log.
 *
 * @example
 * await editComment(user, { commentId, body: "Fixed typo" });
 */
export async function editComment(actor: Actor, input: EditCommentInput, database: Db = db()): Promise<CommentResult> {
  const comment = await liveComment(database, input.commentId);
  if (!comment) return { ok: false, code: "not_found", message: "This comment no longer exists." };
  if (comment.authorId !== actor.id)
    return { ok: false, code: "forbidden", message: "You can only edit your own comments." };
  await database.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: comment.id,
      action: "edit",
      before: { body: comment.body },
      after: { body: input.body },
    });
  });
  return { ok: true, id: comment.id };
}

/**
 * The author (or an admin) deletes a comment: it shows as deleted, its text stays in the history.
 *
 * @example
 * await deleteComment(user, { commentId });
 */
export async function deleteComment(actor: Actor, input: CommentRef, database: Db = db()): Promise<CommentResult> {
  const comment = await liveComment(database, input.commentId);
  if (!comment) return { ok: false, code: "not_found", message: "This comment no longer exists." };
  if (comment.authorId !== actor.id && !hasRole(actor.role, "admin")) {
    return { ok: false, code: "forbidden", message: "You can only delete your own comments." };
  }
  await database.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: comment.id,
      action: "delete",
      before: { body: comment.body },
      after: { deleted: true },
    });
  });
  return { ok: true, id: comment.id };
}

/**
 * Resolves (resolved: true) or reopens a thread; applies to the thread's first comment.
 *
 * @example
 * await resolveThread(user, { commentId, resolved: true });
 */
export async function resolveThread(
  actor: Actor,
  input: ResolveThreadInput,
  database: Db = db(),
): Promise<CommentResult> {
  const found = await database.comment.findUnique({ where: { id: input.commentId } });
  const root = found?.parentId ? await database.comment.findUnique({ where: { id: found.parentId } }) : found;
  if (!root) return { ok: false, code: "not_found", message: "This thread no longer exists." };
  await database.$transaction(async (tx) => {
    await tx.comment.update({
      where: { id: root.id },
      data: input.resolved
        ? { resolvedAt: new Date(), resolvedById: actor.id }
        : { resolvedAt: null, resolvedById: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: root.id,
      action: input.resolved ? "resolve" : "reopen",
      before: { resolved: root.resolvedAt !== null },
      after: { resolved: input.resolved },
    });
  });
  return { ok: true, id: root.id };
}
