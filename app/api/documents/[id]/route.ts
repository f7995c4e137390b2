/** GET and PATCH /api/documents/{id}: lib/api/endpoints/documents.ts. */
import { route } from "@/lib/api/endpoint";
import { editDocument, getDocumentById } from "@/lib/api/endpoints/documents";

export const GET = route(getDocumentById);
export const PATCH = route(editDocument);
