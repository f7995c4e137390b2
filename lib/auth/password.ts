/**
 * The one password rule, for every way an account gets a password (/setup, /admin/users, CLAIMTRACK_ADMIN_PASSWORD):
 * at least 10 characters that are not all spaces, counted after trimming (ten spaces, or "a" plus nine spaces, is not
 * a password), at most 256 (scrypt hashes whatever it is given; a megabyte of password is a denial of service).
 */
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export const PASSWORD_RULE = `Use at least ${MIN_PASSWORD_LENGTH} characters, not counting spaces at either end.`;

export const passwordSchema = z
  .string()
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((p) => p.trim().length >= MIN_PASSWORD_LENGTH, PASSWORD_RULE);

/** A password that breaks the rule, refused wherever it comes from. */
export class WeakPasswordError extends Error {
  constructor(message = PASSWORD_RULE) {
    super(message);
    this.name = "WeakPasswordError";
  }
}

/**
 * Throws WeakPasswordError unless `password` follows the rule.
 *
 * @example
 * assertPassword("a long passphrase") // ok
 * assertPassword("          ") // throws WeakPasswordError
 */
export function assertPassword(password: string): void {
  const result = passwordSchema.safeParse(password);
  if (!result.success) throw new WeakPasswordError(result.error.issues[0].message);
}
