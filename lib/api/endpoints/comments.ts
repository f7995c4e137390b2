/**
 * REST endpoints for comments on claims and sources: read the threads (cursor pages, oldest first), add a comment or
 * a reply, edit or delete one's own, resolve or reopen a thread. Writes go through lib/comments/mutations.ts, the
 * same commands as the pages' server actions: reviewer and up, every change audited.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageQuerySchema, pageSchema } from "@/lib/api/page-schema";
import type { Actor } from "@/lib/auth/require";
import { type CommentRecord, getComment, THREAD_ORDER, threadsAfter } from "@/lib/comments/data";
import {
  addComment,
  addCommentSchema,
  type CommentResult,
  deleteComment,
  editComment,
  editCommentSchema,
  resolveThread,
} from "@/lib/comments/mutations";
import { statusOf } from "@/lib/errors";
import { decodeCursor, keyOfRow, pageOf } from "@/lib/pagination/cursor";

const ORDER_NAME = "thread-created";

export const commentSchema = z
  .object({
    id: z.string(),
    claimId: z.string().nullable().meta({ description: "The claim commented on (a comment has a claim or a source)." }),
    sourceId: z.string().nullable().meta({ description: "The source commented on." }),
    parentId: z.string().nullable().meta({ description: "The thread's first comment; null for that comment itself." }),
    authorId: z.string(),
    authorName: z.string(),
    body: z.string().nullable().meta({ description: "The text; null once deleted (the audit log keeps it)." }),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    deleted: z.boolean(),
    resolved: z.boolean().meta({ description: "Whether the thread is resolved (set on its first comment)." }),
  })
  .meta({ id: "Comment", description: "One comment on a claim or a source." });

export const threadSchema = commentSchema
  .extend({ replies: z.array(commentSchema).meta({ description: "Replies, oldest first." }) })
  .meta({ id: "CommentThread", description: "A thread: its first comment and every reply." });

// The same limits as lib/comments/mutations.ts, so the document states them; each body is then piped into the
// write's own schema (control characters, one claim or one source), so the handler gets the write's typed input.
const text = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(10_000, "Keep a comment under 10,000 characters.")
  .meta({ description: "The text, 1-10,000 characters after trimming." });

const listQuery = pageQuerySchema
  .extend({
    claimId: z.string().min(1).optional().meta({ description: "Threads on this claim (give this or sourceId)." }),
    sourceId: z.string().min(1).optional().meta({ description: "Threads on this source (give this or claimId)." }),
  })
  .refine((q) => Boolean(q.claimId) !== Boolean(q.sourceId), "Give exactly one of claimId and sourceId.");

const idParams = z.object({ id: z.string().min(1).meta({ description: "The comment's id." }) });

function iso(c: CommentRecord) {
  return { ...c, createdAt: c.createdAt.toISOString(), editedAt: c.editedAt?.toISOString() ?? null };
}

/** Runs a comment write as the endpoint's user; a refusal becomes its status in the envelope, success the comment as it is now. */
async function run<I>(write: (actor: Actor, input: I) => Promise<CommentResult>, user: Actor, input: I) {
  const result = await write(user, input);
  if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
  const comment = await getComment(result.id);
  if (!comment) throw new ApiError(404, "not_found", "This comment no longer exists.");
  return iso(comment);
}

export const listComments = defineEndpoint({
  method: "GET",
  path: "/api/comments",
  tag: "Comments",
  summary: "List comment threads",
  description:
    "The threads on one claim (`claimId`) or one source (`sourceId`), oldest first, each with its replies; the " +
    "cursor pages by thread.",
  role: "researcher",
  query: listQuery,
  response: pageSchema(threadSchema).meta({ id: "CommentThreadPage" }),
  handler: async ({ query }) => {
    const after = query.cursor ? decodeCursor(query.cursor, ORDER_NAME, ["string", "string"]) : null;
    const target = query.claimId ? { claimId: query.claimId } : { sourceId: query.sourceId ?? "" };
    const threads = await threadsAfter(target, after, query.limit + 1);
    const page = pageOf(threads, query.limit, ORDER_NAME, (t) => keyOfRow(THREAD_ORDER, { ...t }));
    return { ...page, items: page.items.map((t) => ({ ...iso(t), replies: t.replies.map(iso) })) };
  },
});

export const createComment = defineEndpoint({
  method: "POST",
  path: "/api/comments",
  tag: "Comments",
  summary: "Add a comment or a reply",
  description:
    "A new thread names one `claimId` or one `sourceId`; a reply names `parentId` only (a reply to a reply joins " +
    "the thread). Needs the reviewer role; audited.",
  role: "reviewer",
  body: z
    .object({
      claimId: z.string().min(1).optional(),
      sourceId: z.string().min(1).optional(),
      parentId: z.string().min(1).optional().meta({ description: "Reply to this comment's thread." }),
      body: text,
    })
    .meta({ id: "CommentInput" })
    .pipe(addCommentSchema),
  response: commentSchema,
  status: 201,
  errors: { 404: "The claim, source or parent comment does not exist." },
  handler: ({ body, user }) => run(addComment, user, body),
});

export const updateComment = defineEndpoint({
  method: "PATCH",
  path: "/api/comments/{id}",
  tag: "Comments",
  summary: "Edit your comment",
  description: "Only the author edits; the earlier text goes to the audit log.",
  role: "reviewer",
  params: idParams,
  body: z
    .object({ body: text })
    .meta({ id: "CommentEdit" })
    .pipe(editCommentSchema.omit({ commentId: true })),
  response: commentSchema,
  errors: { 404: "No comment with this id, or it was deleted." },
  handler: ({ params, body, user }) => run(editComment, user, { ...body, commentId: params.id }),
});

export const removeComment = defineEndpoint({
  method: "DELETE",
  path: "/api/comments/{id}",
  tag: "Comments",
  summary: "Delete your comment",
  description:
    "The author (or an admin) deletes; the comment stays in its thread as deleted, its text in the audit log.",
  role: "reviewer",
  params: idParams,
  response: null,
  status: 204,
  errors: { 404: "No comment with this id, or it was already deleted." },
  handler: async ({ params, user }) => {
    await run(deleteComment, user, { commentId: params.id });
    return new Response(null, { status: 204 });
  },
});

function threadState(resolved: boolean) {
  const verb = resolved ? "resolve" : "reopen";
  return defineEndpoint({
    method: "POST",
    path: `/api/comments/{id}/${verb}`,
    tag: "Comments",
    summary: resolved ? "Resolve a thread" : "Reopen a thread",
    description: `Any comment of the thread names it; answers the thread's first comment. Needs the reviewer role; audited.`,
    role: "reviewer",
    params: idParams,
    response: commentSchema,
    errors: { 404: "No comment with this id." },
    handler: ({ params, user }) => run(resolveThread, user, { commentId: params.id, resolved }),
  });
}

export const resolveComment = threadState(true);
export const reopenComment = threadState(false);

export const commentEndpoints = [
  listComments,
  createComment,
  updateComment,
  removeComment,
  resolveComment,
  reopenComment,
];
