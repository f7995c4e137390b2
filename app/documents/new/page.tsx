import type { Metadata } from "next";
import Link from "next/link";
import { IngestForm } from "@/components/documents/ingest-form";
import { requirePageUser } from "@/lib/auth/require";

export const metadata: Metadata = { title: "Add document" };

export default async function NewDocumentPage() {
  await requirePageUser("editor");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Add document</h1>
          <p>Claims, figures and their sources are extracted as soon as the document is added.</p>
          <p>
            Many files, a .zip or a .jsonl? <Link href="/jobs/new">Ingest them as a background job</Link>.
          </p>
        </div>
      </div>
      <IngestForm />
    </>
  );
}
