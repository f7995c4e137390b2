/** POST /api/groups/{id}/decision: lib/api/endpoints/groups.ts. */
import { route } from "@/lib/api/endpoint";
import { decideGroup } from "@/lib/api/endpoints/groups";

export const POST = route(decideGroup);
