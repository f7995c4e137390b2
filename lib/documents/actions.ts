"use server";
/**
 * Server actions for documents: ingest, and editing a document's details. Each checks the role itself.
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import { type DocumentEditResult, editDocumentMeta } from "./edit.ts";
import { IngestError } from "./errors.ts";
import { readIngestForm } from "./ingest-form.ts";
import { ingestDocument } from "./mutations.ts";
import type { IngestErrorCode } from "./schema.ts";

export type IngestActionState =
  | { ok: true; documentId: string; created: boolean; claimCount: number }
  | { ok: false; code: IngestErrorCode | "server_error" | "unauthenticated" | "forbidden"; message: string }
  | null;

/**
 * Form action for "add a document" (fields: text, file, title, outlet, url, publishedAt), for useActionState.
 *
 * @example
 * const [state, formAction] = useActionState(ingestDocumentAction, null);
 */
export async function ingestDocumentAction(_prev: IngestActionState, formData: FormData): Promise<IngestActionState> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  try {
    const input = await readIngestForm(formData);
    const database = db();
    const createdById = access.user.id;
    const result = await ingestDocument(database, { ...input, createdById });
    revalidatePath("/documents");
    revalidatePath("/claims");
    revalidatePath("/sources");
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message };
    console.error("ingest failed", error);
    return { ok: false, code: "server_error", message: "The document could not be stored. Try again." };
  }
}

/**
 * Editors set a document's title, outlet and publication time with the version they read (lib/documents/edit.ts).
 *
 * @example
 * await editDocumentAction(documentId, { title, outlet, publishedAt: "2026-01-13T04:30:00Z", version: 1 })
 */
export async function editDocumentAction(documentId: string, input: unknown): Promise<DocumentEditResult> {
  const result = await editDocumentMeta(await requireRole("editor"), documentId, input);
  if (result.ok) {
    revalidatePath(`/documents/${documentId}`);
    revalidatePath("/documents");
    revalidatePath("/claims");
    revalidatePath("/events", "layout");
  }
  return result;
}
