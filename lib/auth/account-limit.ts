/**
 * Per-account sign-in back-off (docs/decisions/007-shared-rate-limit.md, ADR 012): attempts at one email from any
 * address are spaced exponentially once a few have failed, so one account cannot be guessed at from many addresses,
 * and nobody can lock its owner out for long. A successful sign-in clears the count.
 * better-auth's limiter keys only by address and path, so this runs as its before/after hooks on the same table.
 */
import { APIError, createAuthMiddleware } from "better-auth/api";
import { type Db, db } from "@/lib/db/client";
import { refuseWeakNewPassword } from "./password-hook.ts";
import { clearRateLimit, consumeBackoff } from "./rate-limit-store.ts";

export { ACCOUNT_BACKOFF, backoffSeconds } from "./backoff.ts";

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
 * better-auth hooks: `before` counts a sign-in against its account and answers 429 over the limit (and refuses a new
 * password that breaks the rule, lib/auth/password-hook.ts); `after` clears the count when the sign-in made a session.
 *
 * @example
 * betterAuth({ hooks: accountLimitHooks() });
 */
export function accountLimitHooks(database: Db = db()) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      // better-auth runs one `before` hook: the password rule for its change/reset endpoints rides on this one.
      refuseWeakNewPassword(ctx.path, ctx.body);
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const decision = await consumeBackoff(accountKey(email), undefined, database);
      if (!decision.allowed) {
        throw new APIError(
          "TOO_MANY_REQUESTS",
          {
            message: `Too many sign-in attempts for this account. Please try again in ${decision.retryAfter} s.`,
          },
          { "X-Retry-After": String(decision.retryAfter) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH || !ctx.context.newSession) return;
      const email = emailOf(ctx.body);
      if (email) await clearRateLimit(accountKey(email), database);
    }),
  };
}
