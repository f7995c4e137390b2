/** POST /api/ingest-jobs (start a background ingest): lib/api/endpoints/ingest-jobs.ts. */
import { route } from "@/lib/api/endpoint";
import { createIngestJobEndpoint } from "@/lib/api/endpoints/ingest-jobs";

export const POST = route(createIngestJobEndpoint);
