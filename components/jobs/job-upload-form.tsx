"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

/**
 * Upload many files as one background job (POST /api/ingest-jobs), then open the job's progress page.
 *
 * @example <JobUploadForm />
 */
export function JobUploadForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorId = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const response = await fetch("/api/ingest-jobs", { method: "POST", body: new FormData(event.currentTarget) });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setError(body?.error?.message ?? `The upload failed (${response.status}).`);
        return;
      }
      router.push(`/jobs/${body.id}`);
    } catch {
      setError("The upload did not reach the server.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="card form-card" aria-describedby={error ? errorId : undefined}>
      {error ? (
        <div id={errorId} role="alert" className="alert">
          <strong>Could not start the job.</strong> {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="job-files">Files</label>
        <span className="hint" id="job-files-hint">
          Many .txt, .md or .html files, a .zip of them, or a .jsonl with one{" "}
          {"{text, title, outlet, publishedAt, url}"} per line. Each becomes a document; the same text twice is stored
          once.
        </span>
        <input
          id="job-files"
          name="files"
          type="file"
          multiple
          required
          accept=".txt,.md,.markdown,.html,.htm,.zip,.jsonl,.ndjson"
          aria-describedby="job-files-hint"
        />
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Uploading…" : "Start ingest job"}
      </button>
    </form>
  );
}
