import type { Metadata } from "next";
import Link from "next/link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { ListSearch } from "@/components/ui/list-search";
import { keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { cursorParam, type SearchParams, textParam } from "@/lib/pagination/page-params";
import { SOURCE_CITED_ORDER, sourcesPage } from "@/lib/sources/data";

export const metadata: Metadata = { title: "Sources" };
// The list reads the database on every request.
export const dynamic = "force-dynamic";

const PAGE = 50;
const ORDER_NAME = "sources:cited";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const q = textParam(params, "q");
  const { after, stale } = cursorParam(params, ORDER_NAME, ["number", "string", "string"]);
  const { rows, total, unresolved: open, scopes } = await sourcesPage({ q }, after, PAGE + 1);
  const { items: sources, nextCursor } = pageOf(rows, PAGE, ORDER_NAME, (r) => keyOfRow(SOURCE_CITED_ORDER, r));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Sources</h1>
          <p>Everyone and everything a claim is attributed to, with how many claims rest on each.</p>
        </div>
      </div>
      <ListSearch path="/sources" label="Name" q={q} stale={stale} />
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
            {sources.map((source) => {
              // A document's description ("Police") is that document's source: say which (ADR 019).
              const scope = scopes.get(source.id);
              return (
                <tr key={source.id}>
                  <td>
                    <Link href={`/sources/${source.id}`}>{source.name}</Link>
                    {scope ? (
                      <span className="muted">
                        {" "}
                        — in <Link href={`/documents/${scope.documentId}`}>{scope.title}</Link>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className="source-kind">{source.kind}</span>
                  </td>
                  <td>{source.affiliation ?? <span className="muted">—</span>}</td>
                  <td className="num">{source.claimCount.toLocaleString("en-US")}</td>
                  <td className="num">{open.get(source.id) ?? 0}</td>
                </tr>
              );
            })}
            {sources.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  {q ? <>No source's name contains “{q}”.</> : "No sources yet."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <CursorPager
        path="/sources"
        params={{ q }}
        shown={sources.length}
        total={total}
        noun="source"
        nextCursor={nextCursor}
        first={after === null}
      />
    </>
  );
}
