"use client";

import { type RefObject, useEffect, useState } from "react";

/** Focus is in something that takes typing: keys there are the user's text, not commands. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
}

/**
 * Keyboard moves through the claims table (issue 13 item 3): `j` / `k` make the next / previous row current (its claim
 * link takes focus, so Enter opens it), `s` moves focus to the current row's status menu (editors; arrow keys then
 * change it). Ignored while typing in a field or with a modifier held; the current row is the row index returned.
 *
 * @example
 * const active = useRowKeys(tbodyRef, rows.length);
 * <tr data-active={active === i ? "true" : undefined}>
 */
export function useRowKeys(body: RefObject<HTMLTableSectionElement | null>, rowCount: number): number | null {
  const [active, setActive] = useState<number | null>(null);
  // A new page of rows starts with no current row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: rowCount stands for the page's rows.
  useEffect(() => setActive(null), [rowCount]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const rows = body.current?.querySelectorAll<HTMLTableRowElement>("tr[id^='claim-']");
      if (!rows || rows.length === 0) return;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        setActive((current) => {
          const next =
            current === null
              ? event.key === "j"
                ? 0
                : rows.length - 1
              : Math.min(rows.length - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)));
          const row = rows[next];
          row.scrollIntoView({ block: "nearest" });
          row.querySelector<HTMLElement>("a[href]")?.focus({ preventScroll: true });
          return next;
        });
      } else if (event.key === "s" && active !== null) {
        const status = rows[active]?.querySelector<HTMLSelectElement>("select");
        if (status) {
          event.preventDefault();
          status.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [body, active]);
  return active;
}
