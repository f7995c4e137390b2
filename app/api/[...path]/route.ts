/**
 * Any /api path no endpoint answers: a 404 in the API's envelope (it used to be the HTML not-found page), whatever
 * the method. Next matches the specific routes first, so this only sees paths that exist nowhere.
 */
import { apiError } from "@/lib/api/respond";

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return apiError(404, "not_found", `No API endpoint at ${path}. The reference is at /docs/api.`);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
