import type { Metadata } from "next";
import Link from "next/link";
import { unresolvedCounts } from "@/lib/comments/data";
import { db } from "@/lib/db/client";
import { listSources } from "@/lib/sources/data";

export const metadata: Metadata = { title: "Sources" };
// The list reads the database on every request.
export const dynamic = "force-dynamic";

export default async function SourcesPage() {
  const sources = await listSources();
  const open = await unresolvedCounts(
    db(),
    "sourceId",
    sources.map((s) => s.id),
  );
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Sources</h1>
          <p>Everyone and everything a claim is attributed to, with how many claims rest on each.</p>
        </div>
      </div>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Sources</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Affiliation</th>
              <th scope="col" className="num">
                Claims
              </th>
              <th scope="col" className="num">
                Unresolved comments
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>
                  <Link href={`/sources/${source.id}`}>{source.name}</Link>
                </td>
                <td>
                  <span className="source-kind">{source.kind}</span>
                </td>
                <td>{source.affiliation ?? <span className="muted">—</span>}</td>
                <td className="num">{source.claimCount.toLocaleString("en-US")}</td>
                <td className="num">{open.get(source.id) ?? 0}</td>
              </tr>
            ))}
            {sources.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  No sources yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
