"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { editClaimAction } from "@/lib/claims/actions";

const conflictMessage = "Someone else changed this claim; reload to see their change.";

export interface CorrectableClaim {
  id: string;
  version: number;
  text: string;
  sourceId: string;
}

type Message = { kind: "error" | "saved"; text: string } | null;

/**
 * The editor's form for fixing what extraction got wrong in the claim itself: its text and its source (each figure
 * has its own form, figure-editor.tsx; character offsets are not an editor's business). It
 * sends the version the editor saw, so a concurrent change comes back as a conflict instead of being overwritten;
 * the original values stay in the claim's history (before -> after).
 *
 * @example <ClaimCorrectionForm claim={claim} sources={sources} />
 */
export function ClaimCorrectionForm({
  claim,
  sources,
}: {
  claim: CorrectableClaim;
  sources: Array<{ id: string; name: string }>;
}) {
  const canEdit = useCan("editor");
  const router = useRouter();
  const [savedVersion, setVersion] = useState(claim.version);
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();
  const ids = { heading: useId(), message: useId(), text: useId(), source: useId() };
  if (!canEdit) return null;
  // A figure saved on the same page re-renders it with the claim's newer version.
  const version = Math.max(savedVersion, claim.version);

  // onSubmit rather than a form action: React resets a form after its action, which would wipe an editor's typing
  // exactly when a conflict or a validation error asks them to look at it again.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { claimId: claim.id, version, text: String(form.get("text") ?? "") };
    const sourceId = String(form.get("sourceId") ?? "");
    setMessage(null);
    start(async () => {
      try {
        const result = await editClaimAction({ ...input, sourceId: sourceId || undefined });
        if (!result.ok) {
          setMessage({ kind: "error", text: result.code === "conflict" ? conflictMessage : result.message });
          return;
        }
        const changed = result.version !== version;
        setVersion(result.version);
        setMessage({ kind: "saved", text: changed ? "Correction saved." : "Nothing changed." });
        if (changed) router.refresh();
      } catch {
        setMessage({ kind: "error", text: "The correction could not be saved. Check your connection and try again." });
      }
    });
  }

  return (
    <section className="card correction" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} style={{ marginTop: 0 }}>
        Correct this claim
      </h2>
      <p className="muted">Fix the claim&rsquo;s wording or source. The original stays in the history below.</p>
      <form onSubmit={submit} aria-labelledby={ids.heading} aria-describedby={message ? ids.message : undefined}>
        {/* Labels point at their controls (htmlFor), not around them: a wrapping label's text would include the
            claim's own words and every source's name, and "Source" would match the claim text's label too. */}
        <div className="field">
          <label className="field-label" htmlFor={ids.text}>
            Claim text
          </label>
          <textarea id={ids.text} name="text" defaultValue={claim.text} required rows={3} maxLength={5000} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.source}>
            Source
          </label>
          <select id={ids.source} name="sourceId" defaultValue={claim.sourceId}>
            {[...sources]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
            {pending ? "Saving…" : "Save correction"}
          </button>
          {message ? (
            <p
              id={ids.message}
              role={message.kind === "error" ? "alert" : "status"}
              className={message.kind === "error" ? "alert" : "alert info"}
            >
              {message.text}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
