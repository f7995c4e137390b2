/**
 * REST endpoints for quantity groups, the figures for one thing and the verdict between them: GET /api/groups
 * (cursor pages by id, filtered by verdict, decision, scope, document), GET /api/groups/{id} (every figure with its
 * source), and POST /api/groups/{id}/decision (an editor confirms or dismisses the flag, as on the group page).
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageQuerySchema, pageSchema } from "@/lib/api/page-schema";
import { decideFlag } from "@/lib/claims/mutations";
import { sourceKindSchema } from "@/lib/extract/schema";
import { GROUP_ORDER, type GroupView, getGroup, groupsAfter } from "@/lib/groups/data";
import { decodeCursor, keyOfRow, pageOf } from "@/lib/pagination/cursor";

const ORDER_NAME = "group-id";

const verdict = z
  .enum(["conflict", "developing", "soft", "none"])
  .meta({ id: "GroupVerdict", description: "The worst disagreement between the group's figures." });
const decision = z
  .enum(["confirmed", "dismissed"])
  .meta({ id: "GroupDecision", description: "An editor's decision on the group's flag." });

export const groupSummarySchema = z
  .object({
    id: z.string(),
    documentId: z
      .string()
      .nullable()
      .meta({ description: "The document of a one-document group; null across documents." }),
    concept: z.string().meta({ description: "What the figures count." }),
    unit: z.string().nullable(),
    verdict,
    explanation: z.string().meta({ description: 'Why, in words ("800 vs 1,200 fighters").' }),
    spread: z.number().nullable().meta({ description: "Relative spread between the figures, when computed." }),
    decision: decision.nullable(),
    decisionReason: z.string().nullable().meta({ description: "Why an editor dismissed the flag." }),
    decidedAt: z.iso.datetime().nullable(),
    manual: z.boolean().meta({ description: "An editor merged or split it; automatic re-grouping leaves it alone." }),
    size: z.number().int().meta({ description: "Number of figures in the group." }),
  })
  .meta({ id: "GroupSummary", description: "A group of figures for the same thing, with its verdict." });

const figureSchema = z
  .object({
    quantityId: z.string(),
    claimId: z.string(),
    text: z.string().meta({ description: "The figure as written." }),
    figure: z.string().meta({ description: 'The figure as read: "at least 3", "~850", "30-40".' }),
    value: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    modifier: z.string(),
    sourceName: z.string(),
    sourceKind: sourceKindSchema,
    documentId: z.string(),
    documentTitle: z.string(),
    outlet: z.string().nullable(),
    publishedAt: z.string().meta({ description: "Publication time, else when the document was stored (ISO 8601)." }),
    status: z.string().meta({ description: "The claim's review status." }),
    corroboration: z
      .object({
        agree: z.number().int(),
        disagree: z.number().int(),
        origin: z.string(),
        suggestedStatus: z.enum(["corroborated", "disputed", "unverified"]),
      })
      .meta({ description: "Independent origins agreeing and disagreeing with this figure." }),
  })
  .meta({ id: "GroupFigure", description: "One member of a group: the figure, its claim and its source." });

export const groupSchema = z
  .object({
    id: z.string(),
    concept: z.string(),
    unit: z.string().nullable(),
    verdict,
    explanation: z.string(),
    decision: decision.nullable(),
    decisionReason: z.string().nullable().meta({ description: "Why an editor dismissed the flag." }),
    manual: z.boolean(),
    figures: z.array(figureSchema).meta({ description: "Ordered by publication time." }),
  })
  .meta({ id: "Group", description: "One group with every figure, its source and corroboration." });

const listQuery = pageQuerySchema.extend({
  verdict: verdict.optional(),
  decision: z
    .enum(["confirmed", "dismissed", "none"])
    .optional()
    .meta({ description: "`none`: groups no editor has decided." }),
  scope: z
    .enum(["cross", "document"])
    .optional()
    .meta({ description: "`cross`: groups spanning documents; `document`: groups within one document." }),
  documentId: z.string().min(1).optional(),
});

const idParams = z.object({ id: z.string().min(1).meta({ description: "The group's id." }) });

function shaped(group: GroupView) {
  return {
    ...group,
    verdict: group.verdict as z.infer<typeof verdict>,
    decision: group.decision as z.infer<typeof decision> | null,
    figures: group.figures.map((f) => ({ ...f, sourceKind: f.sourceKind as z.infer<typeof sourceKindSchema> })),
  };
}

export const listGroups = defineEndpoint({
  method: "GET",
  path: "/api/groups",
  tag: "Groups",
  summary: "List groups",
  description: "Groups ordered by id; filter by verdict, decision, scope and document.",
  role: "researcher",
  query: listQuery,
  response: pageSchema(groupSummarySchema).meta({ id: "GroupPage" }),
  handler: async ({ query }) => {
    const { limit, cursor, ...filters } = query;
    const after = cursor ? decodeCursor(cursor, ORDER_NAME, ["string"]) : null;
    const rows = await groupsAfter(filters, after, limit + 1);
    const items = rows.map((g) => ({
      ...g,
      verdict: g.verdict as z.infer<typeof verdict>,
      decision: g.decision as z.infer<typeof decision> | null,
      decidedAt: g.decidedAt?.toISOString() ?? null,
    }));
    return pageOf(items, limit, ORDER_NAME, (g) => keyOfRow(GROUP_ORDER, g));
  },
});

export const getGroupEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/groups/{id}",
  tag: "Groups",
  summary: "Get a group",
  description: "Every figure in the group with its claim, source, document and corroboration; verdict and decision.",
  role: "researcher",
  params: idParams,
  response: groupSchema,
  errors: { 404: "No group with this id." },
  handler: async ({ params }) => {
    const group = await getGroup(params.id);
    if (!group) throw new ApiError(404, "not_found", "No group with this id.");
    return shaped(group);
  },
});

export const decideGroup = defineEndpoint({
  method: "POST",
  path: "/api/groups/{id}/decision",
  tag: "Groups",
  summary: "Confirm or dismiss a group's flag",
  description:
    "An editor's decision on the flag, as on the group page: `confirmed`, `dismissed`, or null to withdraw it. " +
    "Audited (entity quantityGroup, action decision). Answers the group as it now stands.",
  role: "editor",
  params: idParams,
  body: z
    .object({
      decision: decision.nullable(),
      reason: z
        .string()
        .trim()
        .max(500)
        .optional()
        .meta({ description: "Why the flag is dismissed; the app's own forms require one for a dismissal." }),
    })
    .meta({ id: "GroupDecisionInput", description: "The decision; null withdraws an earlier one (unreviewed)." }),
  response: groupSchema,
  errors: { 404: "No group with this id." },
  handler: async ({ params, body, user }) => {
    const result = await decideFlag({
      groupId: params.id,
      decision: body.decision,
      reason: body.reason,
      actorId: user.id,
    });
    if (!result.ok) throw new ApiError(404, "not_found", "No group with this id.");
    const group = await getGroup(params.id);
    if (!group) throw new ApiError(404, "not_found", "No group with this id.");
    return shaped(group);
  },
});

export const groupEndpoints = [listGroups, getGroupEndpoint, decideGroup];
