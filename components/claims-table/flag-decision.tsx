"use client";

import { useId, useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { decideFlagAction } from "@/lib/claims/actions";

type Decision = "confirmed" | "dismissed" | null;

/**
 * An editor's triage of a discrepancy flag: confirm it, dismiss it with a reason, or put it back to unreviewed. The
 * decision belongs to the group (and its twin with the same figures), survives re-analysis, and shows the same on the
 * claim page and the group page. Not rendered for roles that cannot decide; the server refuses them regardless.
 *
 * @example <FlagDecision groupId={flag.groupId} decision={flag.decision} />
 */
export function FlagDecision({ groupId, decision }: { groupId: string; decision: Decision }) {
  const canDecide = useCan("editor");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  if (!canDecide) return null;

  function decide(next: Decision) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await decideFlagAction({ groupId, decision: next, reason: next === "dismissed" ? reason : "" });
        // The action revalidates the page, which re-renders with the new state.
        if (!result.ok) setError(result.message);
      } catch {
        setError("The decision could not be saved. Check your connection and try again.");
      }
    });
  }

  return (
    <div className="flag-decision" aria-busy={pending || undefined}>
      {decision === "confirmed" ? null : (
        <button type="button" className="button small" disabled={pending} onClick={() => decide("confirmed")}>
          Confirm discrepancy
        </button>
      )}
      {decision === "dismissed" ? null : (
        <>
          <label htmlFor={reasonId} className="visually-hidden">
            Reason for dismissing
          </label>
          <input
            id={reasonId}
            className="small"
            placeholder="Why dismiss? (required)"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
          />
          <button type="button" className="button small" disabled={pending} onClick={() => decide("dismissed")}>
            Dismiss flag
          </button>
        </>
      )}
      {decision ? (
        <button type="button" className="button small" disabled={pending} onClick={() => decide(null)}>
          Mark unreviewed
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="status-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
