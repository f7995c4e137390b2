/** POST /api/claims/merge: merge two adjacent claims (lib/api/endpoints/claim-structure.ts). */
import { route } from "@/lib/api/endpoint";
import { mergeClaimsEndpoint } from "@/lib/api/endpoints/claim-structure";

export const POST = route(mergeClaimsEndpoint);
