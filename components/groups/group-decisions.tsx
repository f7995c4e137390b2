"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { TriageBadge } from "@/components/claims-table/triage-badge";
import { decideGroupAction, mergeGroupsAction, moveOutAction } from "@/lib/groups/actions";

/**
 * The group's triage state (the same badge as the table's) and, for editors only, the controls: confirm, dismiss
 * with a reason, back to unreviewed, merge another group into it (by id). Answers are announced in a live region.
 *
 * @example <GroupDecisions groupId={group.id} decision={group.decision} reason={group.decisionReason} />
 */
export function GroupDecisions({
  groupId,
  decision,
  reason: storedReason,
}: {
  groupId: string;
  decision: string | null;
  reason: string | null;
}) {
  const canDecide = useCan("editor");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState("");
  const [other, setOther] = useState("");
  const [reason, setReason] = useState("");
  const [dismissReason, setDismissReason] = useState("");

  function run(action: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    start(async () => {
      const result = await action();
      setMessage(result.ok ? done : (result.message ?? "Failed."));
      if (result.ok) router.refresh();
    });
  }

  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Triage</h2>
      <p>
        Flag: <TriageBadge decision={decision} reason={storedReason} testId="group-decision" />
      </p>
      {canDecide ? (
        <>
          <div className="toolbar">
            <button
              type="button"
              className="button"
              disabled={pending || decision === "confirmed"}
              onClick={() => run(() => decideGroupAction({ groupId, decision: "confirmed" }), "Flag confirmed.")}
            >
              Confirm flag
            </button>
            <label className="field">
              Reason for dismissing
              <input value={dismissReason} onChange={(e) => setDismissReason(e.target.value)} maxLength={500} />
            </label>
            <button
              type="button"
              className="button"
              disabled={pending || decision === "dismissed"}
              onClick={() =>
                run(
                  () => decideGroupAction({ groupId, decision: "dismissed", reason: dismissReason }),
                  "Flag dismissed.",
                )
              }
            >
              Dismiss flag
            </button>
            {decision ? (
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => run(() => decideGroupAction({ groupId, decision: null }), "Back to unreviewed.")}
              >
                Mark unreviewed
              </button>
            ) : null}
          </div>
          <form
            className="field-row"
            onSubmit={(event) => {
              event.preventDefault();
              run(() => mergeGroupsAction({ intoId: groupId, fromId: other.trim(), reason }), "Groups merged.");
            }}
          >
            <label className="field">
              Merge group (id)
              <input value={other} onChange={(e) => setOther(e.target.value)} required />
            </label>
            <label className="field">
              Reason
              <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
            </label>
            <button type="submit" className="button" disabled={pending}>
              Merge into this group
            </button>
          </form>
        </>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

/**
 * Moves one figure out of the group after asking for a reason.
 * @example <MoveOutButton groupId={group.id} quantityId={f.quantityId} label={f.figure} />
 */
export function MoveOutButton({ groupId, quantityId, label }: { groupId: string; quantityId: string; label: string }) {
  const canMove = useCan("editor");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState("");
  if (!canMove) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={pending}
        aria-label={`Move out ${label} (into a group of its own)`}
        onClick={() => {
          const reason = window.prompt(`Why is ${label} not the same figure?`) ?? "";
          if (reason.trim() === "") return;
          start(async () => {
            const result = await moveOutAction({ groupId, quantityId, reason });
            if (result.ok) router.refresh();
            else setError(result.message);
          });
        }}
      >
        Move out
      </button>
      {error ? <span className="status-error">{error}</span> : null}
    </>
  );
}
