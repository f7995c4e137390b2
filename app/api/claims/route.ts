/** GET /api/claims: the claims table's filters and sort with cursor pages (lib/api/endpoints/claims.ts). */
import { route } from "@/lib/api/endpoint";
import { listClaims } from "@/lib/api/endpoints/claims";

export const GET = route(listClaims);
