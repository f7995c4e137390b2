/** PATCH and DELETE /api/comments/{id}: lib/api/endpoints/comments.ts. */
import { route } from "@/lib/api/endpoint";
import { removeComment, updateComment } from "@/lib/api/endpoints/comments";

export const PATCH = route(updateComment);
export const DELETE = route(removeComment);
