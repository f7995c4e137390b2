import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import { listDocuments } from "@/lib/documents/data";

export const metadata: Metadata = { title: "Documents" };
// The list reads the database on every request.
export const dynamic = "force-dynamic";

export default async function DocumentsPage() {
  const documents = await listDocuments();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Documents</h1>
          <p>{documents.length.toLocaleString("en-US")} documents ingested.</p>
        </div>
        <Link href="/documents/new" className="button primary">
          <span aria-hidden="true">+</span> Add document
        </Link>
      </div>
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
                  No documents yet. <Link href="/documents/new">Add the first one.</Link>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
