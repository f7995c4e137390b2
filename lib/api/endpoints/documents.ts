/**
 * REST endpoints for documents: GET /api/documents (newest first, cursor pages, title/outlet search), GET
 * /api/documents/{id}, and POST /api/documents (ingest as JSON or a multipart upload; 201 new, 200 already stored).
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageSchema } from "@/lib/api/page-schema";
import { DOCUMENT_ORDER, documentsAfter, findDocumentDetail } from "@/lib/documents/data";
import { documentEditSchema, editDocumentMeta } from "@/lib/documents/edit";
import { IngestError } from "@/lib/documents/errors";
import { parseMeta, readIngestForm } from "@/lib/documents/ingest-form";
import { ingestDocument } from "@/lib/documents/mutations";
import { MAX_FILE_BYTES } from "@/lib/documents/schema";
import { statusOf } from "@/lib/errors";
import { decodeCursor, keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { readJsonBody } from "../json-body.ts";
import { readMultipart } from "../multipart.ts";
import {
  documentDetail,
  documentEditBody,
  documentEditResult,
  documentListQuerySchema,
  documentSummary,
  ingestJson,
  ingestMultipart,
  ingestResult,
} from "./document-schemas.ts";

const NEWEST_NAME = "documents:newest";

const iso = (d: Date) => d.toISOString();

export const listDocuments = defineEndpoint({
  method: "GET",
  path: "/api/documents",
  tag: "Documents",
  summary: "List documents",
  description: "Documents newest first, with their claim and flag counts; `q` searches title and outlet.",
  role: "researcher",
  query: documentListQuerySchema,
  response: pageSchema(documentSummary).meta({ id: "DocumentPage" }),
  handler: async ({ query }) => {
    const after = query.cursor ? decodeCursor(query.cursor, NEWEST_NAME, ["string", "string"]) : null;
    const rows = await documentsAfter({ q: query.q }, after, query.limit + 1);
    const page = pageOf(rows, query.limit, NEWEST_NAME, (r) => keyOfRow(DOCUMENT_ORDER, r));
    return {
      items: page.items.map((d) => ({
        ...d,
        publishedAt: d.publishedAt && iso(d.publishedAt),
        createdAt: iso(d.createdAt),
      })),
      nextCursor: page.nextCursor,
    };
  },
});

export const getDocumentById = defineEndpoint({
  method: "GET",
  path: "/api/documents/{id}",
  tag: "Documents",
  summary: "Get a document",
  description: "Metadata, the full text and the claim count. The claims themselves: `GET /api/claims?document={id}`.",
  role: "researcher",
  params: z.object({ id: z.string().min(1).meta({ description: "The document's id." }) }),
  response: documentDetail,
  errors: { 404: "No document with this id." },
  handler: async ({ params }) => {
    const d = await findDocumentDetail(params.id);
    if (!d) throw new ApiError(404, "not_found", "No document with this id.");
    return { ...d, publishedAt: d.publishedAt && iso(d.publishedAt), createdAt: iso(d.createdAt) };
  },
});

export const editDocument = defineEndpoint({
  method: "PATCH",
  path: "/api/documents/{id}",
  tag: "Documents",
  summary: "Edit a document's details",
  description:
    "Sets the title, outlet and publication time with the version you read (optimistic locking), as the document " +
    "page's form does; audited. A new time or outlet regroups the document's figures. Editors and admins only.",
  role: "editor",
  params: z.object({ id: z.string().min(1).meta({ description: "The document's id." }) }),
  // The documented body, then the write's own schema (trimmed, a real date): the handler gets the write's input.
  body: documentEditBody.pipe(documentEditSchema),
  response: documentEditResult,
  errors: { 404: "No document with this id.", 409: "Someone edited the document since you read it; read it again." },
  handler: async ({ params, body, user }) => {
    const result = await editDocumentMeta(user, params.id, body);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

/** JSON or multipart: both entry points accept and refuse what the web form does (lib/documents/ingest-form.ts). */
async function readIngest(request: Request): Promise<Parameters<typeof ingestDocument>[0]> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return readIngestForm(await readMultipart(request));
  if (!type.startsWith("application/json")) {
    throw new ApiError(415, "unsupported_type", "Send application/json or multipart/form-data.");
  }
  const body = await readJsonBody(request, MAX_FILE_BYTES + 64 * 1024);
  if (typeof body !== "object" || body === null) throw new IngestError("invalid", "Send a JSON object.");
  const record = body as Record<string, unknown>;
  if (record.text !== undefined && typeof record.text !== "string") {
    throw new IngestError("invalid", "text: expected a string");
  }
  return { ...parseMeta(record), text: (record.text as string | undefined) ?? "" };
}

export const createDocument = defineEndpoint({
  method: "POST",
  path: "/api/documents",
  tag: "Documents",
  summary: "Add a document",
  description:
    "Stores a document and extracts its claims. Send JSON with `text`, or a multipart form with a `file` " +
    "(.txt, .md, .html) or `text`. The same text again is not stored twice: the answer is then 200 with the " +
    "existing document and `created: false`. Editors and admins only.",
  role: "editor",
  requestContent: { "application/json": ingestJson, "multipart/form-data": ingestMultipart },
  response: ingestResult,
  status: 201,
  otherSuccess: { 200: "The same text was already stored: the existing document, `created: false`." },
  errors: {
    413: `The body, file or text is over its limit (files ${MAX_FILE_BYTES / 1024 / 1024} MB, text 2 MB).`,
    415: "Neither JSON nor multipart, or a file type other than .txt, .md, .html.",
  },
  handler: async ({ request, user }) => {
    // Refuse oversized bodies from the header before reading them.
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_FILE_BYTES + 64 * 1024) {
      throw new ApiError(413, "too_large", `The request is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`);
    }
    const input = await readIngest(request);
    const result = await ingestDocument({ ...input, createdById: user.id });
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  },
});

export const documentEndpoints = [listDocuments, getDocumentById, editDocument, createDocument];
