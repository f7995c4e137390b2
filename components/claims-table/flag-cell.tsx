"use client";

import { useCallback, useId, useRef, useState } from "react";
import { useAnchoredPosition } from "@/components/ui/use-anchored-position";
import { useDismiss } from "@/components/ui/use-dismiss";
import type { ClaimRow } from "@/lib/claims/schema";
import { FlagDecision } from "./flag-decision";
import { TriageBadge } from "./triage-badge";

/**
 * The in-document discrepancy flag of a row: a button naming it in words ("Sources disagree: > 800 vs ~850") that
 * opens a small panel listing the other figures of the group with their sources (and, for editors, the triage
 * controls), and the flag's triage state beside it. Conflict and soft differ in glyph, wording and border style,
 * not only in colour.
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
  const word = conflict ? "Conflict" : "Different measures";
  const classes = [
    "flag",
    conflict ? "flag-conflict" : "flag-soft",
    flag.decision === "dismissed" ? "flag-dismissed" : "",
  ];

  return (
    <div className="flag-with-triage">
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
          {flag.summary}
          <span className="visually-hidden">
            {" "}
            ({conflict ? "conflict" : "different measures"} flag in this document on “{claimLabel}”)
          </span>
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
      <TriageBadge decision={flag.decision} reason={flag.reason} />
    </div>
  );
}
