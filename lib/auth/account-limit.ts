/**
 * Per-account sign-in limit (docs/decisions/007-shared-rate-limit.md): at most ACCOUNT_SIGN_IN_LIMIT.max password
 * sign-ins for one email per window, whatever address they come from, so one account cannot be guessed at from many
 * addresses. A successful sign-in clears the count, so what it limits is failed attempts since the last success.
 * better-auth's limiter keys only by address and path, so this runs as its before/after hooks on the same table.
 */
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "@/lib/db/client";
import { clearRateLimit, consumeRateLimit } from "./rate-limit-store.ts";

/** Sign-in attempts allowed per account (email) without a success in between, per window (seconds). */
export const ACCOUNT_SIGN_IN_LIMIT = { window: 15 * 60, max: 20 } as const;

const SIGN_IN_PATH = "/sign-in/email";

/**
 * The rate-limit key of an account: its email as better-auth compares it (trimmed, lower case).
 *
 * @example
 * accountKey(" Eve@Example.org ") // "account:eve@example.org"
 */
export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() ? email : null;
}

/**
 * better-auth hooks: `before` counts a sign-in against its account and answers 429 over the limit; `after` clears
 * the count when the sign-in made a session.
 *
 * @example
 * betterAuth({ hooks: accountLimitHooks(db()) });
 */
export function accountLimitHooks(database: Db) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const decision = await consumeRateLimit(database, accountKey(email), ACCOUNT_SIGN_IN_LIMIT);
      if (!decision.allowed) {
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { message: "Too many sign-in attempts for this account. Please try again later." },
          { "X-Retry-After": String(decision.retryAfter ?? ACCOUNT_SIGN_IN_LIMIT.window) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH || !ctx.context.newSession) return;
      const email = emailOf(ctx.body);
      if (email) await clearRateLimit(database, accountKey(email));
    }),
  };
}
