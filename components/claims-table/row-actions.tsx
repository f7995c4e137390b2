import Link from "next/link";
import type { ClaimRow } from "@/lib/claims/schema";

/**
 * The row's action: jump to the claim's place in the document text.
 *
 * @example <RowActions row={row} />
 */
export function RowActions({ row }: { row: ClaimRow }) {
  // The claim label already links to the claim page; the row's own action is the jump into the text.
  return (
    <Link
      href={`/documents/${row.documentId}#mark-${row.id}`}
      aria-label={`In text: “${row.label}”`}
      className="button small"
    >
      <span aria-hidden="true">¶</span> In text
    </Link>
  );
}
