/** POST /api/comments/{id}/resolve: lib/api/endpoints/comments.ts. */
import { route } from "@/lib/api/endpoint";
import { resolveComment } from "@/lib/api/endpoints/comments";

export const POST = route(resolveComment);
