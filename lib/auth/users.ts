/**
 * Creating accounts without public sign-up: the first admin (env or /setup) and users an admin adds. Passwords go
 * through better-auth's own hasher (scrypt), never ours.
 */
import type { Db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { authFor } from "./auth.ts";
import type { Role } from "./roles.ts";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export class UserExistsError extends Error {}

/**
 * Creates a user with an email+password credential and records it in the audit log.
 *
 * @example
 * await createUserWithPassword(db(), { email: "e@x.org", name: "Eve", password: "a long secret", role: "editor" }, adminId);
 */
export async function createUserWithPassword(database: Db, input: NewUser, actorId: string | null): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (await database.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserExistsError(`A user with the email ${email} already exists.`);
  }
  const ctx = await authFor(database).$context;
  const hash = await ctx.password.hash(input.password);
  const id = newId();
  await database.$transaction(async (tx) => {
    await tx.user.create({ data: { id, email, name: input.name.trim(), role: input.role, emailVerified: true } });
    await tx.account.create({
      data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: hash },
    });
    await tx.auditEvent.create({
      data: {
        id: newId(),
        actorId: actorId ?? id,
        entityType: "user",
        entityId: id,
        action: "create",
        after: JSON.stringify({ email, name: input.name.trim(), role: input.role }),
      },
    });
  });
  return id;
}

/**
 * Number of users who can sign in (accounts with a password); the local placeholder user of scripts has none.
 *
 * @example
 * if ((await countSignInUsers(db())) === 0) redirect("/setup");
 */
export async function countSignInUsers(database: Db): Promise<number> {
  return database.account.count({ where: { providerId: "credential" } });
}

/**
 * Creates the first admin from CLAIMTRACK_ADMIN_EMAIL / CLAIMTRACK_ADMIN_PASSWORD when no one can sign in yet.
 * Returns the email created, or null when nothing was done.
 *
 * @example
 * await ensureAdminFromEnv(db()); // in db:prepare
 */
export async function ensureAdminFromEnv(database: Db, env = process.env): Promise<string | null> {
  const email = env.CLAIMTRACK_ADMIN_EMAIL?.trim();
  const password = env.CLAIMTRACK_ADMIN_PASSWORD;
  if (!email || !password) return null;
  if ((await countSignInUsers(database)) > 0) return null;
  await createUserWithPassword(database, { email, name: "Administrator", password, role: "admin" }, null);
  return email;
}

/**
 * An admin changes someone's role; audited with before and after.
 *
 * @example
 * await setUserRole(db(), { userId, role: "reviewer" }, adminId);
 */
export async function setUserRole(
  database: Db,
  input: { userId: string; role: Role },
  actorId: string,
): Promise<{ ok: true } | { ok: false; code: "not_found"; message: string }> {
  return database.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!before) return { ok: false, code: "not_found", message: "No such user." };
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await tx.auditEvent.create({
      data: {
        id: newId(),
        actorId,
        entityType: "user",
        entityId: input.userId,
        action: "role",
        before: JSON.stringify({ role: before.role }),
        after: JSON.stringify({ role: input.role }),
      },
    });
    return { ok: true };
  });
}
