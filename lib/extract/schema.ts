/**
 * Output contract of the extraction pipeline (lib/extract) and the comparison (lib/compare).
 * Isomorphic zod only: the CLI, the web app, the tests and the docs all read these.
 * Every span is a pair of JavaScript string indices into the input text: `text === input.slice(start, end)`.
 */
import { z } from "zod";

export const spanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const modifierSchema = z.enum([
  "exact",
  "approximately",
  "atLeast",
  "moreThan",
  "atMost",
  "lessThan",
  "range",
  "fraction",
]);
export type Modifier = z.infer<typeof modifierSchema>;

/** "document" and "poll": a text or a survey speaks ("tax returns show", "a Gallup poll found"), no person. */
export const sourceKindSchema = z.enum([
  "person",
  "organization",
  "outlet",
  "official",
  "anonymous",
  "document",
  "poll",
  "unattributed",
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * "document": a description that means something only inside its article ("Police", "the fire service", "Officials",
 * "the document", an unnamed poll): stored once per document. "global": a name ("Human Rights Watch", "Lisa
 * Daftari"), one stored source for every article (ADR 019).
 */
export const sourceScopeSchema = z.enum(["document", "global"]);
export type SourceScope = z.infer<typeof sourceScopeSchema>;

export const claimKindSchema = z.enum(["quantity", "date", "event", "quote"]);
export type ClaimKind = z.infer<typeof claimKindSchema>;

export const sentenceSchema = spanSchema.extend({ id: z.string() });
export type Sentence = z.infer<typeof sentenceSchema>;

/**
 * What a figure measures: the fields every record carrying a figure shares (the extraction's quantity, the claims
 * table's figure, the export, `claimtrack compare`), declared once so they mean one thing everywhere.
 */
export const measureShape = {
  /** The central figure: 800 for "over 800", 0.6667 for "two-thirds", the midpoint is NOT used for ranges (low end). */
  value: z.number(),
  /** Interval ends; null = open on that side. See docs/quantity-semantics.md for the approximately tolerance. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  modifier: modifierSchema,
  /** The total in "26 of 31 provinces". */
  of: z.number().nullable(),
  /** Counted noun or unit as a lemma: "fighter", "arrest", "percent", "USD", "km". null when none was found. */
  unit: z.string().nullable(),
  /** What it counts, as a short phrase: "foreign fighters who crossed into Iran". */
  concept: z.string().nullable(),
};

export const quantitySchema = spanSchema.extend({
  id: z.string(),
  ...measureShape,
  claimId: z.string(),
});
export type Quantity = z.infer<typeof quantitySchema>;

export const dateMentionSchema = spanSchema.extend({
  id: z.string(),
  /** ISO 8601 date (YYYY-MM-DD) or the start of the period referred to; null when it cannot be resolved. */
  resolved: z.string().nullable(),
  /** End of the period for periods ("October 2024" -> 2024-10-31), else null. */
  resolvedEnd: z.string().nullable(),
  /** "point" | "period" | "since" | "until" | ... free-form qualifier as read from the text. */
  qualifier: z.string().nullable(),
  claimId: z.string().nullable(),
});
export type DateMention = z.infer<typeof dateMentionSchema>;

export const attributionSchema = z.object({
  name: z.string(),
  kind: sourceKindSchema,
  affiliation: z.string().nullable(),
  scope: sourceScopeSchema,
  cue: spanSchema.nullable(),
});
export type Attribution = z.infer<typeof attributionSchema>;

export const claimSchema = spanSchema.extend({
  id: z.string(),
  sentenceId: z.string(),
  label: z.string(),
  kind: claimKindSchema,
  source: attributionSchema,
});
export type Claim = z.infer<typeof claimSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: sourceKindSchema,
  affiliation: z.string().nullable(),
  scope: sourceScopeSchema,
  /** Other surface forms used for this source inside the document ("Daftari", "she"). */
  aliases: z.array(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const verdictSchema = z.enum(["conflict", "soft"]);
export type Verdict = z.infer<typeof verdictSchema>;

export const discrepancySchema = z.object({
  /** Quantity ids; across documents (compare) they are `${docId}#${quantityId}`. */
  members: z.array(z.string()).min(2),
  verdict: verdictSchema,
  explanation: z.string(),
});
export type Discrepancy = z.infer<typeof discrepancySchema>;

export const quantityGroupSchema = z.object({
  id: z.string(),
  concept: z.string(),
  unit: z.string().nullable(),
  members: z.array(z.string()).min(1),
  verdict: verdictSchema.nullable(),
  explanation: z.string(),
});
export type QuantityGroup = z.infer<typeof quantityGroupSchema>;

export const extractionSchema = z.object({
  id: z.string(),
  sentences: z.array(sentenceSchema),
  claims: z.array(claimSchema),
  quantities: z.array(quantitySchema),
  dates: z.array(dateMentionSchema),
  sources: z.array(sourceSchema),
  groups: z.array(quantityGroupSchema),
  discrepancies: z.array(discrepancySchema),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** What lib/extract alone produces: the extraction without the figures' groups (lib/compare's; lib/analysis adds them). */
export const textExtractionSchema = extractionSchema.omit({ groups: true, discrepancies: true });
export type TextExtraction = z.infer<typeof textExtractionSchema>;

export const extractInputSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  outlet: z.string().optional(),
  /** ISO date or datetime; the reference for relative dates ("late December"). */
  publishedAt: z.string().optional(),
});
export type ExtractInput = z.infer<typeof extractInputSchema>;
