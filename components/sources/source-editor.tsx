"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { editSourceAction, findMergeTargetsAction, mergeSourceAction } from "@/lib/sources/actions";

const KINDS = ["person", "organization", "outlet", "official", "anonymous", "document", "poll", "unattributed"];

type Target = { id: string; name: string; label: string; kind: string; claimCount: number; version: number };

/**
 * Editors rename a source, change its kind and affiliation, or merge it into another (found by name), with the
 * version they read: when someone else saved first, the server says so and nothing is overwritten. Rendered only
 * for editors and admins (the server refuses everyone else anyway).
 * @example <SourceEditor source={{ id, name, kind, affiliation, version }} />
 */
export function SourceEditor({
  source,
}: {
  source: { id: string; name: string; kind: string; affiliation: string | null; version: number };
}) {
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const [name, setName] = useState(source.name);
  const [kind, setKind] = useState(source.kind);
  const [affiliation, setAffiliation] = useState(source.affiliation ?? "");
  const [message, setMessage] = useState("");
  const [needle, setNeedle] = useState("");
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [mergeMessage, setMergeMessage] = useState("");

  return (
    <details className="card document-details">
      <summary>Edit source (name, kind, affiliation) or merge it into another</summary>
      <form
        aria-label="Edit the source"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await editSourceAction(source.id, { name, kind, affiliation, version: source.version });
            if (result.ok) {
              setMessage("Saved. Its claims show the new name; the old one stays an alias.");
              router.refresh();
            } else setMessage(result.message);
          });
        }}
      >
        <div className="field-row">
          <label className="field" htmlFor={`${id}-name`}>
            Name
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          </label>
          <label className="field" htmlFor={`${id}-kind`}>
            Kind
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={`${id}-affiliation`}>
            Affiliation (empty: none)
            <input
              id={`${id}-affiliation`}
              value={affiliation}
              onChange={(e) => setAffiliation(e.target.value)}
              maxLength={200}
            />
          </label>
          <button type="submit" className="button" disabled={pending}>
            Save source
          </button>
        </div>
        <p role="status" aria-live="polite">
          {message}
        </p>
      </form>
      <form
        aria-label="Merge into another source"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => setTargets(await findMergeTargetsAction(needle, source.id)));
        }}
      >
        <div className="field-row">
          <label className="field" htmlFor={`${id}-find`}>
            Merge into (find by name)
            <input id={`${id}-find`} type="search" value={needle} onChange={(e) => setNeedle(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={pending || needle.trim() === ""}>
            Find
          </button>
        </div>
        {targets !== null && targets.length === 0 ? (
          <p className="muted">No other source has that in its name.</p>
        ) : null}
        {targets && targets.length > 0 ? (
          <ul className="merge-targets">
            {targets.map((t) => (
              <li key={t.id}>
                {t.label} <span className="source-kind">{t.kind}</span> · {t.claimCount.toLocaleString("en-US")} claims{" "}
                <button
                  type="button"
                  className="button"
                  disabled={pending}
                  onClick={() =>
                    start(async () => {
                      if (!window.confirm(`Merge “${source.name}” into “${t.label}”? Its claims move there.`)) return;
                      const result = await mergeSourceAction(source.id, {
                        intoId: t.id,
                        version: source.version,
                        intoVersion: t.version,
                      });
                      if (result.ok) router.push(`/sources/${result.id}`);
                      else setMergeMessage(result.message);
                    })
                  }
                >
                  Merge into {t.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p role="status" aria-live="polite">
          {mergeMessage}
        </p>
      </form>
    </details>
  );
}
