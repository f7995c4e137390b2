"use client";

import { type ReactNode, useCallback, useId, useRef, useState } from "react";
import { useDismiss } from "./use-dismiss";

/**
 * A disclosure button with a floating panel: aria-expanded on the button, the panel labelled by it; Escape closes and
 * returns focus to the button, a click outside closes.
 *
 * @example <Popover label="Columns" align="right">…checkboxes…</Popover>
 */
export function Popover({
  label,
  active = false,
  align = "left",
  onOpen,
  children,
}: {
  label: ReactNode;
  /** Highlights the button (a filter with values chosen). */
  active?: boolean;
  align?: "left" | "right";
  /** Called each time the panel opens (a filter loads its counts then, not with every page). */
  onOpen?: () => void;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);

  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        className={`button${active ? " is-active" : ""}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className={`popover-panel${align === "right" ? " align-right" : ""}`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
