/**
 * User reads for the admin pages: who can sign in (/admin/users) and everyone's name for the audit log's filter.
 */
import "server-only";
import { type Db, db } from "@/lib/db/client";

/**
 * Accounts with a password, oldest first.
 *
 * @example
 * const users = await signInUsers();
 */
export async function signInUsers(database: Db = db()) {
  return database.user.findMany({
    where: { accounts: { some: { providerId: "credential" } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

/**
 * Every user's id, name and email, by name (the audit log's person filter; includes scripts' placeholder user).
 *
 * @example
 * const people = await userNames();
 */
export async function userNames(database: Db = db()) {
  return database.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}
