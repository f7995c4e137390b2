"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { correctFigureAction, setHeadlineFigureAction } from "@/lib/claims/actions";
import type { Figure } from "@/lib/claims/schema";
import type { Modifier } from "@/lib/extract/schema";

/** The qualifiers an editor picks from, in the words an article uses. */
export const QUALIFIERS: ReadonlyArray<readonly [Modifier, string]> = [
  ["exact", "exactly (as stated)"],
  ["approximately", "about"],
  ["atLeast", "at least"],
  ["moreThan", "over"],
  ["atMost", "at most"],
  ["lessThan", "under"],
  ["range", "between (low and high)"],
  ["fraction", "a share"],
];

const conflictMessage = "Someone else changed this claim; reload to see their change.";

type Message = { kind: "error" | "saved"; text: string } | null;

function numberOrNull(raw: FormDataEntryValue | null): number | null | "invalid" {
  const text = String(raw ?? "").trim();
  if (text === "") return null;
  const n = Number(text.replaceAll(",", ""));
  return Number.isFinite(n) ? n : "invalid";
}

/**
 * One figure of a claim as an editable row: value, qualifier, low/high, unit and counted concept, saved with the
 * claim version the editor saw (a concurrent change is a conflict, never overwritten). Low and high follow the value
 * and qualifier unless the editor changes them. "As written" is shown, never edited. Rendered for editors only; the
 * server refuses anyone else regardless.
 *
 * @example <FigureEditor claimId={claim.id} version={claim.version} figure={f} index={1} headline={false} />
 */
export function FigureEditor({
  claimId,
  version: pageVersion,
  figure,
  index,
  headline,
}: {
  claimId: string;
  version: number;
  figure: Figure;
  index: number;
  headline: boolean;
}) {
  const canEdit = useCan("editor");
  const router = useRouter();
  const [savedVersion, setSavedVersion] = useState(pageVersion);
  const [boundsTouched, setBoundsTouched] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();
  const ids = { heading: useId(), bounds: useId(), message: useId() };
  // Inputs are keyed by the stored field: after a save the page re-renders, and a field the server changed (bounds
  // derived from a new value) shows its new value while the form, and its "saved" message, stay.
  if (!canEdit) return null;
  // The page re-renders with a newer version after any save on it (this form's or another figure's).
  const version = Math.max(savedVersion, pageVersion);
  const name = `Figure ${index + 1}: “${figure.text}”`;

  function done(result: Awaited<ReturnType<typeof correctFigureAction>>, saved: string) {
    if (!result.ok) {
      setMessage({ kind: "error", text: result.code === "conflict" ? conflictMessage : result.message });
      return;
    }
    const changed = result.version !== version;
    setSavedVersion(result.version);
    setBoundsTouched(false);
    setMessage({ kind: "saved", text: changed ? saved : "Nothing changed." });
    if (changed) router.refresh();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = numberOrNull(form.get("value"));
    const low = numberOrNull(form.get("low"));
    const high = numberOrNull(form.get("high"));
    if (value === null || value === "invalid" || low === "invalid" || high === "invalid") {
      setMessage({ kind: "error", text: "The value, low and high must be numbers." });
      return;
    }
    const input = {
      claimId,
      version,
      quantityId: figure.id,
      value,
      modifier: String(form.get("modifier")),
      unit: String(form.get("unit") ?? ""),
      concept: String(form.get("concept") ?? ""),
      ...(boundsTouched ? { low, high } : {}),
    };
    setMessage(null);
    start(async () => {
      try {
        done(await correctFigureAction(input), "Figure corrected.");
      } catch {
        setMessage({ kind: "error", text: "The correction could not be saved. Check your connection and try again." });
      }
    });
  }

  function makeHeadline() {
    setMessage(null);
    start(async () => {
      try {
        done(await setHeadlineFigureAction({ claimId, version, quantityId: figure.id }), "Now the headline figure.");
      } catch {
        setMessage({ kind: "error", text: "The change could not be saved. Check your connection and try again." });
      }
    });
  }

  return (
    <form
      className="figure-editor"
      onSubmit={submit}
      aria-label={name}
      aria-describedby={message ? ids.message : undefined}
    >
      <h3 id={ids.heading}>
        {name} {headline ? <span className="badge">headline</span> : null}
      </h3>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Value</span>
          <input key={figure.value} name="value" inputMode="decimal" defaultValue={String(figure.value)} required />
        </label>
        <label className="field">
          <span className="field-label">Qualifier</span>
          <select key={figure.modifier} name="modifier" defaultValue={figure.modifier}>
            {QUALIFIERS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Low</span>
          <input
            key={String(figure.low)}
            name="low"
            inputMode="decimal"
            defaultValue={figure.low === null ? "" : String(figure.low)}
            onChange={() => setBoundsTouched(true)}
            aria-describedby={ids.bounds}
          />
        </label>
        <label className="field">
          <span className="field-label">High</span>
          <input
            key={String(figure.high)}
            name="high"
            inputMode="decimal"
            defaultValue={figure.high === null ? "" : String(figure.high)}
            onChange={() => setBoundsTouched(true)}
            aria-describedby={ids.bounds}
          />
        </label>
      </div>
      <p id={ids.bounds} className="hint">
        Low and high follow the value and qualifier unless you change them; leave one empty for no bound.
      </p>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Unit</span>
          <input key={figure.unit ?? ""} name="unit" defaultValue={figure.unit ?? ""} maxLength={60} />
        </label>
        <label className="field">
          <span className="field-label">Counted concept</span>
          <input key={figure.concept ?? ""} name="concept" defaultValue={figure.concept ?? ""} maxLength={200} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? "Saving…" : "Save figure"}
        </button>
        {headline ? null : (
          <button type="button" className="button" disabled={pending} onClick={makeHeadline}>
            Make headline figure
          </button>
        )}
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
  );
}
