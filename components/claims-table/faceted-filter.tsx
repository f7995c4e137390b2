"use client";

import { useEffect, useRef, useState } from "react";
import { Popover } from "@/components/ui/popover";

export interface FacetOption {
  value: string;
  label: string;
  glyph?: string;
  count?: number;
}

/**
 * A filter button that opens a checkbox list; long lists get a search box. Each change goes straight to the URL.
 * A facet too large to list (`total` beyond its options) passes `search`: the box then also asks the server.
 *
 * @example <FacetedFilter title="Status" options={statusOptions} selected={["disputed"]} onChange={setStatus} />
 * @example <FacetedFilter title="Document" options={top} total={99384} search={(q) => find("document", q)} ... />
 */
export function FacetedFilter({
  title,
  options,
  selected,
  onChange,
  total,
  search,
  counts,
}: {
  title: string;
  options: ReadonlyArray<FacetOption>;
  selected: string[];
  onChange: (values: string[]) => void;
  /** How many there are in all, when `options` holds only some of them. */
  total?: number;
  search?: (needle: string) => Promise<FacetOption[]>;
  /** Loads each option's count under the table's other filters (or estimates); called when the filter opens. */
  counts?: () => Promise<{ counts: Record<string, number>; estimated: boolean }>;
}) {
  const [loaded, setLoaded] = useState<Record<string, number> | null>(null);
  const [estimated, setEstimated] = useState(false);
  function loadCounts() {
    counts?.().then(
      (result) => {
        setLoaded(result.counts);
        setEstimated(result.estimated);
      },
      () => setLoaded(null),
    );
  }
  // A loaded count, "≈" before it when the database estimated it; 0 for an option the loaded counts lack.
  const countOf = (option: FacetOption): string | null => {
    const n = loaded ? (loaded[option.value] ?? 0) : option.count;
    if (n === undefined) return null;
    return `${loaded && estimated ? "≈" : ""}${n.toLocaleString("en-US")}`;
  };
  const [needle, setNeedle] = useState("");
  const [found, setFound] = useState<FacetOption[]>([]);
  const asked = useRef("");
  // The URL answers after a round trip; the box ticks at once and follows the URL when it arrives.
  const [local, setLocal] = useState(selected);
  const key = selected.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the array's contents.
  useEffect(() => setLocal(selected), [key]);
  const chosen = new Set(local);
  const lowered = needle.trim().toLowerCase();
  // Options found on the server join the list (and stay known once ticked, so the order below keeps them).
  const known = [...options, ...found.filter((f) => !options.some((o) => o.value === f.value))];
  const visible = lowered ? known.filter((o) => o.label.toLowerCase().includes(lowered)) : options;

  // The server search runs 250 ms after the last keystroke; an answer to an older needle is dropped.
  useEffect(() => {
    if (!search || lowered === "") return;
    asked.current = lowered;
    const timer = setTimeout(() => {
      search(lowered).then(
        (items) => {
          if (asked.current !== lowered) return;
          setFound((old) => [...old.filter((o) => !items.some((i) => i.value === o.value)), ...items]);
        },
        () => undefined,
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [lowered, search]);

  function toggle(value: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    // Keep the URL's order stable: listed options first, then the ones found by search, then anything else ticked.
    const ordered = [...known.map((o) => o.value), ...local];
    const values = [...new Set(ordered)].filter((v) => next.has(v));
    setLocal(values);
    onChange(values);
  }

  return (
    <Popover
      onOpen={counts ? loadCounts : undefined}
      active={selected.length > 0}
      label={
        <>
          {title}
          {selected.length > 0 ? (
            <span className="badge">
              {selected.length}
              <span className="visually-hidden"> selected</span>
            </span>
          ) : null}
        </>
      }
    >
      <fieldset>
        <legend>{title}</legend>
        {options.length > 8 || search ? (
          <input
            type="search"
            aria-label={`Find ${title.toLowerCase()}`}
            placeholder="Find…"
            value={needle}
            onChange={(event) => setNeedle(event.target.value)}
          />
        ) : null}
        {visible.map((option) => (
          <label key={option.value} className="option">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.glyph ? <span aria-hidden="true">{option.glyph}</span> : null}
            {option.label}
            {countOf(option) !== null ? <span className="count">{countOf(option)}</span> : null}
          </label>
        ))}
        {visible.length === 0 ? <p className="muted">No match.</p> : null}
        {total !== undefined && total > options.length && lowered === "" ? (
          <p className="muted">
            The {options.length} most cited of {total.toLocaleString("en-US")}; type to find the others.
          </p>
        ) : null}
      </fieldset>
      {selected.length > 0 ? (
        <button type="button" className="button" onClick={() => onChange([])}>
          Clear {title.toLowerCase()} filter
        </button>
      ) : null}
    </Popover>
  );
}
