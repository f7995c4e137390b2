/**
 * The REST list endpoints' page parameters and page envelope: `limit` + `cursor` in, `{ items, nextCursor }` out.
 * The cursors themselves are lib/pagination/cursor.ts.
 */
import { z } from "zod";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** `limit` and `cursor`, for merging into a list endpoint's query schema. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page, 1-${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .max(4096)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; omit for the first page." }),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/**
 * The response schema of a page of `item`.
 *
 * @example
 * const sourcePage = pageSchema(sourceSchema); // { items: Source[], nextCursor: string | null }
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });
}
