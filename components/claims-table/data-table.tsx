"use client";

import { type RowSelectionState, type SortingState, type Updater, useTable } from "@tanstack/react-table";
import { useEffect, useMemo, useRef, useState } from "react";
import { useCan } from "@/components/auth/viewer-context";
import { type ClaimsQuery, type SortColumn, sortColumnSchema } from "@/lib/claims/query-schema";
import type { ClaimRow, ClaimsPage } from "@/lib/claims/schema";
import { BulkBar } from "./bulk-bar";
import { ColumnHeader } from "./column-header";
import { claimsColumns, claimsTableFeatures, selectColumn } from "./columns";
import { Pagination } from "./pagination";
import { type TableFacets, Toolbar } from "./toolbar";
import { useRowKeys } from "./use-row-keys";
import { useTableUrl } from "./use-table-url";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The claims table. Rows arrive already sorted, filtered and paged by the server; every state change here becomes a
 * URL change (manual sorting and pagination), so the server page re-renders with the new rows.
 *
 * @example <ClaimsDataTable page={await listClaims(query)} query={query} facets={facets} caption="All claims" />
 */
export function ClaimsDataTable({
  page,
  query,
  facets,
  caption,
  selectedId,
}: {
  page: ClaimsPage;
  query: ClaimsQuery;
  facets: TableFacets;
  caption: string;
  selectedId?: string | null;
}) {
  const { navigate, pending } = useTableUrl(query);
  // Row selection is for reviewers and up (reviewers comment in bulk; editors also set status and assign): below that
  // the checkbox column is not rendered at all.
  const canEdit = useCan("editor");
  const canSelect = useCan("reviewer");
  const columns = useMemo(() => (canSelect ? [selectColumn, ...claimsColumns] : claimsColumns), [canSelect]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // "Select all N matching": the bulk change sends the filters and the server resolves them (not just this page).
  const [allMatching, setAllMatching] = useState(false);
  const filterKey = JSON.stringify([query.status, query.flag, query.source, query.document, query.assignee, query.q]);
  // New filters, new selection: a selection never silently spans rows the editor can no longer see.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters it serialises.
  useEffect(() => {
    setRowSelection({});
    setAllMatching(false);
  }, [filterKey]);

  const state = useMemo(
    () => ({
      sorting: [{ id: query.sort, desc: query.dir === "desc" }] as SortingState,
      columnVisibility: Object.fromEntries(query.hide.map((id: string) => [id, false])),
      pagination: { pageIndex: query.page - 1, pageSize: query.pageSize },
      rowSelection,
    }),
    [query, rowSelection],
  );

  const table = useTable({
    features: claimsTableFeatures,
    columns,
    data: page.rows,
    getRowId: (row: ClaimRow) => row.id,
    state,
    rowCount: page.total,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [first] = resolve(updater, state.sorting);
      const sort: SortColumn = sortColumnSchema.catch("position").parse(first?.id);
      navigate({ sort, dir: first?.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: (updater) => {
      const visibility = resolve(updater, state.columnVisibility);
      navigate({ hide: Object.keys(visibility).filter((id) => visibility[id] === false), page: query.page });
    },
    enableRowSelection: canSelect,
    onRowSelectionChange: (updater) => {
      const next = resolve(updater, rowSelection);
      setRowSelection(next);
      if (Object.keys(next).length < Object.keys(rowSelection).length) setAllMatching(false);
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, state.pagination);
      const sizeChanged = next.pageSize !== state.pagination.pageSize;
      navigate({ page: sizeChanged ? 1 : next.pageIndex + 1, pageSize: next.pageSize });
    },
  });

  const rows = table.getRowModel().rows;
  const visibleCount = table.getVisibleLeafColumns().length;
  const body = useRef<HTMLTableSectionElement>(null);
  const activeRow = useRowKeys(body, rows.length);

  return (
    <div>
      <Toolbar table={table} query={query} facets={facets} navigate={navigate} />
      {canSelect ? (
        <BulkBar
          selectedIds={Object.keys(rowSelection).filter((id) => rowSelection[id])}
          allMatching={allMatching}
          pageSelected={rows.length > 0 && table.getIsAllPageRowsSelected()}
          total={page.total}
          query={query}
          people={facets.people ?? []}
          canEdit={canEdit}
          onSelectAllMatching={() => setAllMatching(true)}
          onClear={() => {
            setRowSelection({});
            setAllMatching(false);
          }}
        />
      ) : null}
      <div className="table-wrap">
        <table className="data stack" aria-busy={pending} aria-describedby="claims-table-status">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <ColumnHeader key={header.id} header={header}>
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </ColumnHeader>
                ))}
              </tr>
            ))}
          </thead>
          <tbody ref={body}>
            {rows.map((row, index) => (
              <tr
                key={row.id}
                id={`claim-${row.id}`}
                aria-current={selectedId === row.id ? "true" : undefined}
                data-active={activeRow === index ? "true" : undefined}
                data-selected={canSelect && row.getIsSelected() ? "true" : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cell.column.columnDef.meta?.numeric ? "num" : undefined}
                    data-col={cell.column.id}
                    data-label={cell.column.columnDef.meta?.label}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleCount} className="empty">
                  No claims match these filters.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p id="claims-table-status" className="visually-hidden" aria-live="polite">
        {pending
          ? "Loading…"
          : `${page.estimated ? "about " : ""}${page.total} claims, sorted by ${query.sort} ${query.dir}ending`}
      </p>
      <Pagination table={table} total={page.total} estimated={page.estimated} />
      <p className="muted keys-hint">
        Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous claim
        {canEdit ? (
          <>
            , <kbd>s</kbd> its status
          </>
        ) : null}
        , <kbd>Enter</kbd> opens it.
      </p>
    </div>
  );
}
