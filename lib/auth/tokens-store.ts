/**
 * Creating, listing and revoking API tokens (server-only), each change audited in its own transaction. Callers (the
 * route handlers and server actions) pass the gate's user; the owner-or-admin rule for revoking lives here, once.
 */
import { recordAudit } from "@/lib/audit/record";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { ERROR_STATUS } from "@/lib/errors";
import type { SessionUser } from "./require.ts";
import { hasRole } from "./roles.ts";
import { newTokenSecret } from "./tokens.ts";
import type { CreatedToken, NewTokenInput, TokenStatus, TokenView } from "./tokens-schema.ts";

const DAY_MS = 86_400_000;

const viewSelect = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

interface Row {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/**
 * A stored row as its owner sees it, with its status at `now`.
 *
 * @example
 * toView(row).status // "active"
 */
export function toView(row: Row, now = new Date()): TokenView {
  let status: TokenStatus = "active";
  if (row.revokedAt) status = "revoked";
  else if (row.expiresAt && row.expiresAt <= now) status = "expired";
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    status,
  };
}

/**
 * Creates a token for `userId`; the answer carries the secret, which is never stored or shown again.
 *
 * @example
 * const { token } = await createApiToken(user.id, { name: "notebook", expiresInDays: 30 });
 */
export async function createApiToken(
  userId: string,
  input: NewTokenInput,
  now = new Date(),
  database: Db = db(),
): Promise<CreatedToken> {
  const { token, tokenHash, prefix } = newTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
  const row = await database.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { id: newId(), userId, name: input.name, tokenHash, prefix, createdAt: now, expiresAt },
      select: viewSelect,
    });
    await recordAudit(tx, {
      actorId: userId,
      entityType: "user",
      entityId: userId,
      action: "api-token.create",
      after: { tokenId: created.id, name: created.name, prefix, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { ...toView(row, now), token };
}

/**
 * A user's tokens, newest first (revoked and expired ones included, so the owner sees what happened to them).
 *
 * @example
 * const tokens = await listApiTokens(user.id);
 */
export async function listApiTokens(userId: string, database: Db = db(), now = new Date()): Promise<TokenView[]> {
  const rows = await database.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: viewSelect,
  });
  return rows.map((row) => toView(row, now));
}

export type RevokeResult =
  | { ok: true; token: TokenView }
  | {
      ok: false;
      status: (typeof ERROR_STATUS)["forbidden" | "not_found"];
      code: "forbidden" | "not_found";
      message: string;
    };

/**
 * Revokes a token: its owner may, and an admin may revoke anyone's. Revoking twice keeps the first time.
 *
 * @example
 * const result = await revokeApiToken(tokenId, access.user);
 */
export async function revokeApiToken(
  tokenId: string,
  actor: SessionUser,
  now = new Date(),
  database: Db = db(),
): Promise<RevokeResult> {
  const row = await database.apiToken.findUnique({ where: { id: tokenId }, select: viewSelect });
  if (!row)
    return { ok: false, status: ERROR_STATUS.not_found, code: "not_found", message: "No API token with this id." };
  if (row.userId !== actor.id && !hasRole(actor.role, "admin")) {
    return {
      ok: false,
      status: ERROR_STATUS.forbidden,
      code: "forbidden",
      message: "You can revoke only your own API tokens.",
    };
  }
  const updated = await database.$transaction(async (tx) => {
    // Conditional: of two concurrent revokes one writes (and is audited); the other sees the first one's time.
    const changed = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
    if (changed.count === 0) return tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: viewSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: row.userId,
      action: "api-token.revoke",
      before: { tokenId, name: row.name, prefix: row.prefix, revokedAt: null },
      after: { tokenId, name: row.name, prefix: row.prefix, revokedAt: now.toISOString() },
    });
    return tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: viewSelect });
  });
  return { ok: true, token: toView(updated, now) };
}
