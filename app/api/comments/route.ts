/** GET and POST /api/comments: lib/api/endpoints/comments.ts. */
import { route } from "@/lib/api/endpoint";
import { createComment, listComments } from "@/lib/api/endpoints/comments";

export const GET = route(listComments);
export const POST = route(createComment);
