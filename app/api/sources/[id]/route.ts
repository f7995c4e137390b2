/** GET and PATCH /api/sources/{id}: lib/api/endpoints/sources.ts. */
import { route } from "@/lib/api/endpoint";
import { editSourceEndpoint, getSource } from "@/lib/api/endpoints/sources";

export const GET = route(getSource);
export const PATCH = route(editSourceEndpoint);
