/**
 * Domain writes in tests, as the server actions run them: the role check of `action()` (lib/auth/action.ts) on a
 * gate, then the write as the gate's user. The writes themselves check no roles and parse no input, so a refusal test
 * goes through here: `act` for the role, `actOn` for the role and the input's schema.
 */
import type { z } from "zod";
import { runAction } from "@/lib/auth/action";
import type { Actor, Gate } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";

/**
 * Runs `write` as the gate's user when the gate lets them through at `role`, else answers the action's refusal.
 *
 * @example
 * await act(await gate(reviewer.headers, "researcher"), "editor", (user) => addEvidence(user, input, t.client))
 * // { ok: false, code: "forbidden", message: "This needs the editor role." }
 */
export async function act<R>(gate: Gate | Promise<Gate>, role: Role, write: (actor: Actor) => Promise<R>) {
  return runAction(await gate, { role }, undefined, (_input, user) => write(user));
}

/**
 * Runs `write` as the gate's user with `raw` parsed by `spec.input`, as the server action does: the role's refusal,
 * else the input's (`{ ok: false, code: "invalid", message }`: the first issue's message, or `spec.invalid`).
 *
 * @example
 * await actOn(gate, { role: "reviewer", input: bulkCommentSchema }, { body: " ", ids }, (user, input) =>
 *   bulkComment(user, input, t.client)) // { ok: false, code: "invalid", message: "Write something first." }
 */
export async function actOn<S extends z.ZodType, R>(
  gate: Gate | Promise<Gate>,
  spec: { role: Role; input: S; invalid?: string },
  raw: unknown,
  write: (actor: Actor, input: z.output<S>) => Promise<R>,
) {
  return runAction(await gate, spec, raw, (input, user) => write(user, input as z.output<S>));
}

/**
 * The gate's user, for a write the test expects to go through.
 *
 * @example
 * await addComment(await actorOf(gate(editor.headers, "researcher")), { claimId, body: "Checked" }, t.client)
 */
export async function actorOf(gate: Gate | Promise<Gate>): Promise<Actor> {
  const open = await gate;
  if (!open.ok) throw new Error(`the test's gate refused: ${open.message}`);
  return open.user;
}
