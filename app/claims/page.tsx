import type { Metadata } from "next";
import { ClaimsDataTable } from "@/components/claims-table/data-table";
import { toFacetOptions } from "@/components/claims-table/facets";
import { formatCount } from "@/components/ui/format-count";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/schema";
import { listDocuments } from "@/lib/documents/data";
import { listSources } from "@/lib/sources/data";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = claimsQuerySchema.parse(await searchParams);
  // The subtitle says what this role can do here (the controls follow the same rule).
  const canEdit = hasRole((await currentUser())?.role, "editor");
  const [page, sources, documents] = await Promise.all([listClaims(query), listSources(), listDocuments()]);
  const facets = {
    sources: toFacetOptions(
      sources.map((s) => ({ id: s.id, label: s.name, count: s.claimCount })),
      query.source,
    ),
    documents: toFacetOptions(
      documents.map((d) => ({ id: d.id, label: d.title, count: d.claimCount })),
      query.document,
    ),
  };
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Claims</h1>
          <p>
            {formatCount(page.total, "claim")} across {formatCount(documents.length, "document")}.{" "}
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
