"use server";
/**
 * Server actions for claims. Authorization happens here, on the server, through the one role gate
 * (lib/auth/require.ts); the checks and writes themselves live in commands.ts, shared with the route handlers.
 */
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { db } from "@/lib/db/client";
import {
  type BulkAssignResult,
  type BulkResult,
  bulkAssignCommand,
  bulkStatusCommand,
  type UndoResult,
  undoBulkCommand,
} from "./bulk.ts";
import { type ChangeStatusResult, changeClaimStatus, decideClaimFlag } from "./commands.ts";
import { correctFigure, type FigureResult, setHeadlineFigure } from "./figures.ts";
import { addClaimFromSpan, mergeClaims, type StructureResult, splitClaim } from "./structure.ts";

export type UpdateClaimStatusActionResult = ChangeStatusResult;

/**
 * Changes a claim's corroboration status with the version the editor saw (editors and admins only).
 *
 * @example
 * const result = await updateClaimStatusAction({ claimId, status: "corroborated", version: row.version });
 */
export async function updateClaimStatusAction(input: unknown): Promise<UpdateClaimStatusActionResult> {
  const result = await changeClaimStatus(await requireRole("editor"), input);
  if (result.ok) {
    revalidatePath("/claims");
    revalidatePath("/documents", "layout");
  }
  return result;
}

/**
 * Confirms or dismisses (with a reason) a discrepancy flag; null puts it back to unreviewed (editors and admins
 * only). The group page and the claim pages show the same decision.
 *
 * @example
 * await decideFlagAction({ groupId: row.flag.groupId, decision: "dismissed", reason: "background figure" });
 */
export async function decideFlagAction(input: unknown) {
  const result = await decideClaimFlag(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/**
 * Corrects one figure of a claim (value, bounds, qualifier, unit, counted concept) with the claim version the
 * editor saw (editors and admins only).
 *
 * @example
 * await correctFigureAction({ claimId, version, quantityId, value: 2300, modifier: "moreThan", unit: "arrest" });
 */
export async function correctFigureAction(input: unknown): Promise<FigureResult> {
  const result = await correctFigure(db(), await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/**
 * Makes one figure the claim's headline (the one the table shows and sorts by).
 *
 * @example
 * await setHeadlineFigureAction({ claimId, version, quantityId });
 */
export async function setHeadlineFigureAction(input: unknown): Promise<FigureResult> {
  const result = await setHeadlineFigure(db(), await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/**
 * Sets the status of the selected claims, or of every claim matching the table's filter (editors and admins only).
 *
 * @example
 * await bulkStatusAction({ status: "corroborated", ids: ["c1", "c2"] })
 */
export async function bulkStatusAction(
  input: unknown,
): Promise<BulkResult | { ok: false; code: string; message: string }> {
  const result = await bulkStatusCommand(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/**
 * Assigns the selected claims (or every claim matching the table's filter, or the claim page's one claim) to an
 * editor or admin, or to nobody (editors and admins only).
 *
 * @example
 * await bulkAssignAction({ assigneeId: "u1", ids: ["c1", "c2"] })
 */
export async function bulkAssignAction(
  input: unknown,
): Promise<BulkAssignResult | { ok: false; code: string; message: string }> {
  const result = await bulkAssignCommand(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/**
 * Undoes a bulk status change or bulk assignment where the claims were not changed since (editors and admins only).
 *
 * @example
 * await undoBulkStatusAction(result.bulkId) // { ok: true, restored: 28, kept: 2, ... }
 */
export async function undoBulkStatusAction(
  bulkId: string,
): Promise<UndoResult | { ok: false; code: string; message: string }> {
  const result = await undoBulkCommand(await requireRole("editor"), bulkId);
  if (result.ok) revalidateClaims();
  return result;
}

function revalidateClaims(): void {
  revalidatePath("/claims", "layout");
  revalidatePath("/documents", "layout");
  revalidatePath("/groups", "layout");
}

/**
 * Adds a claim from a span of a document's text, splits a claim at a figure, merges two adjacent claims (editors and
 * admins only; lib/claims/structure.ts).
 *
 * @example
 * await addClaimAction({ documentId, start: 120, end: 164, sourceName: "Hengaw" });
 */
export async function addClaimAction(input: unknown): Promise<StructureResult> {
  const result = await addClaimFromSpan(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/** @example await splitClaimAction({ claimId, version, beforeFigure: 2 }); */
export async function splitClaimAction(input: unknown): Promise<StructureResult> {
  const result = await splitClaim(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}

/** @example await mergeClaimsAction({ firstId, secondId, sourceId }); */
export async function mergeClaimsAction(input: unknown): Promise<StructureResult> {
  const result = await mergeClaims(await requireRole("editor"), input);
  if (result.ok) revalidateClaims();
  return result;
}
