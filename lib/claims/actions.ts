"use server";
/**
 * Server actions for claims (editors and admins). `action()` (lib/auth/action.ts) checks the role and parses the
 * input; the writes are lib/claims/{mutations,bulk,figures,structure,edit}.ts, which take that parsed input (the REST
 * endpoints call them too, with their bodies parsed).
 */
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { decisionMessage, groupDecisionSchema } from "@/lib/groups/schema";
import { bulkAssign, bulkSetStatus } from "./bulk.ts";
import { undoBulkChange } from "./bulk-undo.ts";
import { addClaimFromSpan } from "./claim-add.ts";
import { mergeClaims } from "./claim-merge.ts";
import { splitClaim } from "./claim-split.ts";
import { editClaim } from "./edit.ts";
import { correctFigure, setHeadlineFigure } from "./figures.ts";
import { changeClaimStatus, decideFlag } from "./mutations.ts";
import { bulkAssignSchema, bulkIdSchema, bulkStatusSchema } from "./query-schema.ts";
import {
  addClaimSchema,
  editClaimSchema,
  figureCorrectionMessage,
  figureCorrectionSchema,
  headlineSchema,
  mergeClaimsSchema,
  splitClaimSchema,
  statusChangeSchema,
} from "./schema.ts";

/** Refreshes a write's result where it shows, when it was written. */
async function refreshing<R extends { ok: boolean }>(result: Promise<R>): Promise<R> {
  const done = await result;
  if (done.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
    revalidatePath("/groups", "layout");
  }
  return done;
}

/**
 * Changes a claim's corroboration status with the version the editor saw.
 *
 * @example
 * const result = await updateClaimStatusAction({ claimId, status: "corroborated", version: row.version });
 */
export const updateClaimStatusAction = action(
  { role: "editor", input: statusChangeSchema, invalid: "Choose one of the listed statuses." },
  async (input, user) => {
    const result = await changeClaimStatus(user, input);
    if (result.ok) {
      revalidatePath("/claims");
      revalidatePath("/documents", "layout");
    }
    return result;
  },
);

export type UpdateClaimStatusActionResult = Awaited<ReturnType<typeof updateClaimStatusAction>>;

/**
 * Confirms or dismisses (with a reason) a discrepancy flag; null puts it back to unreviewed. The group page and the
 * claim pages show the same decision.
 *
 * @example
 * await decideFlagAction({ groupId: row.flag.groupId, decision: "dismissed", reason: "background figure" });
 */
export const decideFlagAction = action(
  { role: "editor", input: groupDecisionSchema, invalid: decisionMessage },
  async (input, user) => refreshing(decideFlag({ ...input, actorId: user.id })),
);

/**
 * Corrects one figure of a claim (value, bounds, qualifier, unit, counted concept) with the claim version the
 * editor saw.
 *
 * @example
 * await correctFigureAction({ claimId, version, quantityId, value: 2300, modifier: "moreThan", unit: "arrest" });
 */
export const correctFigureAction = action(
  { role: "editor", input: figureCorrectionSchema, invalid: figureCorrectionMessage },
  async (input, user) => refreshing(correctFigure(user, input)),
);

/**
 * Makes one figure the claim's headline (the one the table shows and sorts by).
 *
 * @example
 * await setHeadlineFigureAction({ claimId, version, quantityId });
 */
export const setHeadlineFigureAction = action(
  { role: "editor", input: headlineSchema, invalid: "Choose one of the claim's figures." },
  async (input, user) => refreshing(setHeadlineFigure(user, input)),
);

/**
 * Sets the status of the selected claims, or of every claim matching the table's filter.
 *
 * @example
 * await bulkStatusAction({ status: "corroborated", ids: ["c1", "c2"] })
 */
export const bulkStatusAction = action({ role: "editor", input: bulkStatusSchema }, async (input, user) =>
  refreshing(bulkSetStatus(user, input)),
);

/**
 * Assigns the selected claims (or every claim matching the table's filter, or the claim page's one claim) to an
 * editor or admin, or to nobody.
 *
 * @example
 * await bulkAssignAction({ assigneeId: "u1", ids: ["c1", "c2"] })
 */
export const bulkAssignAction = action({ role: "editor", input: bulkAssignSchema }, async (input, user) =>
  refreshing(bulkAssign(user, input)),
);

/**
 * Undoes a bulk status change or bulk assignment where the claims were not changed since.
 *
 * @example
 * await undoBulkStatusAction(result.bulkId) // { ok: true, restored: 28, kept: 2, ... }
 */
export const undoBulkStatusAction = action({ role: "editor", input: bulkIdSchema }, async (bulkId, user) =>
  refreshing(undoBulkChange(user, bulkId)),
);

/**
 * Adds a claim from a span of a document's text (lib/claims/structure.ts).
 *
 * @example
 * await addClaimAction({ documentId, start: 120, end: 164, sourceName: "Hengaw" });
 */
export const addClaimAction = action(
  { role: "editor", input: addClaimSchema, invalid: "Select the text of the claim in the article." },
  async (input, user) => refreshing(addClaimFromSpan(user, input)),
);

/** Splits a claim at a figure. @example await splitClaimAction({ claimId, version, beforeFigure: 2 }); */
export const splitClaimAction = action(
  { role: "editor", input: splitClaimSchema, invalid: "Choose the figure the second claim starts with." },
  async (input, user) => refreshing(splitClaim(user, input)),
);

/** Merges two adjacent claims. @example await mergeClaimsAction({ firstId, secondId, sourceId }); */
export const mergeClaimsAction = action(
  { role: "editor", input: mergeClaimsSchema, invalid: "Choose two claims to merge." },
  async (input, user) => refreshing(mergeClaims(user, input)),
);

/**
 * Corrects a claim (text, span, headline value, source) with the version the editor saw.
 *
 * @example
 * await editClaimAction({ claimId, version, value: 80 })
 */
export const editClaimAction = action({ role: "editor", input: editClaimSchema }, async (input, user) => {
  const result = await editClaim(user, input);
  if (result.ok) {
    revalidatePath("/claims", "layout");
    revalidatePath("/documents", "layout");
  }
  return result;
});
