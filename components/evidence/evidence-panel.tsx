"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { addEvidenceAction, removeEvidenceAction } from "@/lib/evidence/actions";

export interface EvidenceItem {
  id: string;
  stance: string;
  note: string;
  url: string | null;
  source: { id: string; name: string } | null;
  targetClaim: { id: string; label: string } | null;
  author: string | null;
}

/**
 * A claim's evidence and, for editors, the form to add a link, another claim or a source with a stance and note.
 *
 * @example <EvidencePanel claimId={id} items={items} sources={sources} />
 */
export function EvidencePanel({
  claimId,
  items,
  sources,
}: {
  claimId: string;
  items: EvidenceItem[];
  sources: Array<{ id: string; name: string }>;
}) {
  const canEdit = useCan("editor");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<"url" | "claim" | "source">("url");
  const [pending, start] = useTransition();

  function submit(form: FormData) {
    const ref = String(form.get("ref") ?? "").trim();
    const input = {
      claimId,
      stance: form.get("stance"),
      note: String(form.get("note") ?? ""),
      ...(kind === "url"
        ? { url: ref }
        : kind === "claim"
          ? { targetClaimId: ref.split("/").pop() }
          : { sourceId: ref }),
    };
    setError(null);
    start(async () => {
      const result = await addEvidenceAction(input);
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  }

  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" style={{ marginTop: 0 }}>
        Evidence
      </h2>
      {items.length === 0 ? <p className="muted">No evidence attached.</p> : null}
      <ul>
        {items.map((e) => (
          <li key={e.id}>
            <span className="badge">{e.stance}</span>{" "}
            {e.url ? (
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                {e.url}
              </a>
            ) : e.targetClaim ? (
              <a href={`/claims/${e.targetClaim.id}`}>{e.targetClaim.label}</a>
            ) : e.source ? (
              <a href={`/sources/${e.source.id}`}>{e.source.name}</a>
            ) : null}
            {e.note ? ` — ${e.note}` : ""} <span className="muted">({e.author ?? "unknown"})</span>
            {canEdit ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  start(async () => {
                    const r = await removeEvidenceAction({ evidenceId: e.id });
                    if (r.ok) router.refresh();
                    else setError(r.message);
                  })
                }
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form action={submit} className="form-card" aria-label="Add evidence">
          <label className="field">
            Evidence is
            <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              <option value="url">a link</option>
              <option value="claim">another claim (id or URL)</option>
              <option value="source">a source</option>
            </select>
          </label>
          {kind === "source" ? (
            <label className="field">
              Source
              <select name="ref" required>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label className="field">
              {kind === "url" ? "Link" : "Claim"}
              <input name="ref" required type={kind === "url" ? "url" : "text"} />
            </label>
          )}
          <label className="field">
            Stance
            <select name="stance" defaultValue="supports">
              <option value="supports">supports</option>
              <option value="contradicts">contradicts</option>
              <option value="context">context</option>
            </select>
          </label>
          <label className="field">
            Note
            <input name="note" />
          </label>
          <button type="submit" className="button" disabled={pending}>
            Add evidence
          </button>
        </form>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
