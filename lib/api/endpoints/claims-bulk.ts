/**
 * REST endpoints for the claims table's bulk changes (issue 13 items 3 and 4): POST /api/claims/bulk-status and
 * POST /api/claims/bulk-assign with the selected ids or the table's filter, and POST /api/claims/bulk-status/{id}/undo
 * for either. lib/claims/bulk.ts does the work, shared with the table's server actions.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { bulkAssign, bulkSetStatus } from "@/lib/claims/bulk";
import { undoBulkChange } from "@/lib/claims/bulk-undo";
import { BULK_LIMIT, bulkAssignSchema, bulkStatusSchema } from "@/lib/claims/query-schema";
import { statusOf } from "@/lib/errors";
import { claimFiltersSchema, claimStatus } from "./claim-schemas.ts";

/** Which claims a bulk change acts on: the selected ids, or every claim matching the table's filters. */
const bulkTarget = {
  ids: z
    .array(z.string().min(1))
    .min(1)
    .max(BULK_LIMIT)
    .optional()
    .meta({ description: `The selected claims' ids (at most ${BULK_LIMIT}). Send either ids or filter.` }),
  filter: claimFiltersSchema
    .pick({ status: true, flag: true, source: true, document: true, assignee: true, q: true })
    .optional()
    .meta({
      description:
        "Every claim matching these filters (the /claims page's, same names and comma-separated values), resolved " +
        `on the server; more than ${BULK_LIMIT} matching claims is refused with 422.`,
    }),
};

/**
 * The body as the bulk write takes it (lib/claims/query-schema.ts): the filter read as the /claims page reads its URL, and
 * the ids or the filter, not both (422 with that message, as the table's action answers). Parsed in the handler rather
 * than piped in `body`: the documented filter's output (lists) is not the table query's input (URL text).
 */
function bulkInput<S extends z.ZodType>(schema: S, body: unknown, fallback: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(422, "invalid", parsed.error.issues[0]?.message ?? fallback);
  return parsed.data;
}

const bulkBody = z.object({ status: claimStatus, ...bulkTarget }).meta({ id: "BulkStatusChange" });

const assignBody = z
  .object({
    assigneeId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .meta({ description: "The user (an editor or admin) to assign the claims to; null unassigns them." }),
    ...bulkTarget,
  })
  .meta({ id: "BulkAssignment" });

const assignResult = z
  .object({
    ok: z.literal(true),
    bulkId: z
      .string()
      .meta({ description: "The bulk change's id, for undo (POST /api/claims/bulk-status/{id}/undo)." }),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
    changed: z.number().int().meta({ description: "Claims assigned (version incremented, audited)." }),
    unchanged: z.number().int().meta({ description: "Claims that already had this assignee." }),
  })
  .meta({ id: "BulkAssignResult" });

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
    const result = await bulkSetStatus(user, bulkInput(bulkStatusSchema, body, "Invalid bulk change."));
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const bulkAssignment = defineEndpoint({
  method: "POST",
  path: "/api/claims/bulk-assign",
  tag: "Claims",
  summary: "Assign many claims",
  description:
    "Assigns the given claims, or every claim matching the table's filters, to one editor or admin (null: to " +
    "nobody), in one transaction, each change in the claim's history. Claims already so assigned are left alone. " +
    "Undo it with POST /api/claims/bulk-status/{id}/undo. Editors and admins only.",
  role: "editor",
  body: assignBody,
  response: assignResult,
  errors: { 404: "No claims match.", 422: "The assignee is not an editor or admin, or too many claims match." },
  handler: async ({ body, user }) => {
    const result = await bulkAssign(user, bulkInput(bulkAssignSchema, body, "Invalid assignment."));
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const undoBulkStatus = defineEndpoint({
  method: "POST",
  path: "/api/claims/bulk-status/{id}/undo",
  tag: "Claims",
  summary: "Undo a bulk change",
  description:
    "Puts each claim of a bulk status change (or bulk assignment) back to its status (assignee) before, where " +
    "nobody changed the claim since; the claims changed since are kept and listed. A bulk change is undone once. " +
    "Editors and admins only.",
  role: "editor",
  params: z.object({ id: z.string().min(1).meta({ description: "The bulk change's id (bulkId)." }) }),
  response: undoResult,
  errors: { 404: "No bulk change with this id.", 409: "The bulk change was already undone." },
  handler: async ({ params, user }) => {
    const result = await undoBulkChange(user, params.id);
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return result;
  },
});

export const claimBulkEndpoints = [bulkStatus, bulkAssignment, undoBulkStatus];
