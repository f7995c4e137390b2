import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsDataTable } from "@/components/claims-table/data-table";
import { toFacetOptions } from "@/components/claims-table/facets";
import { statusLabel } from "@/components/claims-table/status-options";
import { ClaimStructureTools } from "@/components/documents/claim-structure";
import { DocumentDetailsForm } from "@/components/documents/document-details-form";
import { HighlightedText } from "@/components/documents/highlighted-text";
import { formatDate } from "@/components/ui/format-date";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { assignableUsers } from "@/lib/claims/bulk";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { claimStatuses } from "@/lib/claims/schema";
import { claimStructureView } from "@/lib/claims/structure-data";
import { getDocument } from "@/lib/documents/data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getDocument((await params).id);
  return { title: doc?.title ?? "Document not found" };
}

/** One article's claims fit on one page, so the highlights in the text can always jump to their row. */
const documentPageSize = 200;

export default async function DocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const query = claimsQuerySchema.parse({ pageSize: documentPageSize, ...raw, document: undefined });
  const user = await currentUser();
  const [doc, page, people] = await Promise.all([
    getDocument(id),
    listClaims(query, { documentId: id, userId: user?.id }),
    assignableUsers(),
  ]);
  if (!doc) notFound();
  const canEdit = hasRole(user?.role, "editor");
  // Editors add, split and merge claims (issue 13 item 2); nobody else is offered the controls.
  const structure = canEdit ? await claimStructureView(id) : null;
  // Progress of the checking: how many claims are in each status (issue 13, item 4), in workflow order.
  const byStatus = new Map<string, number>();
  for (const c of doc.claims) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const progress = claimStatuses
    .filter((s) => byStatus.has(s))
    .map((s) => `${byStatus.get(s)} ${statusLabel(s).toLowerCase()}`);

  const bySource = new Map<string, { id: string; label: string; count: number }>();
  for (const row of page.rows) {
    const entry = bySource.get(row.source.id) ?? { id: row.source.id, label: row.source.name, count: 0 };
    entry.count++;
    bySource.set(row.source.id, entry);
  }
  const conflicts = doc.claims.filter((c) => c.flag === "conflict").length;
  const soft = doc.claims.filter((c) => c.flag === "soft").length;

  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/documents">Documents</Link> /
          </div>
          <h1>{doc.title}</h1>
          <p>
            {[doc.outlet, doc.publishedAt ? `published ${formatDate(doc.publishedAt)}` : null]
              .filter(Boolean)
              .join(" · ") || "No outlet or date given"}
            {doc.url ? (
              <>
                {" · "}
                <a href={doc.url} rel="noopener noreferrer nofollow">
                  original
                </a>
              </>
            ) : null}
            {" · "}
            {doc.claims.length} claims
            {conflicts > 0 ? (
              <>
                {" · "}
                <span className="flag-inline conflict">
                  <span aria-hidden="true">⚠</span> {conflicts} in conflict
                </span>
              </>
            ) : null}
            {soft > 0 ? (
              <>
                {" · "}
                <span className="flag-inline soft">
                  <span aria-hidden="true">≈</span> {soft} with different measures
                </span>
              </>
            ) : null}
          </p>
          {doc.event ? (
            <p>
              Event: <Link href={`/events/${doc.event.id}`}>{doc.event.title}</Link> ({doc.event.documentCount}{" "}
              {doc.event.documentCount === 1 ? "document" : "documents"})
              {doc.datedFrom === "dateline" ? " · dated from its dateline (no date was given)" : null}
            </p>
          ) : null}
          {progress.length > 0 ? <p data-testid="document-progress">Checking: {progress.join(" · ")}</p> : null}
          {doc.extractionError ? (
            <p className="alert" role="alert">
              <strong>No claims extracted.</strong> {doc.extractionError}
            </p>
          ) : null}
        </div>
      </div>
      {canEdit ? (
        <DocumentDetailsForm
          documentId={doc.id}
          title={doc.title}
          outlet={doc.outlet}
          publishedAt={doc.publishedAt?.toISOString() ?? null}
          version={doc.version}
        />
      ) : null}
      {raw.duplicate === "1" ? (
        <p role="status" className="alert info">
          This text was already here: it was added on {formatDate(doc.createdAt)}, so nothing new was stored. You are
          looking at the existing document.
        </p>
      ) : null}
      <section aria-labelledby="text-heading" className="card">
        <h2 id="text-heading" style={{ marginTop: 0 }}>
          Text
        </h2>
        <HighlightedText text={doc.text} claims={doc.claims} />
      </section>
      {structure ? (
        <ClaimStructureTools documentId={doc.id} claims={structure.claims} sources={structure.sources} />
      ) : null}
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims in this document</h2>
        <ClaimsDataTable
          page={page}
          query={query}
          facets={{ sources: toFacetOptions([...bySource.values()], query.source), people }}
          caption={`Claims in ${doc.title}`}
        />
      </section>
    </>
  );
}
