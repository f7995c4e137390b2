"use client";

import { useEffect, useState } from "react";
import { Popover } from "@/components/ui/popover";

export interface FacetOption {
  value: string;
  label: string;
  glyph?: string;
  count?: number;
}

/**
 * A filter button that opens a checkbox list; long lists get a search box. Each change goes straight to the URL.
 *
 * @example <FacetedFilter title="Status" options={statusOptions} selected={["disputed"]} onChange={setStatus} />
 */
export function FacetedFilter({
  title,
  options,
  selected,
  onChange,
}: {
  title: string;
  options: ReadonlyArray<FacetOption>;
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const [needle, setNeedle] = useState("");
  // The URL answers after a round trip; the box ticks at once and follows the URL when it arrives.
  const [local, setLocal] = useState(selected);
  const key = selected.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the array's contents.
  useEffect(() => setLocal(selected), [key]);
  const chosen = new Set(local);
  const lowered = needle.trim().toLowerCase();
  const visible = lowered ? options.filter((o) => o.label.toLowerCase().includes(lowered)) : options;

  function toggle(value: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    const values = options.map((o) => o.value).filter((v) => next.has(v));
    setLocal(values);
    onChange(values);
  }

  return (
    <Popover
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
        {options.length > 8 ? (
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
            {option.count !== undefined ? <span className="count">{option.count}</span> : null}
          </label>
        ))}
        {visible.length === 0 ? <p className="muted">No match.</p> : null}
      </fieldset>
      {selected.length > 0 ? (
        <button type="button" className="button" onClick={() => onChange([])}>
          Clear {title.toLowerCase()} filter
        </button>
      ) : null}
    </Popover>
  );
}
