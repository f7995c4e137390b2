/**
 * The claims table's contract, shared by the server (lib/claims/data.ts) and the UI (components/claims-table): a
 * claim's status, its rows and figures as shown, and editors' changes to one claim. The whole table state lives in the
 * URL: ./query-schema.ts's `claimsQuerySchema.parse(Object.fromEntries(searchParams))` is the one way to read it,
 * `toSearchParams` the one way to write it.
 */
import { z } from "zod";
import { measureShape, modifierSchema, sourceKindSchema } from "@/lib/extract/schema";

export const claimStatuses = [
  "unverified",
  "corroborated",
  "disputed",
  "refuted",
  "retracted",
  "needs-review",
] as const;
export const claimStatusSchema = z.enum(claimStatuses);

/**
 * The Status sort's order: still open, under review, contested, settled true, settled false, withdrawn. The database
 * computes Claim."statusRank" from it (a generated column, migration 20261204110000; claim-sorts test keeps them in
 * step).
 */
export const statusWorkflow = [
  "unverified",
  "needs-review",
  "disputed",
  "corroborated",
  "refuted",
  "retracted",
] as const;
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** A status change with the version the editor saw (the table's inline editor, PUT /api/claims/{id}/status). */
export const statusChangeSchema = z.object({
  claimId: z.string().min(1),
  status: claimStatusSchema,
  version: z.number().int().min(1),
});

/** Free text of a figure (unit, counted concept): trimmed, blank is none (null), omitted leaves it as it is. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === "" ? null : v))
    .optional();

/** One figure's correction with the claim version the editor saw (lib/claims/figures.ts correctFigure). */
export const figureCorrectionSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
  quantityId: z.string().min(1),
  value: z.number().finite().optional(),
  /** Omitted: derived from the value and the qualifier ("at least 12" -> [12, ∞)). */
  low: z.number().finite().nullable().optional(),
  high: z.number().finite().nullable().optional(),
  modifier: modifierSchema.optional(),
  unit: optionalText(60),
  concept: optionalText(200),
});
export type FigureCorrection = z.output<typeof figureCorrectionSchema>;

/** The refusal an editor reads for a figure correction the schema rejects: which field, in words. */
export function figureCorrectionMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "");
  if (field === "modifier") return "Choose one of the listed qualifiers.";
  if (field === "value" || field === "low" || field === "high") return `The ${field} must be a number.`;
  return issue?.message ?? "Check the figure's fields.";
}

/** The claim's headline figure, with the claim version the editor saw (setHeadlineFigure). */
export const headlineSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
  quantityId: z.string().min(1),
});
export type HeadlineChange = z.output<typeof headlineSchema>;

/** The source of a claim an editor adds (lib/claims/structure.ts): one picked, or one typed. */
const sourceChoice = {
  /** An existing source; wins over sourceName. */
  sourceId: z.string().min(1).optional(),
  /** A source typed by the editor (found by its normalised name, or created). */
  sourceName: z.string().trim().max(200).optional(),
};

/** A claim from a span of a document's text (addClaimFromSpan). */
export const addClaimSchema = z.object({
  documentId: z.string().min(1),
  start: z.number().int(),
  end: z.number().int(),
  ...sourceChoice,
});

/** A claim split before one of its figures (splitClaim). */
export const splitClaimSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
  /** 1-based, in text order: the figure the second claim starts with (2 .. number of figures). */
  beforeFigure: z.number().int().min(2),
});

/** Two adjacent claims merged into the earlier one (mergeClaims). */
export const mergeClaimsSchema = z.object({
  firstId: z.string().min(1),
  secondId: z.string().min(1),
  firstVersion: z.number().int().min(1).optional(),
  secondVersion: z.number().int().min(1).optional(),
  /** The merged claim's source; required when the two claims' sources differ (one of the two). */
  sourceId: z.string().min(1).optional(),
});
export type AddClaimInput = z.output<typeof addClaimSchema>;
export type SplitClaimInput = z.output<typeof splitClaimSchema>;
export type MergeClaimsInput = z.output<typeof mergeClaimsSchema>;

