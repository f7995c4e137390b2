"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Popover } from "@/components/ui/popover";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type ClaimsQuery, toSearchParams } from "@/lib/claims/query-schema";
import { deleteViewAction, saveViewAction } from "@/lib/views/actions";
import type { SavedView } from "@/lib/views/saved-views";

/**
 * The toolbar's "Views": the user's saved table states as links, each deletable, and "Save this view" under a name
 * (the same name replaces the older view). A view keeps filters, sort, page size and hidden columns, not the page.
 *
 * @example <SavedViews views={views} query={query} />
 */
export function SavedViews({ views, query }: { views: SavedView[]; query: ClaimsQuery }) {
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const { page: _page, ...state } = query;
  const current = toSearchParams(state).toString();

  function save() {
    setError(null);
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await saveViewAction({ name, query: current });
        if (!result.ok) return setError(result.message);
        setMessage(`${result.replaced ? "Replaced" : "Saved"} “${result.view.name}”.`);
        setName("");
      } catch {
        setError("The view could not be saved. Check your connection and try again.");
      }
    });
  }

  function remove(view: SavedView) {
    setError(null);
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await deleteViewAction(view.id);
        if (!result.ok) return setError(result.message);
        setMessage(`Deleted “${view.name}”.`);
      } catch {
        setError("The view could not be deleted. Check your connection and try again.");
      }
    });
  }

  return (
    // Keyed by the table state: opening a view (a new URL) closes the menu instead of leaving it open over the table.
    <Popover key={current} label={`Views${views.length ? ` (${views.length})` : ""}`} align="right">
      <div className="saved-views" aria-busy={pending || undefined}>
        {views.length === 0 ? (
          <p className="muted">No saved views yet.</p>
        ) : (
          <ul aria-label="Saved views" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {views.map((view) => (
              <li key={view.id}>
                <Link href={view.query ? `/claims?${view.query}` : "/claims"} className="option">
                  {view.name}
                </Link>{" "}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete view “${view.name}”`}
                  disabled={!hydrated || pending}
                  onClick={() => remove(view)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label>
            Name{" "}
            <input
              value={name}
              maxLength={80}
              required
              onChange={(event) => setName(event.target.value)}
              placeholder="e.g. Disputed tolls"
            />
          </label>{" "}
          <button type="submit" className="button" disabled={!hydrated || pending}>
            Save this view
          </button>
        </form>
        <p role="status">{message}</p>
        {error ? (
          <p role="alert" className="status-error">
            {error}
          </p>
        ) : null}
      </div>
    </Popover>
  );
}
