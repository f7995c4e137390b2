/** POST /api/comments/{id}/reopen: lib/api/endpoints/comments.ts. */
import { route } from "@/lib/api/endpoint";
import { reopenComment } from "@/lib/api/endpoints/comments";

export const POST = route(reopenComment);
