/**
 * Claim writes behind the role gate (issue 5), shared by the server actions (lib/claims/actions.ts) and the route
 * handlers, so a forged request through either door meets the same check. Not a "use server" file: the gate
 * result is passed in, never taken from the client.
 */
import { z } from "zod";
import type { Gate } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import { groupDecisionSchema } from "@/lib/groups/schema";
import { decideFlag, updateClaimStatus } from "./mutations.ts";
import { claimStatusSchema } from "./schema.ts";

export type Refusal = { ok: false; code: "unauthenticated" | "forbidden"; message: string };

const updateStatusInput = z.object({
  claimId: z.string().min(1),
  status: claimStatusSchema,
  version: z.number().int().min(1),
});

export type ChangeStatusResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found" | "invalid"; message: string }
  | Refusal;

function refuse(gate: Gate & { ok: false }): Refusal {
  return { ok: false, code: gate.code, message: gate.message };
}

/**
 * Editors (and admins) change a claim's status with the version they saw.
 *
 * @example
 * await changeClaimStatus(await gate(request.headers, "editor"), { claimId, status: "disputed", version: 2 });
 */
export async function changeClaimStatus(gate: Gate, input: unknown): Promise<ChangeStatusResult> {
  if (!gate.ok) return refuse(gate);
  if (gate.user.role !== "editor" && gate.user.role !== "admin") return refuse({ ...forbidden("editor") });
  const parsed = updateStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Choose one of the listed statuses." };
  const result = await updateClaimStatus(db(), { ...parsed.data, actorId: gate.user.id });
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  return { ok: true, version: result.version };
}

/**
 * Editors confirm or dismiss (with a reason) a discrepancy flag; null puts it back to unreviewed.
 *
 * @example
 * await decideClaimFlag(await requireRole("editor"), { groupId, decision: "dismissed", reason: "different counts" });
 */
export async function decideClaimFlag(
  gate: Gate,
  input: unknown,
): Promise<{ ok: true } | { ok: false; code: "not_found" | "invalid"; message: string } | Refusal> {
  if (!gate.ok) return refuse(gate);
  if (gate.user.role !== "editor" && gate.user.role !== "admin") return refuse({ ...forbidden("editor") });
  const parsed = groupDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: decisionMessage(parsed.error) };
  return decideFlag(db(), { ...parsed.data, actorId: gate.user.id });
}

/** The refusal an editor reads: the missing reason, or which decisions there are. */
export function decisionMessage(error: z.ZodError): string {
  const reason = error.issues.find((i) => i.path[0] === "reason");
  return reason ? reason.message : "Choose confirm or dismiss.";
}

function forbidden(min: string): Gate & { ok: false } {
  return { ok: false, code: "forbidden", status: 403, message: `This needs the ${min} role.` };
}
