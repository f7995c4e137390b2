import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsDataTable } from "@/components/claims-table/data-table";
import { SourceEditor } from "@/components/sources/source-editor";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { assignableUsers } from "@/lib/claims/bulk";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { getSource, sourceScopes } from "@/lib/sources/data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).id);
  return { title: source?.name ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = claimsQuerySchema.parse({ ...(await searchParams), source: id });
  const user = await currentUser();
  const [source, page, people, scopes] = await Promise.all([
    getSource(id),
    listClaims(query, { userId: user?.id }),
    assignableUsers(),
    sourceScopes([id]),
  ]);
  const scope = scopes.get(id);
  if (!source) notFound();
  const canEdit = hasRole(user?.role, "editor");
  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/sources">Sources</Link> /
          </div>
          <h1>{source.name}</h1>
          <p>
            <span className="source-kind">{source.kind}</span>
            {source.affiliation ? ` · ${source.affiliation}` : ""} · {source.claimCount.toLocaleString("en-US")} claims
          </p>
          {scope ? (
            <p className="muted">
              The description used in <Link href={`/documents/${scope.documentId}`}>{scope.title}</Link>: a source of
              that document only.
            </p>
          ) : null}
          {source.aliases.length > 0 ? <p className="muted">Also written: {source.aliases.join(", ")}</p> : null}
        </div>
      </div>
      {canEdit ? (
        <SourceEditor
          source={{
            id: source.id,
            name: source.name,
            kind: source.kind,
            affiliation: source.affiliation,
            version: source.version,
          }}
        />
      ) : null}
      <ClaimsDataTable page={page} query={query} facets={{ people }} caption={`Claims attributed to ${source.name}`} />
    </>
  );
}
