"use server";
/**
 * Server actions for cross-document groups (editors and admins): `action()` (lib/auth/action.ts) checks the role
 * and parses the input.
 */
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { decideFlag } from "@/lib/claims/mutations";
import { mergeGroups, moveOutOfGroup } from "./decisions.ts";
import { decisionMessage, groupDecisionSchema, mergeSchema, moveSchema } from "./schema.ts";

/** The same decision shows in the table and on the claim pages (one flag, one triage state). */
function refreshFlags(): void {
  revalidatePath("/groups", "layout");
  revalidatePath("/claims", "layout");
  revalidatePath("/documents", "layout");
}

/**
 * Confirms or dismisses a group's flag (decideFlag, audited).
 * @example await decideGroupAction({ groupId, decision: "dismissed" })
 */
export const decideGroupAction = action(
  { role: "editor", input: groupDecisionSchema, invalid: decisionMessage },
  async (input, user) => {
    const result = await decideFlag({ ...input, actorId: user.id });
    if (result.ok) refreshFlags();
    return result;
  },
);

/**
 * Merges another group into this one, with a reason.
 * @example await mergeGroupsAction({ intoId, fromId, reason })
 */
export const mergeGroupsAction = action({ role: "editor", input: mergeSchema }, async (input, user) => {
  const result = await mergeGroups({ ...input, actorId: user.id });
  if (result.ok) revalidatePath(`/groups/${result.groupId}`);
  return result;
});

/**
 * Moves one figure out of a group, with a reason.
 * @example await moveOutAction({ groupId, quantityId, reason })
 */
export const moveOutAction = action({ role: "editor", input: moveSchema }, async (input, user) => {
  const result = await moveOutOfGroup({ ...input, actorId: user.id });
  if (result.ok) refreshFlags();
  return result;
});
