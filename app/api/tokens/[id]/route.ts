/** DELETE /api/tokens/{id}: lib/api/endpoints/tokens.ts. */
import { route } from "@/lib/api/endpoint";
import { revokeToken } from "@/lib/api/endpoints/tokens";

export const DELETE = route(revokeToken);
