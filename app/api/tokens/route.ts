/** GET and POST /api/tokens: lib/api/endpoints/tokens.ts. */
import { route } from "@/lib/api/endpoint";
import { createToken, listTokens } from "@/lib/api/endpoints/tokens";

export const GET = route(listTokens);
export const POST = route(createToken);
