/** PUT /api/claims/{id}/status with `{ status, version }` (optimistic locking): lib/api/endpoints/claims.ts. */
import { route } from "@/lib/api/endpoint";
import { changeStatus } from "@/lib/api/endpoints/claims";

export const PUT = route(changeStatus);
