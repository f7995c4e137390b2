/** GET /api/groups/{id}: lib/api/endpoints/groups.ts. */
import { route } from "@/lib/api/endpoint";
import { getGroupEndpoint } from "@/lib/api/endpoints/groups";

export const GET = route(getGroupEndpoint);
