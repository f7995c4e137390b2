import type { Metadata } from "next";
import Link from "next/link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { formatCount } from "@/components/ui/format-count";
import { formatDate } from "@/components/ui/format-date";
import { ListSearch } from "@/components/ui/list-search";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { DOCUMENT_ORDER, documentsPage } from "@/lib/documents/data";
import { keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { cursorParam, type SearchParams, textParam } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Documents" };
// The list reads the database on every request.
export const dynamic = "force-dynamic";

const PAGE = 50;
// The same cursors as GET /api/documents, so a page link and an API cursor are interchangeable.
const ORDER_NAME = "documents:newest";

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const canAdd = hasRole((await currentUser())?.role, "editor");
  const q = textParam(params, "q");
  const { after, stale } = cursorParam(params, ORDER_NAME, ["string", "string"]);
  const { rows, total, all } = await documentsPage({ q }, after, PAGE + 1);
  const { items: documents, nextCursor } = pageOf(rows, PAGE, ORDER_NAME, (r) => keyOfRow(DOCUMENT_ORDER, r));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Documents</h1>
          <p>
            {formatCount(all ?? total, "document")} ingested
            {q ? `; ${total.toLocaleString("en-US")} ${total === 1 ? "matches" : "match"} “${q}”` : ""}.
          </p>
        </div>
        {canAdd ? (
          <Link href="/documents/new" className="button primary">
            <span aria-hidden="true">+</span> Add document
          </Link>
        ) : null}
      </div>
      <ListSearch path="/documents" label="Title or outlet" q={q} stale={stale} />
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Documents</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col" className="num">
                Claims
              </th>
              <th scope="col" className="num">
                Flags
              </th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <Link href={`/documents/${doc.id}`}>{doc.title}</Link>
                </td>
                <td>{doc.outlet ?? <span className="muted">—</span>}</td>
                <td>{formatDate(doc.publishedAt)}</td>
                <td className="num">{doc.claimCount.toLocaleString("en-US")}</td>
                <td className="num">
                  {doc.flagCount > 0 ? (
                    <span className="flag-inline soft">
                      <span aria-hidden="true">⚑</span> {doc.flagCount}
                      <span className="visually-hidden"> flagged claims</span>
                    </span>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
                <td>{formatDate(doc.createdAt)}</td>
              </tr>
            ))}
            {documents.length === 0 ? (
              <tr>
                <td colSpan={6} className="empty">
                  {q ? (
                    <>No document's title or outlet contains “{q}”.</>
                  ) : (
                    <>
                      No documents yet.{" "}
                      {canAdd ? <Link href="/documents/new">Add the first one.</Link> : "An editor adds them."}
                    </>
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <CursorPager
        path="/documents"
        params={{ q }}
        shown={documents.length}
        total={total}
        noun="document"
        nextCursor={nextCursor}
        first={after === null}
      />
    </>
  );
}
