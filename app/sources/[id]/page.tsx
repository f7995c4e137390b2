import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsDataTable } from "@/components/claims-table/data-table";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/schema";
import { listSources } from "@/lib/sources/data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function findSource(id: string) {
  const sources = await listSources();
  return sources.find((s) => s.id === id) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await findSource((await params).id);
  return { title: source?.name ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = claimsQuerySchema.parse({ ...(await searchParams), source: id });
  const [source, page] = await Promise.all([findSource(id), listClaims(query)]);
  if (!source) notFound();
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
        </div>
      </div>
      <ClaimsDataTable page={page} query={query} facets={{}} caption={`Claims attributed to ${source.name}`} />
    </>
  );
}
