/** GET /api/sources: lib/api/endpoints/sources.ts. */

import { route } from "@/lib/api/endpoint";
import { listSources } from "@/lib/api/endpoints/sources";

export const GET = route(listSources);
