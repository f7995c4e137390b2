/**
 * The one authorization gate (issue 5). Every server action and route handler that writes calls `gate` (or one of
 * its wrappers) with the lowest role allowed; pages call `requirePageUser`. Reads need a signed-in user of any role.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { ERROR_STATUS } from "@/lib/errors";
import { authFor } from "./auth.ts";
import { hasRole, isRole, type Role } from "./roles.ts";
import { bearerToken } from "./tokens.ts";
import { verifyToken } from "./tokens-verify.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set when the request was authenticated by a personal API token (not a browser session). */
  apiTokenId?: string;
}

/** Who a domain write is attributed to: the user a server action's or a route's gate let through (lib/auth/action.ts). */
export type Actor = Pick<SessionUser, "id" | "role">;

export type Denied = {
  ok: false;
  code: "unauthenticated" | "forbidden";
  status: (typeof ERROR_STATUS)["unauthenticated" | "forbidden"];
  message: string;
};
export type Gate = { ok: true; user: SessionUser } | Denied;

/**
 * The signed-in user for a request's headers: an `Authorization: Bearer` API token when there is one (it alone
 * decides, so a bad token is never rescued by a cookie), otherwise the session cookie. The role is read fresh from
 * the database so a role change, ban or removal applies at once.
 *
 * @example
 * const user = await sessionUser(request.headers);
 */
export async function sessionUser(headers: Headers, database: Db = db()): Promise<SessionUser | null> {
  return (await identify(headers, database)).user;
}

type Identity = { user: SessionUser; refusal: null } | { user: null; refusal: string | null };

async function identify(headers: Headers, database: Db): Promise<Identity> {
  const token = bearerToken(headers);
  if (token !== null) {
    const check = await verifyToken(token, undefined, database);
    return check.ok ? { user: check.user, refusal: null } : { user: null, refusal: check.message };
  }
  const user = await cookieUser(headers, database);
  return user ? { user, refusal: null } : { user: null, refusal: null };
}

async function cookieUser(headers: Headers, database: Db): Promise<SessionUser | null> {
  const session = await authFor(database).api.getSession({ headers });
  if (!session) return null;
  const row = await database.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, banned: true },
  });
  if (!row || row.banned || !isRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/**
 * Decides whether a user may do something that needs `min`.
 *
 * @example
 * authorize(null, "editor") // { ok: false, code: "unauthenticated", status: 401, … }
 * authorize(reviewer, "editor") // { ok: false, code: "forbidden", status: 403, … }
 */
export function authorize(user: SessionUser | null, min: Role): Gate {
  if (!user) {
    return { ok: false, code: "unauthenticated", status: ERROR_STATUS.unauthenticated, message: "Sign in first." };
  }
  if (!hasRole(user.role, min)) {
    return {
      ok: false,
      code: "forbidden",
      status: ERROR_STATUS.forbidden,
      message: `This needs the ${min} role; you are a ${user.role}.`,
    };
  }
  return { ok: true, user };
}

/**
 * The gate for a request: API token or session from its headers, then the role check. A refused token answers 401
 * with the reason (unknown, revoked, expired, account disabled).
 *
 * @example
 * const g = await gate(request.headers, "editor"); if (!g.ok) return apiError(g.status, g.code, g.message);
 */
export async function gate(headers: Headers, min: Role, database: Db = db()): Promise<Gate> {
  const identity = await identify(headers, database);
  if (identity.refusal) {
    return { ok: false, code: "unauthenticated", status: ERROR_STATUS.unauthenticated, message: identity.refusal };
  }
  return authorize(identity.user, min);
}

/**
 * The gate inside a server action or server component (reads the incoming request's headers from Next).
 *
 * @example
 * const g = await requireRole("editor"); if (!g.ok) return g;
 */
export async function requireRole(min: Role): Promise<Gate> {
  return gate(await headers(), min);
}

/**
 * For pages: the signed-in user, or a redirect to /sign-in (and /forbidden for a too-low role).
 *
 * @example
 * const user = await requirePageUser("admin");
 */
export async function requirePageUser(min: Role = "researcher"): Promise<SessionUser> {
  const user = await sessionUser(await headers());
  if (!user) redirect("/sign-in");
  if (!hasRole(user.role, min)) redirect("/forbidden");
  return user;
}

/**
 * The signed-in user for a page that adapts to the role (e.g. shows the status control only to editors).
 *
 * @example
 * const user = await currentUser(); const canEdit = hasRole(user?.role, "editor");
 */
export async function currentUser(): Promise<SessionUser | null> {
  return sessionUser(await headers());
}
