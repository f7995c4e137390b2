/**
 * What a caller may send and receive about API tokens (zod, isomorphic): the same rules for the REST route and the
 * /account/tokens form.
 */
import { z } from "zod";

/** The longest lifetime a token may be given; "no expiry" is allowed too (omit expiresInDays). */
export const MAX_TOKEN_DAYS = 3650;

export const newTokenInput = z.object({
  name: z.string().trim().min(1, "Give the token a name.").max(100, "Keep the name under 100 characters."),
  expiresInDays: z
    .number()
    .int("Whole days only.")
    .min(1, "At least 1 day.")
    .max(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`)
    .optional(),
});
export type NewTokenInput = z.infer<typeof newTokenInput>;

export const tokenStatuses = ["active", "expired", "revoked"] as const;
export type TokenStatus = (typeof tokenStatuses)[number];

/** A token as its owner sees it: never the secret, never its hash. */
export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  status: z.enum(tokenStatuses),
});
export type TokenView = z.infer<typeof tokenView>;

/** The answer to a create: the view plus the secret, which is shown this once. */
export const createdToken = tokenView.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdToken>;
