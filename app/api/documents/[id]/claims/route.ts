/** POST /api/documents/{id}/claims: add a claim from a span (lib/api/endpoints/claim-structure.ts). */
import { route } from "@/lib/api/endpoint";
import { addClaimEndpoint } from "@/lib/api/endpoints/claim-structure";

export const POST = route(addClaimEndpoint);
