/**
 * Cursors whose key parts have the types their order's columns hold. decodeCursor checks the shape and the order's
 * name; a forged cursor with a number where a text column is compared would otherwise reach Prisma, fail its query
 * validation and answer 500 instead of 422.
 */
import { decodeCursor, type KeyPart } from "@/lib/api/cursor";
import { ApiError } from "@/lib/api/errors";

/**
 * The key inside `cursor` for the order `order`, each part of the type listed; anything else is a 422.
 *
 * @example
 * decodeTypedCursor(encodeCursor("quantity-document", ["d1", 40, "q7"]), "quantity-document", ["string", "number", "string"])
 * // ["d1", 40, "q7"]
 */
export function decodeTypedCursor(cursor: string, order: string, types: Array<"string" | "number">): KeyPart[] {
  const key = decodeCursor(cursor, order);
  if (key.length !== types.length || key.some((part, i) => typeof part !== types[i])) {
    throw new ApiError(422, "invalid_cursor", "cursor: not a cursor this API issued.");
  }
  return key;
}
