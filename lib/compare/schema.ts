/**
 * Output contract of `claimtrack compare`: the figures of every document, then the groups and discrepancies across
 * them. Isomorphic zod, like lib/extract/schema.ts.
 */
import { z } from "zod";
import { discrepancySchema, measureShape, quantityGroupSchema, sourceKindSchema } from "@/lib/extract/schema.ts";

export const compareFigureSchema = z.object({
  /** `${documentId}#${quantityId}`: the id used in group and discrepancy members. */
  key: z.string(),
  documentId: z.string(),
  quantityId: z.string(),
  text: z.string(),
  ...measureShape,
  source: z.object({ name: z.string(), kind: sourceKindSchema }),
  publishedAt: z.string().nullable(),
});
export type CompareFigure = z.infer<typeof compareFigureSchema>;

export const compareResultSchema = z.object({
  documents: z.array(z.object({ id: z.string(), claims: z.number().int(), quantities: z.number().int() })),
  figures: z.array(compareFigureSchema),
  groups: z.array(quantityGroupSchema),
  discrepancies: z.array(discrepancySchema),
});
export type CompareResult = z.infer<typeof compareResultSchema>;
