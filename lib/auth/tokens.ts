/**
 * Personal API tokens (issue 6, docs/decisions/004-api-tokens.md): the secret's format and its hash. A token is
 * `ct_` + 32 random bytes in base64url; the database keeps only its SHA-256 (hex) and a short display prefix. A
 * plain fast hash is enough here, unlike passwords: 256 random bits cannot be guessed, so there is nothing for a slow
 * hash to slow down, and a fast one lets every request look its token up by hash through a unique index.
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "ct_";
/** Characters of the secret kept for display ("ct_" + 8), enough to tell a user's tokens apart, useless to guess. */
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 8;
const TOKEN_PATTERN = /^ct_[A-Za-z0-9_-]{43}$/;

export interface NewSecret {
  /** The secret itself: shown to its owner once, never stored. */
  token: string;
  tokenHash: string;
  prefix: string;
}

/**
 * A fresh token secret with what is stored about it.
 *
 * @example
 * const { token, tokenHash, prefix } = newTokenSecret(); // token "ct_Xk3…", prefix "ct_Xk3f9a2Q"
 */
export function newTokenSecret(): NewSecret {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, DISPLAY_LENGTH) };
}

/**
 * The stored form of a token: SHA-256, hex.
 *
 * @example
 * hashToken("ct_abc").length // 64
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Whether a string has the shape of one of our tokens (checked before any database lookup).
 *
 * @example
 * isTokenShaped(newTokenSecret().token) // true
 * isTokenShaped("hello") // false
 */
export function isTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The credential of an `Authorization: Bearer …` header; null when the request has none (cookie or anonymous) or
 * uses another scheme.
 *
 * @example
 * bearerToken(new Headers({ authorization: "Bearer ct_x" })) // "ct_x"
 * bearerToken(new Headers()) // null
 */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
