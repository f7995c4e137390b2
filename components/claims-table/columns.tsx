"use client";

import {
  type CellData,
  type ColumnDef,
  columnVisibilityFeature,
  createColumnHelper,
  type RowData,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  type TableFeatures,
  tableFeatures,
} from "@tanstack/react-table";
import Link from "next/link";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ClaimRow } from "@/lib/claims/schema";
import { FlagCells } from "./cross-flag-cell";
import { RowActions } from "./row-actions";
import { StatusCell } from "./status-cell";
import { sourceKindLabels } from "./status-options";
import { ValueCell } from "./value-cell";

declare module "@tanstack/table-core" {
  // The type parameters must repeat the augmented interface's, used or not.
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** Name in the column chooser. */
    label?: string;
  }
}

/**
 * Sorting, column choice, paging and row selection; the server does the processing, the table only holds the state.
 */
export const claimsTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSelectionFeature,
});

const helper = createColumnHelper<typeof claimsTableFeatures, ClaimRow>();

/**
 * A selection checkbox; disabled until hydration, so a click on the server-rendered page is not lost when React takes
 * over (an end-to-end test met exactly that).
 */
function SelectBox(props: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: unknown) => void;
}) {
  const hydrated = useHydrated();
  return (
    <input
      type="checkbox"
      aria-label={props.label}
      checked={props.checked}
      disabled={!hydrated}
      ref={(input) => {
        if (input) input.indeterminate = props.indeterminate ?? false;
      }}
      onChange={props.onChange}
    />
  );
}

/** The selection checkboxes (editors and admins only: data-table.tsx adds the column for them). */
export const selectColumn = helper.display({
  id: "select",
  header: ({ table }) => (
    <SelectBox
      label="Select all claims on this page"
      checked={table.getIsAllPageRowsSelected()}
      indeterminate={!table.getIsAllPageRowsSelected() && table.getIsSomePageRowsSelected()}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  ),
  enableHiding: false,
  enableSorting: false,
  cell: ({ row }) => (
    <SelectBox
      label={`Select “${row.original.label}”`}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
}) as ColumnDef<typeof claimsTableFeatures, ClaimRow, unknown>;

export const claimsColumns = helper.columns([
  helper.accessor((row) => row.label, {
    id: "claim",
    header: "Claim",
    meta: { label: "Claim" },
    enableHiding: false,
    cell: ({ row }) => (
      <div className="claim-cell">
        <Link href={`/claims/${row.original.id}`} className="claim-label">
          {row.original.label}
        </Link>
        <span className="claim-text">{row.original.text}</span>
        {row.original.openComments ? (
          <span className="badge">
            {row.original.openComments} unresolved comment{row.original.openComments === 1 ? "" : "s"}
          </span>
        ) : null}
      </div>
    ),
  }),
  helper.accessor((row) => row.quantity?.value ?? null, {
    id: "value",
    header: "Value",
    meta: { label: "Value", numeric: true },
    cell: ({ row }) => <ValueCell row={row.original} />,
  }),
  helper.accessor((row) => row.source.name, {
    id: "source",
    header: "Source",
    meta: { label: "Source" },
    cell: ({ row }) => (
      <span>
        <Link href={`/sources/${row.original.source.id}`}>{row.original.source.name}</Link>
        <span className="source-kind">{sourceKindLabels[row.original.source.kind] ?? row.original.source.kind}</span>
      </span>
    ),
  }),
  helper.accessor((row) => row.status, {
    id: "status",
    header: "Status",
    meta: { label: "Status" },
    cell: ({ row }) => (
      <StatusCell
        key={`${row.original.id}:${row.original.version}`}
        claimId={row.original.id}
        claimLabel={row.original.label}
        status={row.original.status}
        version={row.original.version}
      />
    ),
  }),
  helper.accessor((row) => row.assignee?.name ?? null, {
    id: "assignee",
    header: "Assignee",
    meta: { label: "Assignee" },
    enableSorting: false,
    cell: ({ row }) =>
      row.original.assignee ? (
        <span className="assignee">{row.original.assignee.name}</span>
      ) : (
        <span className="muted">—</span>
      ),
  }),
  helper.accessor((row) => row.flag?.verdict ?? null, {
    id: "flag",
    header: "Flag",
    meta: { label: "Discrepancy flag" },
    cell: ({ row }) => <FlagCells row={row.original} />,
  }),
  helper.accessor((row) => row.documentTitle, {
    id: "document",
    header: "Document",
    meta: { label: "Document" },
    cell: ({ row }) => (
      <Link href={`/documents/${row.original.documentId}`} className="document-cell clamp-2">
        {row.original.documentTitle}
      </Link>
    ),
  }),
  helper.accessor((row) => row.position, {
    id: "position",
    header: "Position",
    meta: { label: "Position", numeric: true },
    cell: ({ row }) => (
      <span title={`Characters ${row.original.start}–${row.original.end}`}>{row.original.position}</span>
    ),
  }),
  helper.display({
    id: "actions",
    header: () => <span className="visually-hidden">Actions</span>,
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => <RowActions row={row.original} />,
  }),
]) as Array<ColumnDef<typeof claimsTableFeatures, ClaimRow, unknown>>;
