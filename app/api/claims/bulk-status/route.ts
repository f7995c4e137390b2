/** POST /api/claims/bulk-status: many claims' status at once (lib/api/endpoints/claims-bulk.ts). */
import { route } from "@/lib/api/endpoint";
import { bulkStatus } from "@/lib/api/endpoints/claims-bulk";

export const POST = route(bulkStatus);
