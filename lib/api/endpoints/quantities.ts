/**
 * REST endpoints for quantities, the figures inside claims: GET /api/quantities (cursor pages by id or in document
 * order, filtered by document, claim, concept, unit, value range) and GET /api/quantities/{id}.
 */
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import { pageQuerySchema, pageSchema } from "@/lib/api/page-schema";
import { type Modifier, modifierSchema, type SourceKind, sourceKindSchema } from "@/lib/extract/schema";
import { decodeCursor, type KeyPartType, keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { QUANTITY_ORDERS, type QuantityOrder, quantitiesAfter, quantityWithContext } from "@/lib/quantities/data";

export const quantitySchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    claimId: z.string().meta({ description: "The claim this figure is part of." }),
    ordinal: z.number().int().meta({ description: "Position of the figure within its claim (0 = the first)." }),
    text: z.string().meta({ description: 'The figure as written, e.g. "over 800 fighters".' }),
    start: z.number().int().meta({ description: "Character offset of the figure in the document text." }),
    end: z.number().int().meta({ description: "Character offset just past the figure." }),
    value: z.number().meta({ description: "The number the figure states (the lower bound for a range)." }),
    low: z.number().nullable().meta({ description: "Lowest value the wording allows; null when unbounded." }),
    high: z.number().nullable().meta({ description: "Highest value the wording allows; null when unbounded." }),
    modifier: modifierSchema.meta({ id: "Modifier", description: "How the wording qualifies the number." }),
    of: z.number().nullable().meta({ description: 'The whole of a share ("26 of 31" -> 31).' }),
    unit: z.string().nullable().meta({ description: 'What is counted, singular ("fighter").' }),
    concept: z.string().nullable().meta({ description: "What the figure measures, when the extractor named it." }),
  })
  .meta({ id: "Quantity", description: "One figure in a claim, with its reading as a number or interval." });

const groupRefSchema = z
  .object({
    id: z.string(),
    crossDocument: z.boolean().meta({ description: "true for a group spanning documents, false for one document's." }),
    verdict: z.string().meta({ description: "conflict | developing | soft | none" }),
    explanation: z.string(),
    decision: z.enum(["confirmed", "dismissed"]).nullable().meta({ description: "The editor's decision, if any." }),
  })
  .meta({ id: "QuantityGroupRef", description: "A group this figure belongs to, with its verdict." });

export const quantityDetailSchema = quantitySchema
  .extend({
    claimStatus: z.string().meta({ description: "The claim's review status." }),
    source: z
      .object({ id: z.string(), name: z.string(), kind: sourceKindSchema })
      .meta({ description: "Who the claim is attributed to." }),
    groups: z.array(groupRefSchema).meta({ description: "Cross-document group first, then the document's." }),
  })
  .meta({ id: "QuantityDetail", description: "One figure with its claim's source and its groups' verdicts." });

const listQuery = pageQuerySchema.extend({
  order: z
    .enum(["id", "document"])
    .default("id")
    .meta({ description: "`id`, or `document`: by document id, then position in the text." }),
  documentId: z.string().min(1).optional(),
  claimId: z.string().min(1).optional(),
  concept: z.string().min(1).optional().meta({ description: "Exact concept." }),
  unit: z.string().min(1).optional().meta({ description: 'Exact unit, singular ("person").' }),
  min: decimal("Smallest value, inclusive."),
  max: decimal("Largest value, inclusive."),
});

/** A decimal number in a query string; an empty or non-numeric value is a 422, never a silent 0. */
function decimal(description: string) {
  return z
    .string()
    .trim()
    .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, "expected a decimal number such as 800 or -2.5")
    .transform(Number)
    .pipe(z.number().finite())
    .optional()
    .meta({ description });
}

const KEY_TYPES: Record<QuantityOrder, KeyPartType[]> = {
  id: ["string"],
  document: ["string", "number", "string"],
};

function typed<T extends { modifier: string }>(r: T): T & { modifier: Modifier } {
  return { ...r, modifier: r.modifier as Modifier };
}

export const listQuantities = defineEndpoint({
  method: "GET",
  path: "/api/quantities",
  tag: "Quantities",
  summary: "List quantities",
  description:
    "Figures ordered by id (`order=id`) or as they stand in their documents (`order=document`); a cursor only " +
    "continues the order it came from.",
  role: "researcher",
  query: listQuery,
  response: pageSchema(quantitySchema).meta({ id: "QuantityPage" }),
  handler: async ({ query }) => {
    const { order, limit, cursor, ...filters } = query;
    const orderName = `quantity-${order}`;
    const after = cursor ? decodeCursor(cursor, orderName, KEY_TYPES[order]) : null;
    const rows = await quantitiesAfter(filters, order, after, limit + 1);
    const columns = [...QUANTITY_ORDERS[order]];
    return pageOf(rows.map(typed), limit, orderName, (r) => keyOfRow(columns, r));
  },
});

export const getQuantity = defineEndpoint({
  method: "GET",
  path: "/api/quantities/{id}",
  tag: "Quantities",
  summary: "Get a quantity",
  description: "One figure with its claim id and status, the claim's source, and the verdict of each of its groups.",
  role: "researcher",
  params: z.object({ id: z.string().min(1).meta({ description: "The quantity's id." }) }),
  response: quantityDetailSchema,
  errors: { 404: "No quantity with this id." },
  handler: async ({ params }) => {
    const q = await quantityWithContext(params.id);
    if (!q) throw new ApiError(404, "not_found", "No quantity with this id.");
    return {
      ...typed(q),
      source: { ...q.source, kind: q.source.kind as SourceKind },
      groups: q.groups.map((g) => ({ ...g, decision: g.decision as "confirmed" | "dismissed" | null })),
    };
  },
});

export const quantityEndpoints = [listQuantities, getQuantity];
