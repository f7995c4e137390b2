"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId } from "react";
import { ingestDocumentAction } from "@/lib/documents/actions";

type IngestState = Awaited<ReturnType<typeof ingestDocumentAction>> | null;

/**
 * Paste an article or upload a .txt/.md/.html file, with optional metadata. The server extracts the claims and this
 * form then opens the new document, or the existing one with a notice when the same text was already here.
 *
 * @example <IngestForm />
 */
export function IngestForm() {
  const router = useRouter();
  const [state, action, pending] = useActionState<IngestState, FormData>(ingestDocumentAction, null);
  const errorId = useId();

  useEffect(() => {
    // The same text again is the same document: say so there instead of silently showing the old one.
    if (state?.ok) router.push(`/documents/${state.documentId}${state.created ? "" : "?duplicate=1"}`);
  }, [state, router]);

  const error = state && !state.ok ? state : null;

  return (
    <form action={action} className="card form-card" aria-describedby={error ? errorId : undefined}>
      {error ? (
        <div id={errorId} role="alert" className="alert">
          <strong>Could not add the document.</strong> {error.message}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="ingest-text">Article text</label>
        <span className="hint" id="ingest-text-hint">
          Paste the article here, or upload a file below. Markup is shown as text, never run.
        </span>
        <textarea id="ingest-text" name="text" rows={14} aria-describedby="ingest-text-hint" />
      </div>
      <div className="field">
        <label htmlFor="ingest-file">Or upload a file</label>
        <span className="hint" id="ingest-file-hint">
          .txt, .md or .html; HTML is reduced to its readable text.
        </span>
        <input
          id="ingest-file"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby="ingest-file-hint"
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="ingest-title">Title</label>
          <input id="ingest-title" name="title" type="text" maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor="ingest-outlet">Outlet</label>
          <input id="ingest-outlet" name="outlet" type="text" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="ingest-url">URL</label>
          <input id="ingest-url" name="url" type="url" placeholder="https://…" />
        </div>
        <div className="field">
          <label htmlFor="ingest-published">Published</label>
          <input id="ingest-published" name="publishedAt" type="date" />
        </div>
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Extracting claims…" : "Add document"}
      </button>
    </form>
  );
}
