"use client";

import { Popover } from "@/components/ui/popover";
import { type ClaimsQuery, toSearchParams } from "@/lib/claims/query-schema";
import { useDocumentScope } from "./use-document-scope";

const formats = [
  { format: "csv", label: "CSV", hint: "spreadsheets, one row per claim" },
  { format: "csv&perFigure=1", label: "one row per figure (CSV)", hint: "every figure of every claim" },
  { format: "json", label: "JSON", hint: "one array" },
  { format: "jsonl", label: "JSON Lines", hint: "one claim a line; re-importable" },
  { format: "claimreview", label: "ClaimReview JSON-LD", hint: "schema.org" },
] as const;

/**
 * The export links for what the table shows: the same filters and sort (not the page: every matching row), served
 * as a streamed download by GET /api/export. On a document's page the export is that document's claims.
 *
 * @example <ExportMenu query={query} />
 */
export function ExportMenu({ query }: { query: ClaimsQuery }) {
  const documentId = useDocumentScope();
  const { page: _page, pageSize: _size, hide: _hide, ...filters } = query;
  const params = toSearchParams(documentId ? { ...filters, document: [documentId] } : filters);
  function href(format: string): string {
    const [name, extra] = format.split("&");
    const p = new URLSearchParams(params);
    p.set("format", name);
    return `/api/export?${p.toString()}${extra ? `&${extra}` : ""}`;
  }
  return (
    <Popover label="Export" align="right">
      <ul className="export-menu" aria-label="Export formats" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {formats.map((f) => (
          <li key={f.format}>
            <a href={href(f.format)} download className="option">
              Export {f.label}
            </a>{" "}
            <small>{f.hint}</small>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
