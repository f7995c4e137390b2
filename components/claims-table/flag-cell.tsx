"use client";

import { useCallback, useId, useRef, useState } from "react";
import { useAnchoredPosition } from "@/components/ui/use-anchored-position";
import { useDismiss } from "@/components/ui/use-dismiss";
import type { ClaimRow } from "@/lib/claims/schema";
import { FlagDecision } from "./flag-decision";

/**
 * The discrepancy flag of a row: a button that opens a small panel listing the other figures of the group with their
 * sources. Conflict and soft differ in glyph, wording and border style, not only in colour.
 *
 * @example <FlagCell claimLabel="850 fighters crossed" flag={row.flag} />
 */
export function FlagCell({ claimLabel, flag }: { claimLabel: string; flag: ClaimRow["flag"] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const placement = useAnchoredPosition(open, button, panel);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);

  if (!flag) return <span className="muted">—</span>;
  const conflict = flag.verdict === "conflict";
  const word = conflict ? "Conflict" : "Soft";
  const classes = [
    "flag",
    conflict ? "flag-conflict" : "flag-soft",
    flag.decision === "dismissed" ? "flag-dismissed" : "",
  ];

  return (
    <div className={classes.filter(Boolean).join(" ")} ref={root}>
      <button
        ref={button}
        type="button"
        className="flag-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">{conflict ? "⚠" : "≈"}</span>
        {word}
        <span className="visually-hidden"> flag on “{claimLabel}”,</span>
        {flag.others.length > 0 ? (
          <span>
            {" "}
            {flag.others.length}
            <span className="visually-hidden"> other figure{flag.others.length === 1 ? "" : "s"}</span>
          </span>
        ) : null}
      </button>
      <section
        ref={panel}
        style={placement}
        id={panelId}
        className="flag-panel"
        aria-label={`${word} details`}
        hidden={!open}
      >
        <p>{flag.explanation}</p>
        {flag.decision ? <p className="muted">Editor decision: {flag.decision}</p> : null}
        <ul aria-label="Other figures">
          {flag.others.map((other) => (
            <li key={other.claimId}>
              <a href={`/claims/${other.claimId}`}>{other.display}</a> · {other.sourceName}
            </li>
          ))}
        </ul>
        <FlagDecision groupId={flag.groupId} decision={flag.decision} />
      </section>
    </div>
  );
}
