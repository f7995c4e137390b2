"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useCan } from "@/components/auth/viewer-context";
import type { Person } from "@/components/claims-table/toolbar";
import { useHydrated } from "@/components/ui/use-hydrated";
import { bulkAssignAction } from "@/lib/claims/actions";

/** The select's value for "nobody". */
const NOBODY = "";

/**
 * The claim page's Assignee: editors and admins pick who checks the claim (the same command as the table's bulk
 * Assign, for one claim); everyone else reads the name. Waits for hydration like the status select.
 *
 * @example <AssigneeSelect claimId="c1" assignee={{ id: "u1", name: "Ed" }} people={people} />
 */
export function AssigneeSelect({
  claimId,
  assignee,
  people,
}: {
  claimId: string;
  assignee: Person | null;
  people: Person[];
}) {
  const canEdit = useCan("editor");
  const hydrated = useHydrated();
  const router = useRouter();
  const [shown, setShown] = useState(assignee?.id ?? NOBODY);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!canEdit) return <span data-testid="assignee">{assignee?.name ?? "Nobody"}</span>;
  // A deleted or demoted assignee is still shown as the current value.
  const options = assignee && !people.some((p) => p.id === assignee.id) ? [assignee, ...people] : people;

  function change(value: string) {
    const before = shown;
    setShown(value);
    setError(null);
    startTransition(async () => {
      try {
        const result = await bulkAssignAction({ assigneeId: value === NOBODY ? null : value, ids: [claimId] });
        if (!result.ok) {
          setShown(before);
          setError(result.message);
          return;
        }
        router.refresh();
      } catch {
        setShown(before);
        setError("The assignment could not be saved. Check your connection and try again.");
      }
    });
  }

  return (
    <span>
      <select
        aria-label="Assignee"
        value={shown}
        disabled={!hydrated || pending}
        onChange={(event) => change(event.target.value)}
      >
        <option value={NOBODY}>Nobody</option>
        {options.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="status-error">
          {" "}
          {error}
        </span>
      ) : null}
    </span>
  );
}
