/**
 * The one role check of a server action (issue 12: one role-check helper per surface; pages use `requirePageUser`,
 * routes declare `role` in `defineEndpoint`). Every "use server" file in lib/ builds its actions with `action()`:
 * the gate (session or API token, role read fresh), then the zod input, then the write with the signed-in user.
 * The domain writes themselves (mutations.ts) take that user as their actor and check no roles.
 */
import type { z } from "zod";
import { type Gate, requireRole, type SessionUser } from "./require.ts";
import { hasRole, type Role } from "./roles.ts";

/** What an action answers when the gate or the input refuses (no HTTP status: lib/errors.ts has those). */
export type ActionRefusal = { ok: false; code: "unauthenticated" | "forbidden" | "invalid"; message: string };

export interface ActionSpec<S extends z.ZodType, F> {
  /** The lowest role allowed. */
  role: Role;
  /** The input's schema (lib/<domain>/schema.ts); without one the function gets the raw input. */
  input?: S;
  /** The refusal message for input the schema rejects: fixed, or from the error; the first issue's by default. */
  invalid?: string | ((error: z.ZodError) => string);
  /** A read's answer when refused (no results rather than a refusal object), e.g. `[]` for a search box. */
  fallback?: F;
}

type Input<S> = S extends z.ZodType ? z.output<S> : unknown;

/**
 * Runs `fn` for `gate`'s user when the gate lets them through at `spec.role` and `raw` parses; else the refusal (or
 * `spec.fallback`). The gate is given, so tests run it without a request.
 *
 * @example
 * await runAction(await requireRole("editor"), { role: "editor", input: moveDocumentSchema }, raw, (input, user) =>
 *   moveDocumentToEvent({ ...input, actorId: user.id }));
 */
export async function runAction<S extends z.ZodType, R, F = ActionRefusal>(
  gate: Gate,
  spec: ActionSpec<S, F>,
  raw: unknown,
  fn: (input: Input<S>, user: SessionUser) => Promise<R>,
): Promise<R | (unknown extends F ? ActionRefusal : F)> {
  type Refused = unknown extends F ? ActionRefusal : F;
  const refuse = (refusal: ActionRefusal): Refused => ("fallback" in spec ? spec.fallback : refusal) as Refused;
  if (!gate.ok) return refuse({ ok: false, code: gate.code, message: gate.message });
  // requireRole(spec.role) already refused a lower role; a gate taken elsewhere (a test) may not have.
  if (!hasRole(gate.user.role, spec.role)) {
    return refuse({ ok: false, code: "forbidden", message: `This needs the ${spec.role} role.` });
  }
  if (!spec.input) return fn(raw as Input<S>, gate.user);
  const parsed = await spec.input.safeParseAsync(raw);
  if (!parsed.success) return refuse({ ok: false, code: "invalid", message: invalidMessage(spec, parsed.error) });
  return fn(parsed.data as Input<S>, gate.user);
}

function invalidMessage(spec: { invalid?: string | ((error: z.ZodError) => string) }, error: z.ZodError): string {
  if (typeof spec.invalid === "string") return spec.invalid;
  if (spec.invalid) return spec.invalid(error);
  return error.issues[0]?.message ?? "Invalid input.";
}

/**
 * A server action: the request's gate at `spec.role`, the input parsed by `spec.input`, then `fn` with the parsed
 * input, the signed-in user and the action's other arguments (a page path to refresh, a source id).
 *
 * @example
 * // lib/events/actions.ts ("use server")
 * export const moveDocumentAction = action({ role: "editor", input: moveDocumentSchema }, async (input, user) =>
 *   moveDocumentToEvent({ ...input, actorId: user.id }));
 */
export function action<S extends z.ZodType, A extends unknown[], R, F = ActionRefusal>(
  spec: ActionSpec<S, F>,
  fn: (input: Input<S>, user: SessionUser, ...rest: A) => Promise<R>,
): (raw: unknown, ...rest: A) => Promise<R | (unknown extends F ? ActionRefusal : F)> {
  return async (raw, ...rest) =>
    runAction(await requireRole(spec.role), spec, raw, (input, user) => fn(input, user, ...rest));
}
