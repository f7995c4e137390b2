"use server";
/**
 * Evidence and claim-correction server actions (editors and up): `action()` (lib/auth/action.ts) checks the role and
 * parses the evidence writes' input.
 */
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { editClaim } from "@/lib/claims/edit";
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

/** Corrects a claim with the version the editor saw. @example await editClaimAction({ claimId, version, value: 80 }) */
export const editClaimAction = action({ role: "editor" }, async (input, user) => {
  const result = await editClaim(user, input);
  if (result.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
});
