/** GET /api/claims/{id}: lib/api/endpoints/claims.ts. */
import { route } from "@/lib/api/endpoint";
import { getClaimById } from "@/lib/api/endpoints/claims";

export const GET = route(getClaimById);
