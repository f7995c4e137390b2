"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useCan, useViewer } from "@/components/auth/viewer-context";
import { addCommentAction, deleteCommentAction, editCommentAction, resolveThreadAction } from "@/lib/comments/actions";
import type { CommentResult } from "@/lib/comments/mutations";
import { LinkifiedText } from "./linkified-text.tsx";

export interface CommentItem {
  id: string;
  authorId: string;
  authorName: string;
  body: string | null;
  createdAt: string;
  edited: boolean;
  deleted: boolean;
}

export interface ThreadItem extends CommentItem {
  resolved: boolean;
  replies: CommentItem[];
}

type Target = { claimId: string } | { sourceId: string };

function useRun(path: string) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function run(action: () => Promise<CommentResult>, after?: () => void) {
    setError(null);
    start(async () => {
      const result = await action();
      if (!result.ok) setError(result.message);
      else {
        after?.();
        router.refresh();
      }
    });
  }
  return { run, error, pending, path };
}

function CommentForm({
  label,
  onSubmit,
  initial = "",
}: {
  label: string;
  onSubmit: (body: string) => void;
  initial?: string;
}) {
  const [body, setBody] = useState(initial);
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(body);
        setBody("");
      }}
    >
      <label className="field">
        {label}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} required />
      </label>
      <button type="submit" className="button">
        {label}
      </button>
    </form>
  );
}

function Comment({ comment, path }: { comment: CommentItem; path: string }) {
  const viewer = useViewer();
  const canComment = useCan("reviewer");
  const [editing, setEditing] = useState(false);
  const { run, error } = useRun(path);
  const own = viewer?.id === comment.authorId && canComment;
  return (
    <div className="comment">
      <p className="muted">
        {comment.authorName} ·{" "}
        <time dateTime={comment.createdAt}>{comment.createdAt.slice(0, 16).replace("T", " ")}</time>
        {comment.edited && !comment.deleted ? " · edited" : ""}
      </p>
      {comment.deleted ? (
        <p className="muted">
          <em>deleted</em>
        </p>
      ) : editing ? (
        <CommentForm
          label="Save edit"
          initial={comment.body ?? ""}
          onSubmit={(body) =>
            run(
              () => editCommentAction({ commentId: comment.id, body }, path),
              () => setEditing(false),
            )
          }
        />
      ) : (
        <p className="comment-body" style={{ whiteSpace: "pre-wrap" }}>
          <LinkifiedText text={comment.body ?? ""} />
        </p>
      )}
      {own && !comment.deleted && !editing ? (
        <div className="comment-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run(() => deleteCommentAction({ commentId: comment.id }, path))}
          >
            Delete
          </button>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}

/**
 * Comment threads on a claim or source: replies, edit/delete own, resolve/reopen. Reviewers and up see the forms;
 * everyone signed in reads. Text is rendered as text with clickable links only.
 *
 * @example <CommentThreads target={{ sourceId }} threads={threads} path={`/sources/${sourceId}`} />
 */
export function CommentThreads({ target, threads, path }: { target: Target; threads: ThreadItem[]; path: string }) {
  const canComment = useCan("reviewer");
  const { run, error } = useRun(path);
  const open = threads.filter((t) => !t.resolved).length;
  return (
    <section className="card" aria-labelledby="comments-heading">
      <h2 id="comments-heading" style={{ marginTop: 0 }}>
        Comments <span className="badge">{open} unresolved</span>
      </h2>
      {threads.length === 0 ? <p className="muted">No comments yet.</p> : null}
      {threads.map((thread) => (
        <article key={thread.id} className="thread" aria-label={`Thread by ${thread.authorName}`}>
          {thread.resolved ? <p className="badge">Resolved</p> : null}
          <Comment comment={thread} path={path} />
          <div className="replies" style={{ marginLeft: "1.5rem" }}>
            {thread.replies.map((reply) => (
              <Comment key={reply.id} comment={reply} path={path} />
            ))}
          </div>
          {canComment ? (
            <>
              <CommentForm
                label="Reply"
                onSubmit={(body) => run(() => addCommentAction({ parentId: thread.id, body }, path))}
              />
              <button
                type="button"
                className="button"
                onClick={() =>
                  run(() => resolveThreadAction({ commentId: thread.id, resolved: !thread.resolved }, path))
                }
              >
                {thread.resolved ? "Reopen thread" : "Resolve thread"}
              </button>
            </>
          ) : null}
        </article>
      ))}
      {canComment ? (
        <CommentForm label="Add comment" onSubmit={(body) => run(() => addCommentAction({ ...target, body }, path))} />
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
