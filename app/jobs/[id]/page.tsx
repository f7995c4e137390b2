import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobProgress } from "@/components/jobs/job-progress";
import { progressJson } from "@/lib/api/endpoints/ingest-jobs";
import { requirePageUser } from "@/lib/auth/require";
import { jobForPage } from "@/lib/jobs/data";

export const metadata: Metadata = { title: "Ingest job" };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("researcher");
  const { id } = await params;
  const progress = await jobForPage(id);
  if (!progress) notFound();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Ingest job</h1>
          <p>Started {progress.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC.</p>
        </div>
      </div>
      <JobProgress initial={progressJson(progress)} />
    </>
  );
}
