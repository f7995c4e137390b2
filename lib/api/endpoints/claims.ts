/**
 * REST endpoints for claims: GET /api/claims (the claims table's filters and sort, cursor pages), GET
 * /api/claims/{id}, PUT /api/claims/{id}/status (the inline editor's optimistic-locking status change), and the
 * claim page's figure writes: PUT /api/claims/{id}/figures/{quantityId} and PUT /api/claims/{id}/headline.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageSchema } from "@/lib/api/page-schema";
import { getClaim } from "@/lib/claims/data";
import { correctFigure, setHeadlineFigure } from "@/lib/claims/figures";
import { listClaimsPage } from "@/lib/claims/keyset";
import { changeClaimStatus } from "@/lib/claims/mutations";
import { figureCorrectionSchema, headlineSchema } from "@/lib/claims/schema";
import { db } from "@/lib/db/client";
import { statusOf } from "@/lib/errors";
import {
  claimDetail,
  claimListQuerySchema,
  claimRow,
  figureBody,
  headlineBody,
  statusBody,
  statusResult,
} from "./claim-schemas.ts";

const idParams = z.object({ id: z.string().min(1).meta({ description: "The claim's id." }) });

export const listClaims = defineEndpoint({
  method: "GET",
  path: "/api/claims",
  tag: "Claims",
  summary: "List claims",
  description:
    "The claims table over HTTP: the same filters and sort as the /claims page's URL, in pages of `limit` claims. " +
    "Pass `nextCursor` back as `cursor` with the same `sort` and `dir` for the next page (a cursor from another " +
    "sort is refused with 422); claims added meanwhile never make a page repeat or skip one.",
  role: "researcher",
  query: claimListQuerySchema,
  response: pageSchema(claimRow).meta({ id: "ClaimPage" }),
  handler: async ({ query, user }) => listClaimsPage(query, db(), user.id),
});

export const getClaimById = defineEndpoint({
  method: "GET",
  path: "/api/claims/{id}",
  tag: "Claims",
  summary: "Get a claim",
  description:
    "One claim with its sentence, attribution cue, document, every figure, the evidence attached to it, its " +
    "discrepancy flag and how many comments it has.",
  role: "researcher",
  params: idParams,
  response: claimDetail,
  errors: { 404: "No claim with this id." },
  handler: async ({ params }) => {
    const claim = await getClaim(params.id);
    if (!claim) throw new ApiError(404, "not_found", "No claim with this id.");
    const { comments, evidence, quantities, document, createdAt, updatedAt, cue, ...rest } = claim;
    return {
      ...rest,
      cue: cue && cue.start !== null && cue.end !== null ? { start: cue.start, end: cue.end, text: cue.text } : null,
      openComments: comments.filter((c) => c.parentId === null && !c.resolvedAt && !c.deletedAt).length,
      commentCount: comments.filter((c) => !c.deletedAt).length,
      document: { ...document, publishedAt: document.publishedAt?.toISOString() ?? null },
      quantities: quantities.map(({ documentId: _d, claimId: _c, ...q }) => ({
        ...q,
        modifier: q.modifier as z.infer<typeof claimDetail>["quantities"][number]["modifier"],
      })),
      evidence: evidence.map((e) => ({
        id: e.id,
        stance: e.stance as "supports" | "contradicts" | "context",
        url: e.url,
        sourceId: e.sourceId,
        targetClaimId: e.targetClaimId,
        note: e.note,
        createdAt: e.createdAt.toISOString(),
      })),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    };
  },
});

export const changeStatus = defineEndpoint({
  method: "PUT",
  path: "/api/claims/{id}/status",
  tag: "Claims",
  summary: "Change a claim's status",
  description:
    "Sets the corroboration status with the version you read (optimistic locking), as the table's inline editor " +
    "does, and records the change in the claim's history. Editors and admins only.",
  role: "editor",
  params: idParams,
  body: statusBody,
  response: statusResult,
  errors: { 404: "No claim with this id.", 409: "Someone changed the claim since you read it; read it again." },
  handler: async ({ params, body, user }) => {
    const result = await changeClaimStatus(user, { claimId: params.id, ...body });
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return { ok: true as const, version: result.version };
  },
});

const figureParams = z.object({
  id: z.string().min(1).meta({ description: "The claim's id." }),
  quantityId: z.string().min(1).meta({ description: "The figure's id (quantities[].id)." }),
});

export const correctFigureEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/claims/{id}/figures/{quantityId}",
  tag: "Claims",
  summary: "Correct one figure of a claim",
  description:
    "Corrects a figure's value, bounds, qualifier, unit or counted concept with the claim's version you read " +
    "(optimistic locking), as the claim page does. The figure is then marked corrected (who, when) everywhere, its " +
    "flags are recomputed and the change is in the claim's history. Editors and admins only.",
  role: "editor",
  params: figureParams,
  // The documented body, then the write's own schema (unit and concept trimmed, blank is none).
  body: figureBody.pipe(figureCorrectionSchema.omit({ claimId: true, quantityId: true })),
  response: statusResult,
  errors: {
    404: "No such claim, or the figure is not part of it.",
    409: "Someone changed the claim since you read it; read it again.",
  },
  handler: async ({ params, body, user }) => {
    const result = await correctFigure(user, { ...body, claimId: params.id, quantityId: params.quantityId });
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return { ok: true as const, version: result.version };
  },
});

export const setHeadlineEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/claims/{id}/headline",
  tag: "Claims",
  summary: "Choose a claim's headline figure",
  description:
    "Makes one of the claim's figures its headline: the one the table shows first, sorts by and exports in the " +
    "value columns. Optimistic locking with the claim's version. Editors and admins only.",
  role: "editor",
  params: idParams,
  body: headlineBody.pipe(headlineSchema.omit({ claimId: true })),
  response: statusResult,
  errors: {
    404: "No such claim, or the figure is not part of it.",
    409: "Someone changed the claim since you read it; read it again.",
  },
  handler: async ({ params, body, user }) => {
    const result = await setHeadlineFigure(user, { ...body, claimId: params.id });
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return { ok: true as const, version: result.version };
  },
});

export const claimEndpoints = [listClaims, getClaimById, changeStatus, correctFigureEndpoint, setHeadlineEndpoint];
