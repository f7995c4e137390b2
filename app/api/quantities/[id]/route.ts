/** GET /api/quantities/{id}: lib/api/endpoints/quantities.ts. */
import { route } from "@/lib/api/endpoint";
import { getQuantity } from "@/lib/api/endpoints/quantities";

export const GET = route(getQuantity);
