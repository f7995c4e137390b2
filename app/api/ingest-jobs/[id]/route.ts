/** GET /api/ingest-jobs/{id} (a job's progress): lib/api/endpoints/ingest-jobs.ts. */
import { route } from "@/lib/api/endpoint";
import { getIngestJob } from "@/lib/api/endpoints/ingest-jobs";

export const GET = route(getIngestJob);
