/**
 * REST endpoints for background ingest jobs (lib/jobs): POST /api/ingest-jobs stores a job of many documents and
 * answers at once (201) while workers ingest them; GET /api/ingest-jobs/{id} reports its progress.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { createIngestJob } from "@/lib/jobs/create";
import { notifyWorkers } from "@/lib/jobs/notify";
import { type JobProgress, jobProgress } from "@/lib/jobs/progress";
import { formItems, jsonItems } from "@/lib/jobs/read-upload";
import { type ItemDraft, jsonlLineSchema, MAX_JOB_ITEMS, MAX_UPLOAD_BYTES } from "@/lib/jobs/schema";
import { readJsonBody } from "../json-body.ts";
import { readMultipart } from "../multipart.ts";

const progressSchema = z
  .object({
    id: z.string(),
    status: z.enum(["queued", "running", "done"]),
    total: z.number().int().meta({ description: "Items (documents) in the job." }),
    finished: z.number().int().meta({ description: "Items finished: done + duplicate + failed." }),
    done: z.number().int().meta({ description: "New documents stored." }),
    duplicate: z.number().int().meta({ description: "Texts already stored (sha256): not stored again." }),
    failed: z.number().int(),
    pending: z.number().int(),
    running: z.number().int(),
    claims: z.number().int().meta({ description: "Claims extracted from the new documents." }),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    perSecond: z.number().nullable().meta({ description: "Items finished per second since the start." }),
    etaSeconds: z.number().int().nullable().meta({ description: "Estimated seconds left at that rate." }),
    failures: z
      .array(z.object({ name: z.string(), error: z.string() }))
      .meta({ description: "The first 100 failed items with their reasons." }),
  })
  .meta({ id: "IngestJob", description: "A background ingest job and its progress." });

/** Progress as JSON (dates as ISO strings). */
export function progressJson(p: JobProgress): z.input<typeof progressSchema> {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    ...p,
    status: p.status as "queued" | "running" | "done",
    createdAt: p.createdAt.toISOString(),
    startedAt: iso(p.startedAt),
    finishedAt: iso(p.finishedAt),
  };
}

async function readItems(request: Request): Promise<ItemDraft[]> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES + 1024 * 1024) {
    throw new ApiError(413, "too_large", `The upload is over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`);
  }
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return formItems(await readMultipart(request));
  if (!type.startsWith("application/json")) {
    throw new ApiError(415, "unsupported_type", "Send multipart/form-data with files, or application/json.");
  }
  return jsonItems(await readJsonBody(request, MAX_UPLOAD_BYTES + 1024 * 1024));
}

export const createIngestJobEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/ingest-jobs",
  tag: "Ingest jobs",
  summary: "Start an ingest job",
  description:
    "Stores many documents in the background. Send a multipart form with one or more `files` (.txt, .md, .html, " +
    "a .zip of those, or a .jsonl with one `{text, title, outlet, publishedAt, url}` per line), or JSON " +
    `\`{ "documents": [...] }\` with the same fields. Up to ${MAX_JOB_ITEMS} documents and ` +
    `${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Answers 201 at once; follow \`GET /api/ingest-jobs/{id}\`. Files ` +
    "that cannot be read are failed items with their reason. Editors and admins only.",
  role: "editor",
  requestContent: {
    "multipart/form-data": z.object({ files: z.array(z.string().meta({ format: "binary" })) }),
    "application/json": z.object({ documents: z.array(jsonlLineSchema) }).meta({ id: "IngestJobInput" }),
  },
  response: progressSchema,
  status: 201,
  errors: { 413: "Over the upload or document-count limit.", 415: "Neither multipart nor JSON." },
  handler: async ({ request, user }) => {
    const items = await readItems(request);
    const database = db();
    const jobId = await createIngestJob({ items, createdById: user.id }, database);
    await notifyWorkers(jobId, items.length, database);
    const progress = await jobProgress(jobId, undefined, database);
    return NextResponse.json(progress && progressJson(progress), {
      status: 201,
      headers: { location: `/api/ingest-jobs/${jobId}` },
    });
  },
});

export const getIngestJob = defineEndpoint({
  method: "GET",
  path: "/api/ingest-jobs/{id}",
  tag: "Ingest jobs",
  summary: "Get an ingest job's progress",
  description: "Documents finished of total, claims, failures with reasons, rate and ETA.",
  role: "researcher",
  params: z.object({ id: z.string().min(1).meta({ description: "The job's id." }) }),
  response: progressSchema,
  errors: { 404: "No job with this id." },
  handler: async ({ params }) => {
    const progress = await jobProgress(params.id);
    if (!progress) throw new ApiError(404, "not_found", "No ingest job with this id.");
    return progressJson(progress);
  },
});

export const ingestJobEndpoints = [createIngestJobEndpoint, getIngestJob];
