/**
 * Who an API token speaks for, checked on every request that carries one. The user's role, ban and existence are
 * read fresh with the token (one query), so demoting, banning or removing the user applies to their tokens at once.
 */
import { type Db, db } from "@/lib/db/client";
import type { SessionUser } from "./require.ts";
import { isRole } from "./roles.ts";
import { hashToken, isTokenShaped } from "./tokens.ts";

export type TokenCheck = { ok: true; user: SessionUser } | { ok: false; message: string };

/** lastUsedAt is written at most this often per token, so a busy script does not turn every read into a write. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const UNKNOWN = "This API token is unknown: check that it was copied whole, or create a new one at /account/tokens.";

/**
 * Checks a bearer token: unknown, revoked, expired and disabled-account tokens are refused with a reason.
 *
 * @example
 * const check = await verifyToken("ct_…"); if (check.ok) check.user.role;
 */
export async function verifyToken(token: string, now = new Date(), database: Db = db()): Promise<TokenCheck> {
  if (!isTokenShaped(token)) return { ok: false, message: UNKNOWN };
  const row = await database.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, banned: true } },
    },
  });
  if (!row) return { ok: false, message: UNKNOWN };
  if (row.revokedAt) return { ok: false, message: `This API token was revoked on ${row.revokedAt.toISOString()}.` };
  if (row.expiresAt && row.expiresAt <= now) {
    return { ok: false, message: `This API token expired on ${row.expiresAt.toISOString()}.` };
  }
  const { user } = row;
  if (user.banned || !isRole(user.role)) {
    return { ok: false, message: "This API token's account is disabled." };
  }
  await touch(database, row.id, row.lastUsedAt, now);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, apiTokenId: row.id } };
}

async function touch(database: Db, id: string, lastUsedAt: Date | null, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > stale) return;
  // Conditional, so two concurrent requests write once and a slow one never moves the time backwards.
  await database.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: now },
  });
}
