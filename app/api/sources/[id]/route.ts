/** GET /api/sources/{id}: lib/api/endpoints/sources.ts. */
import { route } from "@/lib/api/endpoint";
import { getSource } from "@/lib/api/endpoints/sources";

export const GET = route(getSource);
