"use server";
/**
 * Server actions for cross-document groups: editors and admins only (the role gate, lib/auth/require.ts, issue 5).
 */
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { decisionMessage } from "@/lib/claims/commands";
import { decideFlag } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { type DecisionResult, mergeGroups, moveOutOfGroup } from "./decisions.ts";
import { groupDecisionSchema, mergeSchema, moveSchema } from "./schema.ts";

type ActionResult = { ok: true } | { ok: false; code: string; message: string };
type Refused = { ok: false; code: "unauthenticated" | "forbidden"; message: string };

/**
 * Confirms or dismisses a group's flag (decideFlag, audited).
 * @example await decideGroupAction({ groupId, decision: "dismissed" })
 */
export async function decideGroupAction(input: unknown): Promise<ActionResult> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  const parsed = groupDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: decisionMessage(parsed.error) };
  const database = db();
  const actorId = access.user.id;
  const result = await decideFlag(database, { ...parsed.data, actorId });
  if (result.ok) {
    // The same decision shows in the table and on the claim pages (one flag, one triage state).
    revalidatePath("/groups", "layout");
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
}

/**
 * Merges another group into this one, with a reason.
 * @example await mergeGroupsAction({ intoId, fromId, reason })
 */
export async function mergeGroupsAction(input: unknown): Promise<DecisionResult | Refused> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  const parsed = mergeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: invalid(parsed.error) };
  const database = db();
  const result = await mergeGroups(database, { ...parsed.data, actorId: access.user.id });
  if (result.ok) revalidatePath(`/groups/${result.groupId}`);
  return result;
}

/**
 * Moves one figure out of a group, with a reason.
 * @example await moveOutAction({ groupId, quantityId, reason })
 */
export async function moveOutAction(input: unknown): Promise<DecisionResult | Refused> {
  const access = await requireRole("editor");
  if (!access.ok) return { ok: false, code: access.code, message: access.message };
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: invalid(parsed.error) };
  const database = db();
  const result = await moveOutOfGroup(database, { ...parsed.data, actorId: access.user.id });
  if (result.ok) {
    // The same decision shows in the table and on the claim pages (one flag, one triage state).
    revalidatePath("/groups", "layout");
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
}

function invalid(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Invalid input.";
}
