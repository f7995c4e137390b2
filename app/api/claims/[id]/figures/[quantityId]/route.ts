/** PUT /api/claims/{id}/figures/{quantityId}: correct one figure with the claim's version (lib/api/endpoints/claims.ts). */
import { route } from "@/lib/api/endpoint";
import { correctFigureEndpoint } from "@/lib/api/endpoints/claims";

export const PUT = route(correctFigureEndpoint);
