/** POST /api/claims/bulk-status/{id}/undo (lib/api/endpoints/claims-bulk.ts). */
import { route } from "@/lib/api/endpoint";
import { undoBulkStatus } from "@/lib/api/endpoints/claims-bulk";

export const POST = route(undoBulkStatus);
