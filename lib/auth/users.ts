/**
 * Creating accounts without public sign-up: the first admin (env or /setup) and users an admin adds. Passwords go
 * through better-auth's own hasher (scrypt), never ours.
 */
import { recordAudit } from "@/lib/audit/record";
import { type Db, db, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { retryTransient } from "@/lib/db/retry";
import { env, type RuntimeEnv } from "@/lib/env";
import { authFor } from "./auth.ts";
import { assertPassword } from "./password.ts";
import type { Role } from "./roles.ts";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export class UserExistsError extends Error {}

/** Someone else completed the first-admin setup (possibly at the same moment). */
export class SetupDoneError extends Error {
  constructor() {
    super("Setup is done: sign in instead.");
  }
}

/** The one FirstAdmin row's id: the primary key lets only one setup ever insert it. */
export const FIRST_ADMIN_ID = "first-admin";

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "P2002";
}

/**
 * Creates a user with an email+password credential and records it in the audit log.
 *
 * @example
 * await createUserWithPassword({ email: "e@x.org", name: "Eve", password: "a long secret", role: "editor" }, adminId);
 */
export async function createUserWithPassword(
  input: NewUser,
  actorId: string | null,
  options: { firstAdmin?: boolean } = {},
  database: Db = db(),
): Promise<string> {
  assertPassword(input.password);
  const email = input.email.trim().toLowerCase();
  if (await database.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserExistsError(`A user with the email ${email} already exists.`);
  }
  const ctx = await authFor(database).$context;
  const hash = await ctx.password.hash(input.password);
  const id = newId();
  try {
    // A setup racing another process's may find SQLite's write lock held past the busy timeout: run it again (the
    // loser of the race then fails on the singleton's key, as it should).
    await retryTransient(() =>
      database.$transaction(async (tx) => {
        if (options.firstAdmin) await claimFirstAdmin(tx, id);
        await insertUser(tx, id, email, input, hash, actorId);
      }),
    );
  } catch (e) {
    if (options.firstAdmin && isUniqueViolation(e)) throw new SetupDoneError();
    throw e;
  }
  return id;
}

/**
 * The first statement of the setup transaction is the write of the singleton row, so a concurrent setup waits on its
 * lock (SQLite's write lock, PostgreSQL's primary-key index) and then fails on the key instead of reading a stale
 * "no account yet". Installs that had accounts before the FirstAdmin table are refused by the count after it.
 */
async function claimFirstAdmin(tx: Tx, userId: string): Promise<void> {
  await tx.firstAdmin.create({ data: { id: FIRST_ADMIN_ID, userId } });
  if ((await tx.account.count({ where: { providerId: "credential" } })) > 0) throw new SetupDoneError();
}

async function insertUser(tx: Tx, id: string, email: string, input: NewUser, hash: string, actorId: string | null) {
  await tx.user.create({ data: { id, email, name: input.name.trim(), role: input.role, emailVerified: true } });
  await tx.account.create({
    data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: hash },
  });
  await recordAudit(tx, {
    actorId: actorId ?? id,
    entityType: "user",
    entityId: id,
    action: "create",
    after: { email, name: input.name.trim(), role: input.role },
  });
}

/**
 * Number of users who can sign in (accounts with a password).
 *
 * @example
 * if ((await countSignInUsers(db())) === 0) redirect("/setup");
 */
export async function countSignInUsers(database: Db = db()): Promise<number> {
  return database.account.count({ where: { providerId: "credential" } });
}

/**
 * Creates the first admin from CLAIMTRACK_ADMIN_EMAIL / CLAIMTRACK_ADMIN_PASSWORD when no one can sign in yet.
 * Returns the email created, or null when nothing was done.
 *
 * @example
 * await ensureAdminFromEnv(); // in db:prepare
 */
export async function ensureAdminFromEnv(
  source: Pick<RuntimeEnv, "CLAIMTRACK_ADMIN_EMAIL" | "CLAIMTRACK_ADMIN_PASSWORD"> = env(),
  database: Db = db(),
): Promise<string | null> {
  const email = source.CLAIMTRACK_ADMIN_EMAIL?.trim();
  const password = source.CLAIMTRACK_ADMIN_PASSWORD;
  if (!email || !password) return null;
  if ((await countSignInUsers(database)) > 0) return null;
  // A fresh install's admin must not start with the password "a": refuse loudly rather than create it.
  assertPassword(password);
  const result = await createFirstAdmin({ email, name: "Administrator", password }, database);
  return result.ok ? email : null;
}

/**
 * Creates the install's first admin, atomically: of any number of simultaneous calls (in one process or several)
 * exactly one succeeds; the others, and every later call, get `{ ok: false }` with a message for the person.
 *
 * @example
 * const result = await createFirstAdmin({ email: "me@x.org", name: "Me", password: "a long passphrase" });
 */
export async function createFirstAdmin(
  input: Omit<NewUser, "role">,
  database: Db = db(),
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  if ((await countSignInUsers(database)) > 0) return { ok: false, message: new SetupDoneError().message };
  try {
    return {
      ok: true,
      id: await createUserWithPassword({ ...input, role: "admin" }, null, { firstAdmin: true }, database),
    };
  } catch (e) {
    // The same email submitted twice at once: the loser finds the winner's account.
    if (e instanceof SetupDoneError || e instanceof UserExistsError)
      return { ok: false, message: new SetupDoneError().message };
    throw e;
  }
}

/**
 * An admin changes someone's role; audited with before and after.
 *
 * @example
 * await setUserRole({ userId, role: "reviewer" }, adminId);
 */
export async function setUserRole(
  input: { userId: string; role: Role },
  actorId: string,
  database: Db = db(),
): Promise<{ ok: true } | { ok: false; code: "not_found"; message: string }> {
  return database.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!before) return { ok: false, code: "not_found", message: "No such user." };
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId,
      entityType: "user",
      entityId: input.userId,
      action: "role",
      before: { role: before.role },
      after: { role: input.role },
    });
    return { ok: true };
  });
}
