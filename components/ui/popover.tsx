"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";

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
  children,
}: {
  label: ReactNode;
  /** Highlights the button (a filter with values chosen). */
  active?: boolean;
  align?: "left" | "right";
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        className={`button${active ? " is-active" : ""}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
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
