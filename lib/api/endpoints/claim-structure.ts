/**
 * REST doors to the document page's claim tools (issue 13 item 2): add a claim from a span of a document's text,
 * split a claim before one of its figures, merge two adjacent claims. The same commands as the server actions
 * (lib/claims/structure.ts): one role check, one set of refusals.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { addClaimFromSpan } from "@/lib/claims/claim-add";
import { mergeClaims } from "@/lib/claims/claim-merge";
import { splitClaim } from "@/lib/claims/claim-split";
import { addClaimSchema, mergeClaimsSchema, splitClaimSchema } from "@/lib/claims/schema";
import type { StructureResult } from "@/lib/claims/structure";
import { statusOf } from "@/lib/errors";

const idParams = z.object({ id: z.string().min(1).meta({ description: "The document's or claim's id." }) });

const addBody = z.object({
  start: z.number().int().meta({ description: "Offset of the claim's first character in the document text." }),
  end: z.number().int().meta({ description: "Offset just past its last character." }),
  sourceId: z.string().min(1).optional().meta({ description: "An existing source; wins over sourceName." }),
  sourceName: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "A source by name (found, or created). Neither: the source the sentence names." }),
});

const splitBody = z.object({
  version: z.number().int().min(1).meta({ description: "The claim's version you read (optimistic locking)." }),
  beforeFigure: z
    .number()
    .int()
    .min(2)
    .meta({ description: "1-based, in text order: the figure the second claim starts with." }),
});

const structureResult = z.object({
  ok: z.literal(true),
  documentId: z.string(),
  claimIds: z.array(z.string()).meta({ description: "The claims written: the new one; both parts; the merged one." }),
});

function answer(result: StructureResult) {
  if (!result.ok) throw new ApiError(statusOf(result.code), result.code, result.message);
  return result;
}

export const addClaimEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/documents/{id}/claims",
  tag: "Claims",
  summary: "Add a claim from a span of a document",
  description:
    "Makes text.slice(start, end) of the document a claim: its figures as the extractor reads them, its source as " +
    "the sentence attributes it unless you name one; status unverified, marked as the editor's (who, when). " +
    "Extracted claims whose figures all lie in the span (with no editor work) give way to it. Re-extraction never overwrites " +
    "it. Audited; the document is regrouped. Editors and admins only.",
  role: "editor",
  params: idParams,
  // The documented bodies, then the write's own schema (the source name trimmed): the handler gets the write's input.
  body: addBody.pipe(addClaimSchema.omit({ documentId: true })),
  response: structureResult,
  status: 201,
  errors: {
    404: "No such document.",
    422: "The span is empty, outside the text or crosses an editor's claim.",
  },
  handler: async ({ params, body, user }) => answer(await addClaimFromSpan(user, { ...body, documentId: params.id })),
});

export const splitClaimEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/claims/{id}/split",
  tag: "Claims",
  summary: "Split a claim before one of its figures",
  description:
    "Splits a claim with two or more figures into two: the first keeps the id, status, comments and evidence; the " +
    "second starts at the chosen figure. Audited; regrouped. Editors and admins only.",
  role: "editor",
  params: idParams,
  body: splitBody.pipe(splitClaimSchema.omit({ claimId: true })),
  response: structureResult,
  errors: {
    404: "No such claim.",
    409: "Someone changed the claim since you read it; read it again.",
    422: "The claim has fewer figures.",
  },
  handler: async ({ params, body, user }) => answer(await splitClaim(user, { ...body, claimId: params.id })),
});

export const mergeClaimsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/claims/merge",
  tag: "Claims",
  summary: "Merge two adjacent claims",
  description:
    "Merges two claims of one document with no claim between them: spans and figures joined, comments and evidence " +
    "moved to the earlier claim, the later one deleted. When their sources differ, sourceId picks which one the " +
    "merged claim keeps. Audited; regrouped. Editors and admins only.",
  role: "editor",
  body: mergeClaimsSchema,
  response: structureResult,
  errors: {
    404: "No such claim.",
    409: "Someone changed one of the claims since you read it; read them again.",
    422: "Not adjacent, not of one document, or the sources differ and none was chosen.",
  },
  handler: async ({ body, user }) => answer(await mergeClaims(user, body)),
});

export const claimStructureEndpoints = [addClaimEndpoint, splitClaimEndpoint, mergeClaimsEndpoint];
