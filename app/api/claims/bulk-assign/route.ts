/** POST /api/claims/bulk-assign: assign many claims at once (lib/api/endpoints/claims-bulk.ts). */
import { route } from "@/lib/api/endpoint";
import { bulkAssignment } from "@/lib/api/endpoints/claims-bulk";

export const POST = route(bulkAssignment);
