"use server";
/**
 * Evidence and claim-correction server actions (editors and up), gated on the server.
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { type EditClaimResult, editClaim } from "@/lib/claims/edit";
import { db } from "@/lib/db/client";
import { addEvidence, type EvidenceResult, removeEvidence } from "./commands.ts";

/**
 * Attaches evidence to a claim.
 *
 * @example
 * await addEvidenceAction({ claimId, url, stance: "supports", note: "" });
 */
export async function addEvidenceAction(input: unknown): Promise<EvidenceResult> {
  const result = await addEvidence(db(), await requireRole("editor"), input);
  if (result.ok) revalidatePath("/claims/[id]", "page");
  return result;
}

/** Removes evidence. @example await removeEvidenceAction({ evidenceId }) */
export async function removeEvidenceAction(input: unknown): Promise<EvidenceResult> {
  const result = await removeEvidence(db(), await requireRole("editor"), input);
  if (result.ok) revalidatePath("/claims/[id]", "page");
  return result;
}

/** Corrects a claim with the version the editor saw. @example await editClaimAction({ claimId, version, value: 80 }) */
export async function editClaimAction(input: unknown): Promise<EditClaimResult> {
  const result = await editClaim(db(), await requireRole("editor"), input);
  if (result.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
}
