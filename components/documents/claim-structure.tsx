"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { addClaimAction, mergeClaimsAction, splitClaimAction } from "@/lib/claims/actions";
import type { StructureClaim } from "@/lib/claims/structure-data";

const TEXT_ID = "document-text";
const AS_WRITTEN = "";
const OTHER = "__other__";

/**
 * Where a DOM point (a selection's end) sits in the document text: the run it is in carries its offsets
 * (data-start/data-end, highlighted-text.tsx); a point past the run's text (the ⚠ glyph) is its end.
 */
function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  if (node === root) {
    const runs = [...root.children] as HTMLElement[];
    if (runs.length === 0) return 0;
    const run = runs[Math.min(offset, runs.length - 1)];
    return offset >= runs.length ? Number(run.dataset.end) : Number(run.dataset.start);
  }
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const run = element?.closest<HTMLElement>("[data-start]");
  if (!run || !root.contains(run)) return null;
  const range = document.createRange();
  range.setStart(run, 0);
  range.setEnd(node, offset);
  const start = Number(run.dataset.start);
  return Math.min(start + range.toString().length, Number(run.dataset.end));
}

function readSelection(): { start: number; end: number; text: string } | null {
  const root = document.getElementById(TEXT_ID);
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset, root);
  const end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: selection.toString() };
}

/**
 * Editors shape the document's claims: a new claim from the text selected above (its figures and source read by
 * the extractor, or a source they pick), a claim split before one of its figures, two adjacent claims merged.
 * Rendered for editors and admins only; the server refuses everyone else anyway.
 *
 * @example <ClaimStructureTools documentId={doc.id} claims={view.claims} sources={view.sources} />
 */
export function ClaimStructureTools(props: {
  documentId: string;
  claims: StructureClaim[];
  sources: Array<{ id: string; name: string }>;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);
  const [source, setSource] = useState(AS_WRITTEN);
  const [typed, setTyped] = useState("");
  const [message, setMessage] = useState("");

  useEffect(() => {
    const onChange = () => {
      const read = readSelection();
      if (read) setSelection(read);
    };
    document.addEventListener("selectionchange", onChange);
    // Words selected before React took over the page (a clean-clone CI run selected them during hydration, and the
    // tools kept saying "Select words"): read the selection as it stands once the listener is in place.
    onChange();
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  function run(action: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMessage(done);
        setSelection(null);
        router.refresh();
      } else setMessage(result.message);
    });
  }

  const preview = selection
    ? selection.text.length > 120
      ? `${selection.text.slice(0, 117)}…`
      : selection.text
    : null;

  return (
    <section aria-labelledby={`${id}-heading`} className="card claim-structure">
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Add, split or merge claims
      </h2>
      <form
        aria-label="New claim from the selected text"
        onSubmit={(event) => {
          event.preventDefault();
          if (!selection) {
            setMessage("Select the words of the claim in the text above first.");
            return;
          }
          const choice = source === OTHER ? { sourceName: typed } : source === AS_WRITTEN ? {} : { sourceId: source };
          run(
            () =>
              addClaimAction({ documentId: props.documentId, start: selection.start, end: selection.end, ...choice }),
            "Claim added.",
          );
        }}
      >
        <p data-testid="selected-text">
          {preview ? (
            <>
              Selected: <q>{preview}</q>
            </>
          ) : (
            "Select words in the text above to make them a claim."
          )}
        </p>
        <div className="field-row">
          <label className="field" htmlFor={`${id}-source`}>
            Source
            <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)}>
              <option value={AS_WRITTEN}>As the text attributes it</option>
              {props.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value={OTHER}>Another source…</option>
            </select>
          </label>
          {source === OTHER ? (
            <label className="field" htmlFor={`${id}-typed`}>
              Source name
              <input
                id={`${id}-typed`}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                maxLength={200}
                required
              />
            </label>
          ) : null}
          <button type="submit" className="button" disabled={pending}>
            New claim from selection
          </button>
        </div>
      </form>
      <ul className="claim-structure-list">
        {props.claims.map((claim, i) => (
          <ClaimRow
            key={claim.id}
            claim={claim}
            next={props.claims.slice(i + 1).find((c) => c.start >= claim.end) ?? null}
            pending={pending}
            onSplit={(beforeFigure) =>
              run(() => splitClaimAction({ claimId: claim.id, version: claim.version, beforeFigure }), "Claim split.")
            }
            onMerge={(next, sourceId) =>
              run(
                () =>
                  mergeClaimsAction({
                    firstId: claim.id,
                    secondId: next.id,
                    firstVersion: claim.version,
                    secondVersion: next.version,
                    sourceId,
                  }),
                "Claims merged.",
              )
            }
          />
        ))}
      </ul>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function ClaimRow(props: {
  claim: StructureClaim;
  next: StructureClaim | null;
  pending: boolean;
  onSplit: (beforeFigure: number) => void;
  onMerge: (next: StructureClaim, sourceId: string) => void;
}) {
  const { claim, next } = props;
  const id = useId();
  const [before, setBefore] = useState(2);
  const [keep, setKeep] = useState(claim.sourceId);
  const differ = next !== null && next.sourceId !== claim.sourceId;
  return (
    <li data-testid="structure-claim" data-claim-id={claim.id}>
      <span>
        {claim.label}
        {claim.origin === "editor" ? <span className="badge"> editor’s claim</span> : null}
        {" · "}
        {claim.sourceName}
      </span>
      {claim.figures.length >= 2 ? (
        <span className="field-row">
          <label htmlFor={`${id}-before`}>
            Split before figure{" "}
            <select id={`${id}-before`} value={before} onChange={(e) => setBefore(Number(e.target.value))}>
              {claim.figures
                .map((text, k) => ({ text, n: k + 1 }))
                .slice(1)
                .map((f) => (
                  <option key={f.n} value={f.n}>
                    {f.n}: {f.text}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="button small"
            disabled={props.pending}
            onClick={() => props.onSplit(before)}
            aria-label={`Split “${claim.label}”`}
          >
            Split
          </button>
        </span>
      ) : null}
      {next ? (
        <span className="field-row">
          {differ ? (
            <label htmlFor={`${id}-keep`}>
              Keep source{" "}
              <select id={`${id}-keep`} value={keep} onChange={(e) => setKeep(e.target.value)}>
                <option value={claim.sourceId}>{claim.sourceName}</option>
                <option value={next.sourceId}>{next.sourceName}</option>
              </select>
            </label>
          ) : null}
          <button
            type="button"
            className="button small"
            disabled={props.pending}
            onClick={() => props.onMerge(next, differ ? keep : claim.sourceId)}
            aria-label={`Merge with next: “${claim.label}”`}
          >
            Merge with next
          </button>
        </span>
      ) : null}
    </li>
  );
}
