/**
 * POST /api/documents: JSON `{ text, title?, outlet?, url?, publishedAt? }` or multipart with `file` (or `text`).
 * 201 with the new document, 200 when the same text was already stored. GET lists documents.
 */
import { NextResponse } from "next/server";
import { gate } from "@/lib/auth/require";
import { denyUnless } from "@/lib/auth/route";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/data";
import { IngestError } from "@/lib/documents/errors";
import { parseMeta, readIngestForm } from "@/lib/documents/ingest-form";
import { ingestDocument } from "@/lib/documents/mutations";
import { MAX_FILE_BYTES } from "@/lib/documents/schema";
import { apiError, handle } from "../_lib/respond.ts";

export async function GET(request: Request): Promise<Response> {
  return handle(
    async () => (await denyUnless(request, "researcher")) ?? NextResponse.json({ documents: await listDocuments() }),
  );
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const access = await gate(request.headers, "editor");
    if (!access.ok) return apiError(access.status, access.code, access.message);
    // Refuse oversized bodies from the header before reading them.
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_FILE_BYTES + 64 * 1024) {
      return apiError(413, "too_large", `The request is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`);
    }
    const type = request.headers.get("content-type") ?? "";
    let input: { text: string } & ReturnType<typeof parseMeta>;
    if (type.startsWith("multipart/form-data")) {
      input = await readIngestForm(await request.formData());
    } else if (type.startsWith("application/json")) {
      const body: unknown = await request.json().catch(() => {
        throw new IngestError("invalid", "The body is not valid JSON.");
      });
      if (typeof body !== "object" || body === null) throw new IngestError("invalid", "Send a JSON object.");
      const record = body as Record<string, unknown>;
      if (record.text !== undefined && typeof record.text !== "string") {
        throw new IngestError("invalid", "text: expected a string");
      }
      input = { ...parseMeta(record), text: (record.text as string | undefined) ?? "" };
    } else {
      return apiError(415, "unsupported_type", "Send application/json or multipart/form-data.");
    }
    const database = db();
    const createdById = access.user.id;
    const result = await ingestDocument(database, { ...input, createdById });
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  });
}
