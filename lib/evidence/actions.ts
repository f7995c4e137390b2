"use server";
/**
 * Evidence server actions (editors and up): `action()` (lib/auth/action.ts) checks the role and parses the input.
 * (A claim's correction, editClaimAction, is in lib/claims/actions.ts.)
 */
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { addEvidence, addEvidenceSchema, removeEvidence, removeEvidenceSchema } from "./mutations.ts";

/**
 * Attaches evidence to a claim.
 *
 * @example
 * await addEvidenceAction({ claimId, url, stance: "supports", note: "" });
 */
export const addEvidenceAction = action({ role: "editor", input: addEvidenceSchema }, async (input, user) => {
  const result = await addEvidence(user, input);
  if (result.ok) revalidatePath("/claims/[id]", "page");
  return result;
});

/** Removes evidence. @example await removeEvidenceAction({ evidenceId }) */
export const removeEvidenceAction = action({ role: "editor", input: removeEvidenceSchema }, async (input, user) => {
  const result = await removeEvidence(user, input);
  if (result.ok) revalidatePath("/claims/[id]", "page");
  return result;
});
