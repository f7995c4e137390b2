"use client";

import type { ReactTable } from "@tanstack/react-table";
import { PAGE_SIZES } from "@/lib/claims/query-schema";
import type { ClaimRow } from "@/lib/claims/schema";
import type { claimsTableFeatures } from "./columns";

/**
 * Page controls under the table; total rows come from the server (manual pagination).
 *
 * @example <Pagination table={table} total={1234} />
 * @example <Pagination table={table} total={998412} estimated /> // "1–50 of about 998,412 claims"
 */
export function Pagination({
  table,
  total,
  estimated = false,
}: {
  table: ReactTable<typeof claimsTableFeatures, ClaimRow>;
  total: number;
  /** The total is the database's estimate (PostgreSQL, large results). */
  estimated?: boolean;
}) {
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span aria-live="polite">
        {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of {estimated ? "about " : ""}
        {total.toLocaleString("en-US")} {total === 1 ? "claim" : "claims"}
      </span>
      <span className="controls">
        <label>
          Rows per page{" "}
          <select value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span>
          Page {pageIndex + 1} of {estimated ? "about " : ""}
          {pageCount.toLocaleString("en-US")}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => table.setPageIndex(0)}
          disabled={!table.getCanPreviousPage()}
        >
          <span aria-hidden="true">«</span> First
        </button>
        <button
          type="button"
          className="button"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          <span aria-hidden="true">‹</span> Previous
        </button>
        <button type="button" className="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          Next <span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => table.setPageIndex(pageCount - 1)}
          disabled={!table.getCanNextPage()}
        >
          Last <span aria-hidden="true">»</span>
        </button>
      </span>
    </nav>
  );
}
