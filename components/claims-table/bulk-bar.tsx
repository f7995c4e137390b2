"use client";

import { useState, useTransition } from "react";
import { bulkStatusAction, undoBulkStatusAction } from "@/lib/claims/actions";
import { type ClaimStatus, type ClaimsQuery, claimStatusSchema } from "@/lib/claims/schema";
import { statusOptions } from "./status-options";

/** What the last bulk change did, for the status line and its Undo. */
interface LastBulk {
  bulkId: string;
  status: ClaimStatus;
  changed: number;
  undone?: { restored: number; kept: number };
}

const labelOf = (status: ClaimStatus) => statusOptions.find((o) => o.value === status)?.label.toLowerCase() ?? status;
const claims = (n: number) => `${n.toLocaleString("en-US")} claim${n === 1 ? "" : "s"}`;

/**
 * The bulk toolbar over the claims table (editors and admins): "Set status of N claims to [status] [Apply]", the
 * "Select all N matching" link when a whole page is selected, and after applying "Set 30 claims to verified. [Undo]".
 * Selecting all matching sends the table's filters; the server resolves them to claim ids (at most 10,000).
 *
 * @example <BulkBar selectedIds={ids} allMatching={false} pageSelected total={120} query={query} ... />
 */
export function BulkBar({
  selectedIds,
  allMatching,
  pageSelected,
  total,
  query,
  onSelectAllMatching,
  onClear,
}: {
  selectedIds: string[];
  allMatching: boolean;
  pageSelected: boolean;
  total: number;
  query: ClaimsQuery;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const [status, setStatus] = useState<ClaimStatus>("corroborated");
  const [last, setLast] = useState<LastBulk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const count = allMatching ? total : selectedIds.length;

  function apply() {
    setError(null);
    const { status: s, flag, source, document, q } = query;
    const input = allMatching
      ? { status, filter: { status: s, flag, source, document, q } }
      : { status, ids: selectedIds };
    startTransition(async () => {
      try {
        const result = await bulkStatusAction(input);
        if (!result.ok) return setError(result.message);
        if (!("bulkId" in result)) return;
        setLast({ bulkId: result.bulkId, status: result.status, changed: result.changed });
        onClear();
      } catch {
        setError("The change could not be saved. Check your connection and try again.");
      }
    });
  }

  function undo(bulk: LastBulk) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await undoBulkStatusAction(bulk.bulkId);
        if (!result.ok) return setError(result.message);
        if (!("restored" in result)) return;
        setLast({ ...bulk, undone: { restored: result.restored, kept: result.kept } });
      } catch {
        setError("The undo could not be saved. Check your connection and try again.");
      }
    });
  }

  if (count === 0 && !last && !error) return null;

  return (
    <section className="bulk-bar" aria-label="Bulk status" aria-busy={pending || undefined}>
      {count > 0 ? (
        <form
          className="bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <label>
            Set status of {claims(count)} to{" "}
            <select
              value={status}
              onChange={(event) => setStatus(claimStatusSchema.parse(event.target.value))}
              aria-label="New status"
            >
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.glyph} {option.label}
                </option>
              ))}
            </select>
          </label>{" "}
          <button type="submit" className="button primary" disabled={pending}>
            Apply
          </button>{" "}
          {allMatching ? (
            <span>All {claims(total)} matching these filters are selected. </span>
          ) : pageSelected && total > selectedIds.length ? (
            <button type="button" className="link-button" onClick={onSelectAllMatching}>
              Select all {total.toLocaleString("en-US")} matching
            </button>
          ) : null}{" "}
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
        </form>
      ) : null}
      <p role="status" className="bulk-status">
        {last && !last.undone ? (
          <>
            Set {claims(last.changed)} to {labelOf(last.status)}.{" "}
            <button type="button" className="button" onClick={() => undo(last)} disabled={pending}>
              Undo
            </button>
          </>
        ) : null}
        {last?.undone ? (
          <>
            Undone: {claims(last.undone.restored)} back to their status before.
            {last.undone.kept > 0
              ? ` ${claims(last.undone.kept)} ${last.undone.kept === 1 ? "was" : "were"} changed since and kept.`
              : ""}
          </>
        ) : null}
      </p>
      {error ? (
        <p role="alert" className="status-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
