/**
 * The claims API's zod schemas: the list query (the claims table's filters and sort, strict, with cursor
 * pagination), the list row and the one-claim view. The OpenAPI document renders them as components by their ids.
 */
import { z } from "zod";
import { pageQuerySchema } from "@/lib/api/page-schema";
import { flagValues, sortableColumns } from "@/lib/claims/query-schema";
import { claimRowSchema, claimStatusSchema } from "@/lib/claims/schema";
import { modifierSchema } from "@/lib/extract/schema";

/** A comma-separated list in the query string ("status=disputed,refuted"), checked item by item. */
function commaList<T extends z.ZodType<unknown, string>>(item: T, description: string) {
  return z
    .string()
    .optional()
    .meta({ description })
    .transform((v) => (v ? v.split(",").filter((s) => s !== "") : []))
    .pipe(z.array(item));
}

export const claimStatus = claimStatusSchema.meta({
  id: "ClaimStatus",
  description: "The corroboration status an editor sets; needs-review marks figures a flag asks to check.",
});

/** The table's filters and sort (same names as the /claims URL), strict: an unknown value is a 422, not ignored. */
export const claimFiltersSchema = z.object({
  sort: z
    .enum(sortableColumns)
    .default("position")
    .meta({
      description:
        "Sort column. `position` is document, then place in the text; `claim` the label shown; `value` the headline " +
        "figure's unit, then its value (claims without a figure last in both directions); `status` workflow order " +
        "(unverified, needs-review, disputed, corroborated, refuted, retracted).",
    }),
  dir: z.enum(["asc", "desc"]).default("asc").meta({ description: "Sort direction." }),
  status: commaList(
    claimStatusSchema,
    `Only these statuses, comma-separated: ${claimStatusSchema.options.join(", ")}.`,
  ),
  flag: commaList(
    z.enum(flagValues),
    "Only these flags, comma-separated, any of them: conflict, soft, none (in-document flag); cross-conflict, " +
      "cross-soft, developing (cross-document flag); unreviewed (a shown flag no editor has triaged: 'Needs review').",
  ),
  source: commaList(z.string().min(1), "Only claims from these sources: source ids or exact names, comma-separated."),
  document: commaList(z.string().min(1), "Only claims from these documents (ids, comma-separated)."),
  assignee: commaList(
    z.string().min(1).max(64),
    "Only claims assigned to these users (ids, comma-separated); `me` is the caller, `none` the unassigned claims.",
  ),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: "Text search in the claim's text, label and source name (any case)." }),
});

export const claimListQuerySchema = claimFiltersSchema.extend(pageQuerySchema.shape);

export const claimRow = claimRowSchema
  .extend({
    status: claimStatus,
    openComments: z.number().int().meta({ description: "Unresolved comment threads on the claim." }),
  })
  .meta({
    id: "ClaimRow",
    description:
      "A claim as the claims table shows it: text, first figure, source, status and version, and its discrepancy flag with the other figures of its group.",
  });

const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const quantity = z
  .object({
    id: z.string(),
    ordinal: z.number().int().meta({ description: "Order within the claim; 0 is the figure the table shows." }),
    text: z.string().meta({ description: 'The figure as written, e.g. "over 800 fighters".' }),
    start: z.number().int(),
    end: z.number().int(),
    value: z.number(),
    low: z.number().nullable().meta({ description: "Lowest value the wording allows; null when unbounded." }),
    high: z.number().nullable().meta({ description: "Highest value the wording allows; null when unbounded." }),
    modifier: modifierSchema,
    of: z.number().nullable().meta({ description: 'The whole of a share ("26 of 31" -> 31).' }),
    unit: z.string().nullable(),
    concept: z.string().nullable(),
  })
  .meta({ id: "ClaimQuantity", description: "One figure of the claim with its reading as an interval." });

const evidence = z
  .object({
    id: z.string(),
    stance: z.enum(["supports", "contradicts", "context"]),
    url: z.string().nullable(),
    sourceId: z.string().nullable(),
    targetClaimId: z.string().nullable().meta({ description: "Set when the evidence is another claim." }),
    note: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Evidence", description: "A link, a source or another claim attached by an editor." });

export const claimDetail = claimRow
  .extend({
    sentence: span.meta({ description: "The sentence the claim stands in, with its offsets in the document text." }),
    cue: span.nullable().meta({ description: 'The attribution cue ("said", "according to"), if any.' }),
    document: z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.iso.datetime().nullable(),
    }),
    quantities: z.array(quantity),
    evidence: z.array(evidence),
    commentCount: z.number().int().meta({ description: "Comments on the claim, replies included, deleted ones not." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Claim", description: "One claim with its context, all its figures, evidence and comment count." });

export const statusBody = z
  .object({
    status: claimStatus,
    version: z.number().int().min(1).meta({ description: "The version you read; a newer one means a conflict (409)." }),
  })
  .meta({ id: "StatusChange" });

export const figureBody = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: "The claim's version you read; a newer one means a conflict (409)." }),
    value: z.number().finite().optional(),
    low: z
      .number()
      .finite()
      .nullable()
      .optional()
      .meta({ description: "Omit to derive the bounds from the value and the qualifier; null for no bound." }),
    high: z.number().finite().nullable().optional(),
    modifier: modifierSchema
      .optional()
      .meta({ description: "The qualifier: at least (atLeast), over (moreThan), about (approximately)..." }),
    unit: z.string().max(60).nullable().optional(),
    concept: z.string().max(200).nullable().optional().meta({ description: "What the figure counts." }),
  })
  .meta({
    id: "FigureCorrection",
    description: "The fields of one figure to correct; omitted fields stay. The figure as written never changes.",
  });

export const headlineBody = z
  .object({
    version: z.number().int().min(1).meta({ description: "The claim's version you read." }),
    quantityId: z.string().min(1).meta({ description: "The figure to show first (in the table, sorts and exports)." }),
  })
  .meta({ id: "HeadlineChange" });

export const statusResult = z
  .object({ ok: z.literal(true), version: z.number().int().meta({ description: "The claim's new version." }) })
  .meta({ id: "StatusChanged" });
