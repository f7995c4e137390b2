"use server";
/**
 * Server actions for documents (editors and admins): ingest, and editing a document's details. `action()`
 * (lib/auth/action.ts) checks the role and parses the input.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { type DocumentEditResult, documentEditSchema, editDocumentMeta } from "./edit.ts";
import { IngestError } from "./errors.ts";
import { readIngestForm } from "./ingest-form.ts";
import { ingestDocument } from "./mutations.ts";
import type { IngestErrorCode } from "./schema.ts";

export type IngestActionState =
  | { ok: true; documentId: string; created: boolean; claimCount: number }
  | { ok: false; code: IngestErrorCode | "server_error" | "unauthenticated" | "forbidden"; message: string }
  | null;

const ingest = action({ role: "editor", input: z.instanceof(FormData) }, async (form, user) => {
  try {
    const input = await readIngestForm(form);
    const result = await ingestDocument({ ...input, createdById: user.id });
    revalidatePath("/documents");
    revalidatePath("/claims");
    revalidatePath("/sources");
    return { ok: true as const, ...result };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false as const, code: error.code, message: error.message };
    console.error("ingest failed", error);
    return {
      ok: false as const,
      code: "server_error" as const,
      message: "The document could not be stored. Try again.",
    };
  }
});

/**
 * Form action for "add a document" (fields: text, file, title, outlet, url, publishedAt), for useActionState.
 *
 * @example
 * const [state, formAction] = useActionState(ingestDocumentAction, null);
 */
export async function ingestDocumentAction(_prev: IngestActionState, formData: FormData): Promise<IngestActionState> {
  return ingest(formData);
}

/**
 * Editors set a document's title, outlet and publication time with the version they read (lib/documents/edit.ts).
 *
 * @example
 * await editDocumentAction(documentId, { title, outlet, publishedAt: "2026-01-13T04:30:00Z", version: 1 })
 */
export async function editDocumentAction(documentId: string, input: unknown): Promise<DocumentEditResult> {
  return edit(input, documentId);
}

const edit = action({ role: "editor", input: documentEditSchema }, async (input, user, documentId: string) => {
  const result = await editDocumentMeta(user, documentId, input);
  if (result.ok) {
    revalidatePath(`/documents/${documentId}`);
    revalidatePath("/documents");
    revalidatePath("/claims");
    revalidatePath("/events", "layout");
  }
  return result;
});
