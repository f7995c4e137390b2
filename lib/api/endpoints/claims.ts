/**
 * REST endpoints for claims: GET /api/claims (the claims table's filters and sort, cursor pages), GET
 * /api/claims/{id}, and PUT /api/claims/{id}/status (the inline editor's optimistic-locking status change).
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageSchema } from "@/lib/api/page-schema";
import { changeClaimStatus } from "@/lib/claims/commands";
import { getClaim } from "@/lib/claims/data";
import { listClaimsPage } from "@/lib/claims/keyset";
import { statusOf } from "@/lib/errors";
import { claimDetail, claimListQuerySchema, claimRow, statusBody, statusResult } from "./claim-schemas.ts";

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
  handler: async ({ query }) => listClaimsPage(query),
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
    const result = await changeClaimStatus({ ok: true, user }, { claimId: params.id, ...body });
    if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
    return { ok: true as const, version: result.version };
  },
});

export const claimEndpoints = [listClaims, getClaimById, changeStatus];
