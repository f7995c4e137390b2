/** GET /api/quantities: lib/api/endpoints/quantities.ts. */
import { route } from "@/lib/api/endpoint";
import { listQuantities } from "@/lib/api/endpoints/quantities";

export const GET = route(listQuantities);
