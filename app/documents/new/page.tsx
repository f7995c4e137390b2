import type { Metadata } from "next";
import { IngestForm } from "@/components/documents/ingest-form";

export const metadata: Metadata = { title: "Add document" };

export default function NewDocumentPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Add document</h1>
          <p>Claims, figures and their sources are extracted as soon as the document is added.</p>
        </div>
      </div>
      <IngestForm />
    </>
  );
}
