/** POST /api/claims/{id}/split: split a claim before a figure (lib/api/endpoints/claim-structure.ts). */
import { route } from "@/lib/api/endpoint";
import { splitClaimEndpoint } from "@/lib/api/endpoints/claim-structure";

export const POST = route(splitClaimEndpoint);
