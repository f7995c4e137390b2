"use client";

import { useId, useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { useHydrated } from "@/components/ui/use-hydrated";
import { updateClaimStatusAction } from "@/lib/claims/actions";
import { type ClaimStatus, claimStatusSchema } from "@/lib/claims/schema";
import { StatusBadge } from "./status-badge";
import { statusOptions } from "./status-options";

const conflictMessage = "Someone else changed this claim; reload to see their change.";

/**
 * Inline status select. The new status shows at once (optimistic); the save carries the version the editor saw, so
 * a concurrent change comes back as a conflict and the select reverts instead of silently overwriting.
 *
 * @example <StatusCell claimId="c1" claimLabel="800 fighters crossed" status="unverified" version={1} />
 */
export function StatusCell({
  claimId,
  claimLabel,
  status,
  version,
}: {
  claimId: string;
  claimLabel: string;
  status: ClaimStatus;
  version: number;
}) {
  const [saved, setSaved] = useState({ status, version });
  const [shown, setShown] = useState<ClaimStatus>(status);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errorId = useId();
  // Below editor the control is not rendered at all (the server refuses a forged change anyway).
  const canEdit = useCan("editor");
  // A choice made on the server-rendered page, before React owns it, was replayed at hydration with the old value:
  // a clean-clone CI run saved "unverified" for a click on "refuted". The select waits for hydration.
  const hydrated = useHydrated();

  function change(value: string) {
    const next = claimStatusSchema.parse(value);
    const before = saved;
    setShown(next);
    setError(null);
    startTransition(async () => {
      try {
        const result = await updateClaimStatusAction({ claimId, status: next, version: before.version });
        if (result.ok) {
          setSaved({ status: next, version: result.version });
          return;
        }
        setShown(before.status);
        setError(result.code === "conflict" ? conflictMessage : result.message);
      } catch {
        setShown(before.status);
        setError("The status could not be saved. Check your connection and try again.");
      }
    });
  }

  if (!canEdit) return <StatusBadge status={shown} />;

  return (
    <div>
      <select
        className="status-select"
        aria-label={`Status of “${claimLabel}”`}
        aria-describedby={error ? errorId : undefined}
        aria-busy={pending || undefined}
        data-status={shown}
        disabled={!hydrated}
        value={shown}
        onChange={(event) => change(event.target.value)}
      >
        {statusOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.glyph} {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={errorId} role="alert" className="status-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
