"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { editDocumentAction } from "@/lib/documents/actions";

/** "2026-01-13T04:30:00.000Z" -> "2026-01-13T04:30" for a datetime-local input read as UTC. */
function toLocalInput(iso: string | null): string {
  return iso ? iso.slice(0, 16) : "";
}

/**
 * Editors correct the document's title, outlet and publication time (UTC), with the version they read: when someone
 * else saved first, the server says so and nothing is overwritten. The answer is announced in a live region.
 * @example <DocumentDetailsForm documentId={doc.id} title={doc.title} outlet={doc.outlet} publishedAt={iso} version={doc.version} />
 */
export function DocumentDetailsForm(props: {
  documentId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  version: number;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const [title, setTitle] = useState(props.title);
  const [outlet, setOutlet] = useState(props.outlet ?? "");
  const [published, setPublished] = useState(toLocalInput(props.publishedAt));
  const [message, setMessage] = useState("");
  return (
    <details className="card document-details">
      <summary>Edit details (title, outlet, publication time)</summary>
      <form
        aria-label="Edit the document's details"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await editDocumentAction(props.documentId, {
              title,
              outlet,
              publishedAt: published ? `${published}:00Z` : null,
              version: props.version,
            });
            if (result.ok) {
              setMessage(result.regrouped ? "Saved; the figures were regrouped." : "Saved.");
              router.refresh();
            } else setMessage(result.message);
          });
        }}
      >
        <div className="field-row">
          <label className="field" htmlFor={`${id}-title`}>
            Title
            <input
              id={`${id}-title`}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={300}
            />
          </label>
          <label className="field" htmlFor={`${id}-outlet`}>
            Outlet
            <input id={`${id}-outlet`} value={outlet} onChange={(e) => setOutlet(e.target.value)} maxLength={200} />
          </label>
          <label className="field" htmlFor={`${id}-published`}>
            Published (UTC; empty: undated)
            <input
              id={`${id}-published`}
              type="datetime-local"
              value={published}
              onChange={(e) => setPublished(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={pending}>
            Save details
          </button>
        </div>
        <p role="status" aria-live="polite">
          {message}
        </p>
      </form>
    </details>
  );
}
