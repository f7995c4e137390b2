"use client";

import { useState, useTransition } from "react";
import { decideFlagAction } from "@/lib/claims/actions";

type Decision = "confirmed" | "dismissed" | null;

/**
 * An editor's verdict on a discrepancy flag: confirm it, dismiss it, or clear the decision. The decision belongs to the
 * group and survives re-analysis; the server refuses it to anyone below editor and the message says so.
 *
 * @example <FlagDecision groupId={flag.groupId} decision={flag.decision} />
 */
export function FlagDecision({ groupId, decision }: { groupId: string; decision: Decision }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function decide(next: Decision) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await decideFlagAction({ groupId, decision: next });
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
        <button type="button" className="button small" disabled={pending} onClick={() => decide("dismissed")}>
          Dismiss flag
        </button>
      )}
      {decision ? (
        <button type="button" className="button small" disabled={pending} onClick={() => decide(null)}>
          Clear decision
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
