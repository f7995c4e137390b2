/** GET /api/export: the claims table's rows as a streamed CSV/JSON/JSONL/ClaimReview file (lib/api/endpoints/export.ts). */
import { route } from "@/lib/api/endpoint";
import { exportClaims } from "@/lib/api/endpoints/export";

export const GET = route(exportClaims);
