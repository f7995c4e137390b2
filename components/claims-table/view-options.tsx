"use client";

import type { ReactTable } from "@tanstack/react-table";
import { Popover } from "@/components/ui/popover";
import type { ClaimRow } from "@/lib/claims/schema";
import type { claimsTableFeatures } from "./columns";

/**
 * Column chooser: one checkbox per hideable column; the choice lands in the URL (`hide=`) through the table state.
 *
 * @example <ViewOptions table={table} />
 */
export function ViewOptions({ table }: { table: ReactTable<typeof claimsTableFeatures, ClaimRow> }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <Popover label="Columns" align="right">
      <fieldset>
        <legend>Show columns</legend>
        {columns.map((column) => (
          <label key={column.id} className="option">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </Popover>
  );
}
