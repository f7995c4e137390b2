/**
 * The one role check of a domain command (issue 12: one role-check helper per surface). Pages use `requirePageUser`
 * / `hasRole`, REST endpoints declare `role` in `defineEndpoint`, server actions take `requireRole(min)`; a command
 * shared by an action and a route checks the gate it is given here. Pure: no headers, no database.
 */
import type { Gate, SessionUser } from "./require.ts";
import { hasRole, type Role } from "./roles.ts";

/** A write refused for who is asking, as the domain commands return it (no HTTP status: lib/errors.ts has those). */
export type Refusal = { ok: false; code: "unauthenticated" | "forbidden"; message: string };

/**
 * The one role check of a domain command given a gate already taken (a server action's `requireRole`, a route's
 * `gate`): the signed-in user when they reach `min`, else the refusal — the gate's own, or `forbidden` with `message`.
 *
 * @example
 * const access = permit(gate, "editor"); if (!access.ok) return access; // access.user.id
 * permit(reviewerGate, "editor") // { ok: false, code: "forbidden", message: "This needs the editor role." }
 */
export function permit(
  gate: Gate,
  min: Role,
  message = `This needs the ${min} role.`,
): { ok: true; user: SessionUser } | Refusal {
  if (!gate.ok) return { ok: false, code: gate.code, message: gate.message };
  if (!hasRole(gate.user.role, min)) return { ok: false, code: "forbidden", message };
  return { ok: true, user: gate.user };
}
