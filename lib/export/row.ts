/**
 * The exported claim (isomorphic): one record per claim with everything a researcher needs and everything
 * `claimtrack import` needs to rebuild the rows, so export -> import -> export is byte-identical. JSON and JSONL
 * carry it as is; CSV flattens it (csv.ts); ClaimReview maps it to schema.org (claimreview.ts).
 */
import { z } from "zod";
import { claimStatusSchema } from "@/lib/claims/schema";
import { measureShape, sourceKindSchema } from "@/lib/extract/schema";

/** Dates cross every format as ISO 8601 strings in UTC. */
const isoDate = z.iso.datetime();

export const exportQuantitySchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  ...measureShape,
  /** An editor's correction (issue 13): who (id, and name at export time) and when; null as extracted. */
  correctedById: z.string().nullable(),
  correctedBy: z.string().nullable(),
  correctedAt: isoDate.nullable(),
});
export type ExportQuantity = z.infer<typeof exportQuantitySchema>;

export const exportGroupSchema = z.object({
  id: z.string(),
  /** null for a group spanning documents. */
  documentId: z.string().nullable(),
  key: z.string(),
  concept: z.string(),
  unit: z.string().nullable(),
  /** developing: a cross-document group whose figures rise over publication time. */
  verdict: z.enum(["none", "soft", "conflict", "developing"]),
  explanation: z.string(),
  /** What the flag is, in the table's words ("Sources disagree: ~800 vs ~850"); empty for "none". */
  summary: z.string(),
  spread: z.number().nullable(),
  decision: z.enum(["confirmed", "dismissed"]).nullable(),
  /** Why an editor dismissed the flag. */
  decisionReason: z.string().nullable(),
  /** Every quantity in the group, this claim's own included. */
  memberQuantityIds: z.array(z.string()),
  /** The other claims' figures in the group ("~800 Iran International"): the claims this one conflicts with. */
  others: z.array(
    z.object({ claimId: z.string(), quantityId: z.string(), display: z.string(), sourceName: z.string() }),
  ),
});
export type ExportGroup = z.infer<typeof exportGroupSchema>;

/** Evidence an editor attached: a link, a source, or another claim, with its stance. */
export const exportEvidenceSchema = z.object({
  id: z.string(),
  stance: z.enum(["supports", "contradicts", "context"]),
  url: z.string().nullable(),
  source: z
    .object({
      id: z.string(),
      name: z.string(),
      kind: sourceKindSchema,
      /** The document a description ("Police") belongs to; null for a name (ADR 019). */
      documentId: z.string().nullable().default(null),
    })
    .nullable(),
  targetClaimId: z.string().nullable(),
  note: z.string(),
  createdAt: isoDate,
});
export type ExportEvidence = z.infer<typeof exportEvidenceSchema>;

export const exportRowSchema = z.object({
  id: z.string(),
  document: z.object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    /** sha256 of the stored text: an import keeps the document's identity for later ingests of the same text. */
    sha256: z.string(),
    /** When it was stored: the time of an undated document, which orders a cross-document group's figures. */
    createdAt: isoDate,
  }),
  key: z.string(),
  position: z.number().int(),
  kind: z.string(),
  label: z.string(),
  text: z.string(),
  /** Offsets into the document text. */
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  cue: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).nullable(),
  quantities: z.array(exportQuantitySchema),
  source: z.object({
    id: z.string(),
    name: z.string(),
    kind: sourceKindSchema,
    affiliation: z.string().nullable(),
    /** The surface forms the extractor met ("the association", "BGMEA"), as the source page shows them. */
    aliases: z.array(z.string()).default([]),
    /** Normalised names that now mean this source: its names before a rename, sources merged into it (SourceAlias). */
    formerNames: z.array(z.string()).default([]),
    /**
     * The document a description ("Police", "Officials") is the source of: two documents' "Police" are two sources.
     * null: a name, one source for every document (ADR 019). Absent in exports older than it: null.
     */
    documentId: z.string().nullable().default(null),
  }),
  status: claimStatusSchema,
  /** The editor checking the claim (issue 13): id, and name at export time; null when unassigned. */
  assignee: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
  version: z.number().int(),
  /** The in-document flag's group (the table's in-document flag), with its triage state. */
  group: exportGroupSchema.nullable(),
  /** The cross-document flag's group (another outlet's figure: the table's ⇄ / ↗ chip), with its triage state. */
  crossGroup: exportGroupSchema.nullable(),
  evidence: z.array(exportEvidenceSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type ExportRow = z.infer<typeof exportRowSchema>;

/**
 * The flag a row shows in the table: the group's verdict unless it is "none".
 *
 * @example
 * flagOf(row) // "conflict" | "soft" | null
 */
export function flagOf(row: { group: Pick<ExportGroup, "verdict"> | null }): "conflict" | "soft" | null {
  const verdict = row.group?.verdict;
  return verdict === "conflict" || verdict === "soft" ? verdict : null;
}

/**
 * The cross-document flag a row shows in the table (a dismissed one is not shown there, nor here).
 *
 * @example
 * crossFlagOf(row) // "conflict" | "soft" | "developing" | null
 */
export function crossFlagOf(row: {
  crossGroup: Pick<ExportGroup, "verdict" | "decision"> | null;
}): "conflict" | "soft" | "developing" | null {
  const g = row.crossGroup;
  if (!g || g.decision === "dismissed" || g.verdict === "none") return null;
  return g.verdict;
}
