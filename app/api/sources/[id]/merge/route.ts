/** POST /api/sources/{id}/merge: lib/api/endpoints/sources.ts. */
import { route } from "@/lib/api/endpoint";
import { mergeSourceEndpoint } from "@/lib/api/endpoints/sources";

export const POST = route(mergeSourceEndpoint);
