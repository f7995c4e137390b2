import Link from "next/link";
import type { ClaimRow } from "@/lib/claims/schema";

/**
 * Per-row links: the claim's detail page and its place in the document text.
 *
 * @example <RowActions row={row} />
 */
export function RowActions({ row }: { row: ClaimRow }) {
  return (
    <span className="row-actions">
      <Link href={`/claims/${row.id}`} aria-label={`Open claim “${row.label}”`} className="button">
        Open
      </Link>{" "}
      <Link
        href={`/documents/${row.documentId}#mark-${row.id}`}
        aria-label={`Show in text: “${row.label}”`}
        className="button"
      >
        Show in text
      </Link>
    </span>
  );
}
