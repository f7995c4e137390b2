/**
 * Claim writes behind the role gate (issue 5), shared by the server actions (lib/claims/actions.ts) and the route
 * handlers, so a forged request through either door meets the same check. Not a "use server" file: the gate
 * result is passed in, never taken from the client.
 */
import { z } from "zod";
import { permit, type Refusal } from "@/lib/auth/permit";
import type { Gate } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import { groupDecisionSchema } from "@/lib/groups/schema";
import { decideFlag, updateClaimStatus } from "./mutations.ts";
import { claimStatusSchema } from "./schema.ts";

export type { Refusal };

const updateStatusInput = z.object({
  claimId: z.string().min(1),
  status: claimStatusSchema,
  version: z.number().int().min(1),
});

export type ChangeStatusResult =
  | { ok: true; version: number }
  | { ok: false; code: "conflict" | "not_found" | "invalid"; message: string }
  | Refusal;

/**
 * Editors (and admins) change a claim's status with the version they saw.
 *
 * @example
 * await changeClaimStatus(await gate(request.headers, "editor"), { claimId, status: "disputed", version: 2 });
 */
export async function changeClaimStatus(gate: Gate, input: unknown): Promise<ChangeStatusResult> {
  const access = permit(gate, "editor");
  if (!access.ok) return access;
  const parsed = updateStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Choose one of the listed statuses." };
  const result = await updateClaimStatus(db(), { ...parsed.data, actorId: access.user.id });
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
  const access = permit(gate, "editor");
  if (!access.ok) return access;
  const parsed = groupDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: decisionMessage(parsed.error) };
  return decideFlag(db(), { ...parsed.data, actorId: access.user.id });
}

/** The refusal an editor reads: the missing reason, or which decisions there are. */
export function decisionMessage(error: z.ZodError): string {
  const reason = error.issues.find((i) => i.path[0] === "reason");
  return reason ? reason.message : "Choose confirm or dismiss.";
}
