"use client";

import { useState, useTransition } from "react";
import { bulkAssignAction, bulkStatusAction, undoBulkStatusAction } from "@/lib/claims/actions";
import type { ClaimsQuery } from "@/lib/claims/query-schema";
import { type ClaimStatus, claimStatusSchema } from "@/lib/claims/schema";
import { bulkCommentAction, undoBulkCommentAction } from "@/lib/comments/actions";
import { statusOptions } from "./status-options";
import type { Person } from "./toolbar";
import { useDocumentScope } from "./use-document-scope";

/** What the last bulk change did ("Set 30 claims to verified.", "Assigned 30 claims to Ed."), for its Undo. */
interface LastBulk {
  bulkId: string;
  done: string;
  /** What undo puts back (a bulk comment's undo deletes its comments). */
  what: "status" | "assignee" | "comment";
  undone?: { restored: number; kept: number };
}

/** The assign select's value for "nobody". */
const NOBODY = "";

const labelOf = (status: ClaimStatus) => statusOptions.find((o) => o.value === status)?.label.toLowerCase() ?? status;
const claims = (n: number) => `${n.toLocaleString("en-US")} claim${n === 1 ? "" : "s"}`;

/**
 * The bulk toolbar over the claims table: "N selected", the "Select all N matching" link when a whole page is
 * selected, "Set status of N claims to [status] [Apply]" and "Assign N claims to [person] [Assign]" (editors and
 * admins), "Comment on N claims [text] [Post comment]" (reviewers and up), and after a change "Set 30 claims to
 * verified. [Undo]".
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
  people,
  canEdit,
  onSelectAllMatching,
  onClear,
}: {
  selectedIds: string[];
  allMatching: boolean;
  pageSelected: boolean;
  total: number;
  query: ClaimsQuery;
  /** Who claims can be assigned to; none: no Assign control. */
  people: Person[];
  /** Editors and admins set status and assign; reviewers only comment. */
  canEdit: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const [status, setStatus] = useState<ClaimStatus>("corroborated");
  const [assignee, setAssignee] = useState<string>(people[0]?.id ?? NOBODY);
  const [note, setNote] = useState("");
  const [last, setLast] = useState<LastBulk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const count = allMatching ? total : selectedIds.length;
  // On a document's page "all matching" means that document's claims, not every claim matching the other filters.
  const documentId = useDocumentScope();

  /** The claims the change acts on: the selected ids, or the table's filters (the server resolves them). */
  function target() {
    const { status: s, flag, source, document, assignee: a, q } = query;
    const scoped = documentId ? [documentId] : document;
    return allMatching
      ? { filter: { status: s, flag, source, document: scoped, assignee: a, q } }
      : { ids: selectedIds };
  }

  function apply() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await bulkStatusAction({ status, ...target() });
        if (!result.ok) return setError(result.message);
        if (!("bulkId" in result)) return;
        setLast({
          bulkId: result.bulkId,
          done: `Set ${claims(result.changed)} to ${labelOf(result.status)}.`,
          what: "status",
        });
        onClear();
      } catch {
        setError("The change could not be saved. Check your connection and try again.");
      }
    });
  }

  function assign() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await bulkAssignAction({ assigneeId: assignee === NOBODY ? null : assignee, ...target() });
        if (!result.ok) return setError(result.message);
        if (!("bulkId" in result)) return;
        const to = result.assignee ? `Assigned ${claims(result.changed)} to ${result.assignee.name}.` : null;
        setLast({ bulkId: result.bulkId, done: to ?? `Unassigned ${claims(result.changed)}.`, what: "assignee" });
        onClear();
      } catch {
        setError("The change could not be saved. Check your connection and try again.");
      }
    });
  }

  function comment() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await bulkCommentAction({ body: note, ...target() });
        if (!result.ok) return setError(result.message);
        setLast({ bulkId: result.bulkId, done: `Commented on ${claims(result.commented)}.`, what: "comment" });
        setNote("");
        onClear();
      } catch {
        setError("The comment could not be saved. Check your connection and try again.");
      }
    });
  }

  function undo(bulk: LastBulk) {
    setError(null);
    startTransition(async () => {
      try {
        if (bulk.what === "comment") {
          const result = await undoBulkCommentAction(bulk.bulkId);
          if (!result.ok) return setError(result.message);
          return setLast({ ...bulk, undone: { restored: result.removed, kept: result.kept } });
        }
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
    <section className="bulk-bar" aria-label="Bulk changes" aria-busy={pending || undefined}>
      {count > 0 ? (
        <p className="bulk-selection">
          {allMatching ? (
            <span>All {claims(total)} matching these filters are selected. </span>
          ) : (
            <span>{claims(count)} selected. </span>
          )}
          {!allMatching && pageSelected && total > selectedIds.length ? (
            <button type="button" className="link-button" onClick={onSelectAllMatching}>
              Select all {total.toLocaleString("en-US")} matching
            </button>
          ) : null}{" "}
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
        </p>
      ) : null}
      {count > 0 && canEdit ? (
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
          </button>
        </form>
      ) : null}
      {count > 0 && canEdit && people.length > 0 ? (
        <form
          className="bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            assign();
          }}
        >
          <label>
            Assign {claims(count)} to{" "}
            <select value={assignee} onChange={(event) => setAssignee(event.target.value)} aria-label="Assign to">
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
              <option value={NOBODY}>Nobody (unassign)</option>
            </select>
          </label>{" "}
          <button type="submit" className="button" disabled={pending}>
            Assign
          </button>
        </form>
      ) : null}
      {count > 0 ? (
        <form
          className="bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            comment();
          }}
        >
          <label>
            Comment on {claims(count)}{" "}
            <input
              value={note}
              required
              maxLength={10_000}
              onChange={(event) => setNote(event.target.value)}
              aria-label="Comment on the selected claims"
              placeholder="Starts a thread on each claim"
            />
          </label>{" "}
          <button type="submit" className="button" disabled={pending}>
            Post comment
          </button>
        </form>
      ) : null}
      <p role="status" className="bulk-status">
        {last && !last.undone ? (
          <>
            {last.done}{" "}
            <button type="button" className="button" onClick={() => undo(last)} disabled={pending}>
              Undo
            </button>
          </>
        ) : null}
        {last?.undone ? (
          <>
            {last.what === "comment"
              ? `Undone: ${last.undone.restored.toLocaleString("en-US")} comment${last.undone.restored === 1 ? "" : "s"} deleted.`
              : `Undone: ${claims(last.undone.restored)} back to their ${last.what} before.`}
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
