"use client";

import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * Places a panel under its anchor with `position: fixed`, so a table's scroll container (overflow: auto) cannot clip
 * it. Keeps inside the viewport: right-aligned to the anchor when there is no room on the right, above it when there
 * is no room below. Follows scrolling and resizing while open.
 *
 * @example const style = useAnchoredPosition(open, buttonRef, panelRef); <div style={style} />
 */
export function useAnchoredPosition(
  open: boolean,
  anchor: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
): { position: "fixed"; top: number; left: number } | undefined {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!open) return;
    function update() {
      const a = anchor.current?.getBoundingClientRect();
      const p = panel.current?.getBoundingClientRect();
      if (!a) return;
      const width = p?.width ?? 0;
      const height = p?.height ?? 0;
      const margin = 8;
      let left = a.left;
      if (left + width > window.innerWidth - margin) left = Math.max(margin, a.right - width);
      let top = a.bottom + 4;
      if (top + height > window.innerHeight - margin && a.top - height - 4 > margin) top = a.top - height - 4;
      setPlace({ top, left });
    }
    update();
    // The panel's own size is known only after the first placement.
    const frame = requestAnimationFrame(update);
    window.addEventListener("scroll", update, true);
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update, true);
      window.removeEventListener("resize", update);
    };
  }, [open, anchor, panel]);

  return open && place ? { position: "fixed", top: place.top, left: place.left } : undefined;
}
