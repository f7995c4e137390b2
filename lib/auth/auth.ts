/**
 * better-auth configured for claimtrack (see docs/decisions/002-authentication.md): email and password only (no
 * public sign-up: an admin or /setup creates accounts), scrypt password hashes, httpOnly SameSite=Lax session
 * cookies, and rate-limited sign-in. One instance per database client. The limits live in the database (RateLimit), so
 * every process shares them (docs/decisions/007-shared-rate-limit.md).
 */

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { type Db, db, providerOf } from "@/lib/db/client";
import { env } from "@/lib/env";
import { appOrigins } from "@/lib/security/origin";
import { accountLimitHooks } from "./account-limit.ts";
import { ipAddressOptions } from "./client-address.ts";
import { databaseRateLimitStorage } from "./rate-limit-store.ts";
import { authSecret } from "./secret.ts";

/** Sign-in attempts allowed per client address (see client-address.ts) and window (seconds). */
export const SIGN_IN_LIMIT = { window: 60, max: 10 } as const;

function build(database: Db) {
  return betterAuth({
    appName: "claimtrack",
    baseURL: env().BETTER_AUTH_URL ?? "http://127.0.0.1:3000",
    secret: authSecret(),
    database: prismaAdapter(database, {
      provider: providerOf(database) === "postgres" ? "postgresql" : "sqlite",
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    user: {
      additionalFields: {
        // input: false: nobody sets their own role through the auth endpoints; only admins, through our actions.
        role: { type: "string", required: false, defaultValue: "researcher", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      // On by default only in production; sign-in must be limited in every mode (and in tests).
      enabled: true,
      window: 60,
      max: 300,
      customRules: { "/sign-in/*": SIGN_IN_LIMIT },
      // Shared by every process and kept across restarts; one atomic statement per request.
      customStorage: databaseRateLimitStorage(database),
    },
    // Per account (email), whatever the address: a guess from many addresses still counts.
    hooks: accountLimitHooks(database),
    advanced: {
      // Secure cookies when the public URL is https (docs/security.md); plain http on 127.0.0.1 or localhost otherwise.
      useSecureCookies: (env().BETTER_AUTH_URL ?? "").startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // better-auth skips its origin check when it detects a test runner; keep it on, so tests meet the real check.
      disableOriginCheck: false,
      // X-Forwarded-For only from the proxies TRUSTED_PROXY names; otherwise one bucket for every client.
      ipAddress: ipAddressOptions(),
    },
    // The same origins the proxy's cross-site check accepts: BETTER_AUTH_URL, else the host the request was addressed
    // to (Next may rewrite request.url's host, so the Host header counts too: 127.0.0.1 on any port, localhost).
    trustedOrigins: (request) =>
      request ? appOrigins({ method: request.method, url: request.url, headers: request.headers }) : [],
    plugins: [nextCookies()],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof build>;

const instances = new WeakMap<Db, Auth>();

/**
 * The auth instance for a database client (the process-wide one by default).
 *
 * @example
 * const session = await authFor().api.getSession({ headers: request.headers });
 */
export function authFor(database: Db = db()): Auth {
  let auth = instances.get(database);
  if (!auth) {
    auth = build(database);
    instances.set(database, auth);
  }
  return auth;
}
