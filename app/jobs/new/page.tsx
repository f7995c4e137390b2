import type { Metadata } from "next";
import { JobUploadForm } from "@/components/jobs/job-upload-form";
import { requirePageUser } from "@/lib/auth/require";

export const metadata: Metadata = { title: "Ingest many documents" };

export default async function NewJobPage() {
  await requirePageUser("editor");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Ingest many documents</h1>
          <p>Upload files as one background job; the next page shows its progress, and it continues if you leave.</p>
        </div>
      </div>
      <JobUploadForm />
    </>
  );
}
