/**
 * REST endpoints for the claims table's bulk status change (issue 13 item 3): POST /api/claims/bulk-status with the
 * selected ids or the table's filter, and POST /api/claims/bulk-status/{id}/undo. lib/claims/bulk.ts does the work,
 * shared with the table's server actions.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { BULK_LIMIT, bulkStatusCommand, undoBulkCommand } from "@/lib/claims/bulk";
import { statusOf } from "@/lib/errors";
import { claimFiltersSchema, claimStatus } from "./claim-schemas.ts";

const bulkBody = z
  .object({
    status: claimStatus,
    ids: z
      .array(z.string().min(1))
      .min(1)
      .max(BULK_LIMIT)
      .optional()
      .meta({ description: `The selected claims' ids (at most ${BULK_LIMIT}). Send either ids or filter.` }),
    filter: claimFiltersSchema
      .pick({ status: true, flag: true, source: true, document: true, q: true })
      .optional()
      .meta({
        description:
          "Every claim matching these filters (the /claims page's, same names and comma-separated values), resolved " +
          `on the server; more than ${BULK_LIMIT} matching claims is refused with 422.`,
      }),
  })
  .meta({ id: "BulkStatusChange" });

const bulkResult = z
  .object({
    ok: z.literal(true),
    bulkId: z.string().meta({ description: "The bulk change's id, for undo." }),
    status: claimStatus,
    changed: z.number().int().meta({ description: "Claims set (version incremented, audited)." }),
    unchanged: z.number().int().meta({ description: "Claims that already had the status." }),
  })
  .meta({ id: "BulkStatusResult" });

const undoResult = z
  .object({
    ok: z.literal(true),
    bulkId: z.string(),
    restored: z.number().int().meta({ description: "Claims put back to their status before the bulk change." }),
    kept: z.number().int().meta({ description: "Claims changed since the bulk change, left as they are." }),
    keptIds: z.array(z.string()),
  })
  .meta({ id: "BulkUndoResult" });

export const bulkStatus = defineEndpoint({
  method: "POST",
  path: "/api/claims/bulk-status",
  tag: "Claims",
  summary: "Set the status of many claims",
  description:
    "Sets the status of the given claims, or of every claim matching the table's filters, in one transaction: " +
    "each claim's version is incremented and the change is in its history. It acts on the claims' current state " +
    "(no versions are sent); claims already at the status are left alone. Undo it with " +
    "POST /api/claims/bulk-status/{id}/undo. Editors and admins only.",
  role: "editor",
  body: bulkBody,
  response: bulkResult,
  errors: { 404: "No claims match." },
  handler: async ({ body, user }) => {
    const result = await bulkStatusCommand({ ok: true, user }, body);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const undoBulkStatus = defineEndpoint({
  method: "POST",
  path: "/api/claims/bulk-status/{id}/undo",
  tag: "Claims",
  summary: "Undo a bulk status change",
  description:
    "Puts each claim of a bulk status change back to its status before, where nobody changed the claim since; " +
    "the claims changed since are kept and listed. A bulk change is undone once. Editors and admins only.",
  role: "editor",
  params: z.object({ id: z.string().min(1).meta({ description: "The bulk change's id (bulkId)." }) }),
  response: undoResult,
  errors: { 404: "No bulk change with this id.", 409: "The bulk change was already undone." },
  handler: async ({ params, user }) => {
    const result = await undoBulkCommand({ ok: true, user }, params.id);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const claimBulkEndpoints = [bulkStatus, undoBulkStatus];
