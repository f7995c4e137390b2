/** PUT /api/claims/{id}/headline: choose the claim's headline figure (lib/api/endpoints/claims.ts). */
import { route } from "@/lib/api/endpoint";
import { setHeadlineEndpoint } from "@/lib/api/endpoints/claims";

export const PUT = route(setHeadlineEndpoint);
