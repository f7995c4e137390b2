"use client";

import type { Header } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { ClaimRow } from "@/lib/claims/schema";
import type { claimsTableFeatures } from "./columns";

type Features = typeof claimsTableFeatures;

/**
 * A header cell whose label is a button that cycles the sort; aria-sort tells assistive technology the current order.
 *
 * @example <ColumnHeader header={header} />
 */
export function ColumnHeader({
  header,
  children,
}: {
  header: Header<Features, ClaimRow, unknown>;
  children: ReactNode;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const ariaSort =
    sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : column.getCanSort() ? "none" : undefined;
  const numeric = column.columnDef.meta?.numeric === true;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? "num" : undefined}>
      {column.getCanSort() ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => column.toggleSorting(sorted === "asc")}
          title={sorted === "asc" ? "Sort descending" : "Sort ascending"}
        >
          {children}
          <span aria-hidden="true" className="sort-indicator">
            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}
