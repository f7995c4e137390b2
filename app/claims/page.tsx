import type { Metadata } from "next";
import { ClaimsDataTable } from "@/components/claims-table/data-table";
import { toFacetOptions } from "@/components/claims-table/facets";
import { formatCount } from "@/components/ui/format-count";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { assignableUsers } from "@/lib/claims/bulk";
import { listClaims } from "@/lib/claims/data";
import { facetOptions } from "@/lib/claims/facet-data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { listSavedViews } from "@/lib/views/saved-views";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = claimsQuerySchema.parse(await searchParams);
  // The subtitle says what this role can do here (the controls follow the same rule).
  const user = await currentUser();
  const canEdit = hasRole(user?.role, "editor");
  // The facets hold the most cited sources and documents (plus the selected ones), never the whole archive.
  const [page, sources, documents, people, views] = await Promise.all([
    listClaims(query, { userId: user?.id }),
    facetOptions("source", query.source),
    facetOptions("document", query.document),
    assignableUsers(),
    user ? listSavedViews(user.id) : [],
  ]);
  const facets = {
    sources: toFacetOptions(sources.items, query.source),
    sourcesTotal: sources.total,
    documents: toFacetOptions(documents.items, query.document),
    documentsTotal: documents.total,
    people,
    views,
  };
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{query.assignee.length === 1 && query.assignee[0] === "me" ? "My claims" : "Claims"}</h1>
          <p>
            {page.estimated ? "About " : ""}
            {formatCount(page.total, "claim")} across {formatCount(documents.total, "document")}.{" "}
            {canEdit
              ? "Sort by any column, filter, set each claim’s status inline and triage its flags."
              : "Sort by any column, filter, and export what you see."}
          </p>
        </div>
      </div>
      <ClaimsDataTable page={page} query={query} facets={facets} caption="All claims" />
    </>
  );
}
