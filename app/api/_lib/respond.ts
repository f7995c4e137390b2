/** The API's error envelope lives in lib/api/respond.ts; route files import it from here too. */
export { apiError, handle } from "@/lib/api/respond";
