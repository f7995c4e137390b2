/** GET /api/documents (cursor pages) and POST /api/documents (ingest): lib/api/endpoints/documents.ts. */
import { route } from "@/lib/api/endpoint";
import { createDocument, listDocuments } from "@/lib/api/endpoints/documents";

export const GET = route(listDocuments);
export const POST = route(createDocument);
