"use client";

import type { ReactTable } from "@tanstack/react-table";
import { useEffect, useRef, useState } from "react";
import { facetCountsAction, searchFacetAction } from "@/lib/claims/facet-actions";
import type { FacetKind } from "@/lib/claims/facet-data";
import { type ClaimsQuery, toSearchParams } from "@/lib/claims/query-schema";
import type { ClaimRow } from "@/lib/claims/schema";
import type { SavedView } from "@/lib/views/saved-views";
import type { claimsTableFeatures } from "./columns";
import { ExportMenu } from "./export-menu";
import { FacetedFilter, type FacetOption } from "./faceted-filter";
import { SavedViews } from "./saved-views";
import { flagOptions, statusOptions } from "./status-options";
import { useDocumentScope } from "./use-document-scope";
import { ViewOptions } from "./view-options";

export interface TableFacets {
  /** Omitted on a source's own page. */
  sources?: FacetOption[];
  /** Omitted on a document's own page, where the filter would be meaningless. */
  documents?: FacetOption[];
  /** Set when the lists hold only the most cited: how many there are in all, and the search box asks the server. */
  sourcesTotal?: number;
  documentsTotal?: number;
  /** The people claims can be assigned to (editors and admins): the Assignee filter and the bulk bar's Assign. */
  people?: Person[];
  /** The user's saved views (on /claims only): the toolbar's Views menu. */
  views?: SavedView[];
}

export interface Person {
  id: string;
  name: string;
}

/**
 * The Assignee filter's options: "Me", "Unassigned", then everyone claims can be assigned to.
 *
 * @example assigneeOptions([{ id: "u1", name: "Ed" }]) // [{ value: "me", ... }, { value: "none", ... }, { value: "u1", label: "Ed" }]
 */
export function assigneeOptions(people: Person[]): FacetOption[] {
  return [
    { value: "me", label: "Me (my claims)" },
    { value: "none", label: "Unassigned" },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
}

const findSources = (needle: string) => findFacet("source", needle);
const findDocuments = (needle: string) => findFacet("document", needle);

async function findFacet(kind: FacetKind, needle: string): Promise<FacetOption[]> {
  const items = await searchFacetAction(kind, needle);
  return items.map((i) => ({ value: i.id, label: i.label, count: i.count }));
}

/** Typing pauses this long before the search reaches the server: one request per thought, not per key. */
const searchDelayMs = 350;

/**
 * Free-text search, the faceted filters, a reset and the column chooser.
 *
 * @example <Toolbar table={table} query={query} facets={facets} navigate={navigate} />
 */
export function Toolbar({
  table,
  query,
  facets,
  navigate,
}: {
  table: ReactTable<typeof claimsTableFeatures, ClaimRow>;
  query: ClaimsQuery;
  facets: TableFacets;
  navigate: (patch: Partial<ClaimsQuery>) => void;
}) {
  const [text, setText] = useState(query.q ?? "");
  // The Status and Flag options' counts under the other filters (on a document's page, that document's claims).
  const documentId = useDocumentScope();
  const { page: _page, pageSize: _size, hide: _hide, sort: _sort, dir: _dir, ...filters } = query;
  const filterParams = toSearchParams(filters).toString();
  const countsOf = (kind: "status" | "flag") => () => facetCountsAction(kind, filterParams, documentId);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const filtered =
    query.status.length +
      query.flag.length +
      query.assignee.length +
      (facets.sources ? query.source.length : 0) +
      (facets.documents ? query.document.length : 0) >
      0 || Boolean(query.q);

  // The URL is the truth: follow it when it changes under us (back button, reset).
  useEffect(() => setText(query.q ?? ""), [query.q]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function search(value: string) {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate({ q: value.trim() || undefined }), searchDelayMs);
  }

  return (
    <search className="toolbar">
      <form
        role="presentation"
        onSubmit={(event) => {
          event.preventDefault();
          if (timer.current) clearTimeout(timer.current);
          navigate({ q: text.trim() || undefined });
        }}
      >
        <input
          type="search"
          aria-label="Search claims"
          placeholder="Search claims, sources, figures…"
          value={text}
          onChange={(event) => search(event.target.value)}
        />
      </form>
      <FacetedFilter
        title="Status"
        options={statusOptions}
        counts={countsOf("status")}
        selected={query.status}
        onChange={(values) => navigate({ status: values as ClaimsQuery["status"] })}
      />
      <FacetedFilter
        title="Flag"
        options={flagOptions}
        counts={countsOf("flag")}
        selected={query.flag}
        onChange={(values) => navigate({ flag: values as ClaimsQuery["flag"] })}
      />
      {facets.sources ? (
        <FacetedFilter
          title="Source"
          options={facets.sources}
          total={facets.sourcesTotal}
          search={facets.sourcesTotal !== undefined ? findSources : undefined}
          selected={query.source}
          onChange={(values) => navigate({ source: values })}
        />
      ) : null}
      {facets.people ? (
        <FacetedFilter
          title="Assignee"
          options={assigneeOptions(facets.people)}
          selected={query.assignee}
          onChange={(values) => navigate({ assignee: values })}
        />
      ) : null}
      {facets.documents ? (
        <FacetedFilter
          title="Document"
          options={facets.documents}
          total={facets.documentsTotal}
          search={facets.documentsTotal !== undefined ? findDocuments : undefined}
          selected={query.document}
          onChange={(values) => navigate({ document: values })}
        />
      ) : null}
      {filtered ? (
        <button
          type="button"
          className="button"
          onClick={() => navigate({ q: undefined, status: [], flag: [], source: [], document: [], assignee: [] })}
        >
          Reset filters <span aria-hidden="true">✕</span>
        </button>
      ) : null}
      <span className="spacer" />
      {facets.views ? <SavedViews views={facets.views} query={query} /> : null}
      <ViewOptions table={table} />
      <ExportMenu query={query} />
    </search>
  );
}
