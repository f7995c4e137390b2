/**
 * Ingest job contract (isomorphic): item and status vocabularies and the JSON shapes of progress.
 */
import { z } from "zod";
import { isRealDate } from "@/lib/documents/schema";

export const jobStatuses = ["queued", "running", "done"] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** pending → running (leased by one worker) → done | duplicate | failed. */
export const itemStatuses = ["pending", "running", "done", "duplicate", "failed"] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** Upload limits: the whole upload, and items per job (each item is one document). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_JOB_ITEMS = 20_000;

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * One JSONL line: the same fields as POST /api/documents, held to the same rules (a job used to store
 * `javascript:` URLs and 2026-02-30 as March 2, rows a later `claimtrack import` refuses).
 */
export const jsonlLineSchema = z.object({
  text: z.string(),
  title: z.string().max(300).optional(),
  outlet: z.string().max(200).optional(),
  publishedAt: z
    .string()
    .max(40)
    .refine((v) => v.trim() === "" || isRealDate(v.trim()), "publishedAt must be a real ISO date such as 2026-01-15")
    .optional(),
  url: z
    .string()
    .max(2000)
    .refine((v) => v.trim() === "" || httpUrl.safeParse(v.trim()).success, "url must be an http(s) URL")
    .optional(),
});

/** An item before it is stored: a document to ingest, or a file refused at upload with its reason. */
export interface ItemDraft {
  name: string;
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  /** Set when the file could not be read: the item is stored as failed with this reason. */
  error?: string;
}
