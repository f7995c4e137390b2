"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decideGroupAction, mergeGroupsAction, moveOutAction } from "@/lib/groups/actions";

/**
 * The editor's controls on a group: confirm or dismiss its flag, merge another group into it (by id), with a
 * reason. Answers from the server are announced in a live region.
 *
 * @example <GroupDecisions groupId={group.id} decision={group.decision} />
 */
export function GroupDecisions({ groupId, decision }: { groupId: string; decision: string | null }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState("");
  const [other, setOther] = useState("");
  const [reason, setReason] = useState("");

  function run(action: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    start(async () => {
      const result = await action();
      setMessage(result.ok ? done : (result.message ?? "Failed."));
      if (result.ok) router.refresh();
    });
  }

  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Editor decision</h2>
      <p>
        Flag decision: <strong data-testid="group-decision">{decision ?? "none"}</strong>
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={pending || decision === "confirmed"}
          onClick={() => run(() => decideGroupAction({ groupId, decision: "confirmed" }), "Flag confirmed.")}
        >
          Confirm flag
        </button>
        <button
          type="button"
          className="button"
          disabled={pending || decision === "dismissed"}
          onClick={() => run(() => decideGroupAction({ groupId, decision: "dismissed" }), "Flag dismissed.")}
        >
          Dismiss flag
        </button>
        {decision ? (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => run(() => decideGroupAction({ groupId, decision: null }), "Decision cleared.")}
          >
            Clear decision
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
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState("");
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={pending}
        aria-label={`Move ${label} out of this group`}
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
