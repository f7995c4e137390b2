/** GET /api/documents/{id}: lib/api/endpoints/documents.ts. */
import { route } from "@/lib/api/endpoint";
import { getDocumentById } from "@/lib/api/endpoints/documents";

export const GET = route(getDocumentById);
