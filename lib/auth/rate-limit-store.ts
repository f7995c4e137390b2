/**
 * Rate-limit buckets in the database (the RateLimit table), so every server process and every restart sees the same
 * counts (docs/decisions/007-shared-rate-limit.md). One bucket is one row; a request is counted by a single
 * INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING statement, atomic on SQLite and PostgreSQL alike, so
 * simultaneous requests from several processes cannot all pass a stale read.
 *
 * Semantics follow better-auth's own limiter: an allowed request sets `lastRequest`; the window starts again once
 * `window` seconds have passed since the last allowed request; refused requests change nothing.
 */
import { type Db, db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { ACCOUNT_BACKOFF, backoffSeconds } from "./backoff.ts";

export interface RateRule {
  /** Seconds. */
  window: number;
  max: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until a request is allowed again, when refused. */
  retryAfter: number | null;
}

/** Rows idle longer than this are deleted when a new window starts (longer than every window we configure). */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/**
 * Counts one request against `key`; allowed while fewer than `rule.max` were counted in the window.
 *
 * @example
 * const { allowed, retryAfter } = await consumeRateLimit("10.0.0.1|/sign-in/email", { window: 60, max: 10 });
 */
export async function consumeRateLimit(
  key: string,
  rule: RateRule,
  now = Date.now(),
  database: Db = db(),
): Promise<RateDecision> {
  const at = BigInt(now);
  const windowMs = BigInt(rule.window * 1000);
  const rows = await database.$queryRaw<Array<{ count: number | bigint }>>`
    INSERT INTO "RateLimit" ("key", "count", "lastRequest") VALUES (${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${at} - "RateLimit"."lastRequest" >= ${windowMs} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = ${at}
    WHERE ${at} - "RateLimit"."lastRequest" >= ${windowMs} OR "RateLimit"."count" < ${rule.max}
    RETURNING "count"`;
  if (rows.length > 0) {
    if (Number(rows[0].count) === 1) await pruneRateLimits(database, now);
    return { allowed: true, retryAfter: null };
  }
  const row = await database.rateLimit.findUnique({ where: { key }, select: { lastRequest: true } });
  const last = row ? Number(row.lastRequest) : now;
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((last + rule.window * 1000 - now) / 1000)) };
}

/**
 * Counts one attempt against an exponential back-off bucket (`count` = attempts since the last clear,
 * `lastRequest` = the last allowed attempt): refused, changing nothing, while the wait that `count` earns has not
 * passed since the last allowed attempt. One atomic statement, like consumeRateLimit.
 *
 * @example
 * await consumeBackoff("account:eve@example.org") // { allowed: true, retryAfter: null }
 */
export async function consumeBackoff(key: string, now = Date.now(), database: Db = db()): Promise<RateDecision> {
  const at = BigInt(now);
  const { free, maxSeconds } = ACCOUNT_BACKOFF;
  // wait(count) = 0 below `free`, else min(2^(count - free), maxSeconds) seconds; computed in SQL from the stored
  // count so two processes cannot both pass a stale read. POWER is not in every SQLite build: a CASE ladder is.
  const waitMs = Prisma.raw(
    `(CASE WHEN "RateLimit"."count" < ${free} THEN 0 ` +
      Array.from(
        { length: 11 },
        (_, k) => `WHEN "RateLimit"."count" = ${free + k} THEN ${Math.min(maxSeconds, 2 ** k) * 1000} `,
      ).join("") +
      `ELSE ${maxSeconds * 1000} END)`,
  );
  const rows = await database.$queryRaw<Array<{ count: number | bigint }>>`
    INSERT INTO "RateLimit" ("key", "count", "lastRequest") VALUES (${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimit"."count" + 1, "lastRequest" = ${at}
    WHERE ${at} - "RateLimit"."lastRequest" >= ${waitMs}
    RETURNING "count"`;
  if (rows.length > 0) return { allowed: true, retryAfter: null };
  const row = await database.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
  const wait = backoffSeconds(row?.count ?? 0) * 1000;
  const last = row ? Number(row.lastRequest) : now;
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((last + wait - now) / 1000)) };
}

/**
 * Forgets a bucket (a successful sign-in clears its account's failed attempts).
 *
 * @example
 * await clearRateLimit("account:eve@example.org");
 */
export async function clearRateLimit(key: string, database: Db = db()): Promise<void> {
  await database.rateLimit.deleteMany({ where: { key } });
}

async function pruneRateLimits(database: Db, now: number): Promise<void> {
  await database.rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - PRUNE_AFTER_MS) } } });
}

/**
 * better-auth's `rateLimit.customStorage` backed by the RateLimit table.
 *
 * @example
 * betterAuth({ rateLimit: { enabled: true, customStorage: databaseRateLimitStorage() } });
 */
export function databaseRateLimitStorage(database: Db = db()): {
  consume: (key: string, rule: RateRule) => Promise<RateDecision>;
} {
  return { consume: (key, rule) => consumeRateLimit(key, rule, undefined, database) };
}
