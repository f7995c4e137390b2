"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { editClaimAction } from "@/lib/evidence/actions";

const conflictMessage = "Someone else changed this claim; reload to see their change.";

export interface CorrectableClaim {
  id: string;
  version: number;
  text: string;
  start: number;
  end: number;
  sourceId: string;
  /** The first figure, or null when the claim carries none (then there is no value to correct). */
  quantity: { value: number; low: number | null; high: number | null } | null;
}

type Message = { kind: "error" | "saved"; text: string } | null;

function whole(form: FormData, name: string): number {
  const raw = String(form.get(name) ?? "").trim();
  return raw === "" ? Number.NaN : Number(raw);
}

/**
 * The editor's form for fixing what extraction got wrong: text, span, the first figure's value and the source. It
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
  const [version, setVersion] = useState(claim.version);
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();
  const ids = { heading: useId(), span: useId(), value: useId(), message: useId() };
  if (!canEdit) return null;

  // onSubmit rather than a form action: React resets a form after its action, which would wipe an editor's typing
  // exactly when a conflict or a validation error asks them to look at it again.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const span = { start: whole(form, "start"), end: whole(form, "end") };
    const value = claim.quantity ? whole(form, "value") : undefined;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < 0) {
      setMessage({ kind: "error", text: "The span's start and end must be whole numbers, 0 or more." });
      return;
    }
    if (value !== undefined && !Number.isFinite(value)) {
      setMessage({ kind: "error", text: "The value must be a number." });
      return;
    }
    const input = { claimId: claim.id, version, text: String(form.get("text") ?? ""), ...span, value };
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

  const hasRange = claim.quantity !== null && (claim.quantity.low !== null || claim.quantity.high !== null);
  return (
    <section className="card correction" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} style={{ marginTop: 0 }}>
        Correct this claim
      </h2>
      <p className="muted">Fix what extraction got wrong. The original stays in the history below.</p>
      <form onSubmit={submit} aria-labelledby={ids.heading} aria-describedby={message ? ids.message : undefined}>
        <label className="field">
          <span className="field-label">Claim text</span>
          <textarea name="text" defaultValue={claim.text} required rows={3} maxLength={5000} />
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field-label">Span start</span>
            <input
              name="start"
              type="number"
              min={0}
              step={1}
              defaultValue={claim.start}
              required
              aria-describedby={ids.span}
            />
          </label>
          <label className="field">
            <span className="field-label">Span end</span>
            <input
              name="end"
              type="number"
              min={0}
              step={1}
              defaultValue={claim.end}
              required
              aria-describedby={ids.span}
            />
          </label>
          {claim.quantity ? (
            <label className="field">
              <span className="field-label">Value</span>
              <input
                name="value"
                type="number"
                step="any"
                defaultValue={claim.quantity.value}
                required
                aria-describedby={hasRange ? ids.value : undefined}
              />
              {hasRange ? (
                <span id={ids.value} className="hint">
                  Saving a new value replaces the range with this single figure.
                </span>
              ) : null}
            </label>
          ) : null}
        </div>
        <p id={ids.span} className="hint">
          The span is character offsets into the document: start inclusive, end exclusive.
        </p>
        <label className="field">
          <span className="field-label">Source</span>
          <select name="sourceId" defaultValue={claim.sourceId}>
            {[...sources]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
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