/** An editor's correction of a claim (lib/claims/edit.ts editClaim): text, span, headline value or source. */
export const editClaimSchema = z
  .object({
    claimId: z.string().min(1),
    version: z.number().int().min(1),
    text: z.string().trim().min(1).max(5000).optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    value: z.number().finite().optional(),
    sourceId: z.string().min(1).optional(),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), "Give both ends of the span.")
  .refine((v) => v.start === undefined || v.end === undefined || v.start < v.end, "The span must not be empty.");
export type EditClaimInput = z.output<typeof editClaimSchema>;

/** An editor's correction of a figure: who (null when the user was deleted) and when (ISO 8601). */
export const correctionSchema = z.object({ byId: z.string().nullable(), by: z.string().nullable(), at: z.string() });
export type Correction = z.infer<typeof correctionSchema>;

/** One figure of a claim as the table, the API and the exports show it; `text` is the figure as written. */
export const figureSchema = z.object({
  id: z.string(),
  text: z.string(),
  ...measureShape,
  /** null while the figure stands as extracted. */
  corrected: correctionSchema.nullable(),
});
export type Figure = z.infer<typeof figureSchema>;

export const claimRowSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  text: z.string(),
  label: z.string(),
  kind: z.string(),
  /** Offsets into the document text, and the claim's position (order) within its document. */
  start: z.number().int(),
  end: z.number().int(),
  position: z.number().int(),
  /** The claim's headline figure (ordinal 0, chosen by an editor or the first found), when it has one. */
  quantity: figureSchema.nullable(),
  /** Every figure of the claim, the headline first, then in the order they were written. */
  figures: z.array(figureSchema),
  source: z.object({ id: z.string(), name: z.string(), kind: sourceKindSchema }),
  status: claimStatusSchema,
  version: z.number().int(),
  flag: z
    .object({
      groupId: z.string(),
      verdict: z.enum(["conflict", "soft"]),
      explanation: z.string(),
      decision: z.enum(["confirmed", "dismissed"]).nullable(),
      /** Why an editor dismissed it. */
      reason: z.string().nullable(),
      /** What it is, in words: "Sources disagree: > 800 vs ~850" (lib/claims/flag-words.ts). */
      summary: z.string(),
      /** The other figures in the group: "~800 · Iran International". */
      others: z.array(z.object({ claimId: z.string(), display: z.string(), sourceName: z.string() })),
    })
    .nullable(),
  /** The strongest cross-document group holding one of the claim's figures (another outlet's figure), if any. */
  crossFlag: z
    .object({
      groupId: z.string(),
      verdict: z.enum(["conflict", "soft", "developing"]),
      explanation: z.string(),
      /** Documents (outlets' articles) in the group, this claim's included. */
      documents: z.number().int(),
      /** The editor's triage: null is unreviewed (a dismissed cross-document flag is not shown in the table). */
      decision: z.enum(["confirmed", "dismissed"]).nullable(),
      reason: z.string().nullable(),
      /** "Outlets disagree: 14 vs 23", "Toll rising: 12 → 17". */
      summary: z.string(),
    })
    .nullable(),
  /** The editor checking the claim (issue 13 item 4), null when nobody is assigned. */
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Unresolved comment threads on the claim (issue 5); filled by listClaims. */
  openComments: z.number().int().optional(),
});
export type ClaimRow = z.infer<typeof claimRowSchema>;

export const claimsPageSchema = z.object({
  rows: z.array(claimRowSchema),
  total: z.number().int(),
  /** Set when `total` is the database's estimate (PostgreSQL, large results): the table says "about". */
  estimated: z.boolean().optional(),
});
export type ClaimsPage = z.infer<typeof claimsPageSchema>;
