/** GET /api/groups: lib/api/endpoints/groups.ts. */
import { route } from "@/lib/api/endpoint";
import { listGroups } from "@/lib/api/endpoints/groups";

export const GET = route(listGroups);
