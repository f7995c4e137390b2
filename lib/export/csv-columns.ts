/**
 * The CSV's columns, once (issue 12): header, kind of cell and how the cell is read from a CsvClaim. The header line
 * and the record writer (csv.ts) derive from this list, and both row sources reach it through CsvClaim: export records
 * (csvClaimOfRecord, below) and the main query's SQL rows with their batch's lookups (stream-csv.ts, whose select
 * list names the fields it reads). A column added here is written by both paths; a field added to CsvClaim must be
 * filled by both, or tsc refuses it.
 */
import { triageOf } from "@/lib/claims/flag-words";
import { formatQuantity } from "@/lib/claims/format";
import {
  crossFlagOf,
  type ExportEvidence,
  type ExportGroup,
  type ExportQuantity,
  type ExportRow,
  flagOf,
} from "./row.ts";

/** The figure the value columns describe (value_display .. quantity_text). */
export type CsvFigure = Pick<
  ExportQuantity,
  "value" | "low" | "high" | "modifier" | "of" | "unit" | "concept" | "text"
>;

/**
 * One claim as the CSV sees it. Its own objects (document, groups, figures, evidence) are those of the export record
 * or of the stream's lookups as they are: filling one copies references, not rows.
 */
export interface CsvClaim {
  id: string;
  text: string;
  label: string;
  kind: string;
  /** The figure the value columns describe: the headline, or in a per-figure file each figure in turn. */
  figure: CsvFigure | undefined;
  /** Who corrected that figure, and when (value_corrected_by, value_corrected_at). */
  correction: Pick<ExportQuantity, "correctedBy" | "correctedById" | "correctedAt"> | undefined;
  figures: readonly ExportQuantity[];
  sourceName: string;
  sourceKind: string;
  status: string;
  assigneeName: string | null;
  /** The in-document flag's group; `summary` and `others` are read only when it flags (flagOf). */
  group: {
    verdict: ExportGroup["verdict"];
    explanation: string | null;
    decision: string | null;
    decisionReason: string | null;
    summary: string | null;
    others: ReadonlyArray<{ display: string; sourceName: string }>;
  } | null;
  crossGroup: Pick<ExportGroup, "id" | "verdict" | "explanation" | "summary" | "decision" | "decisionReason"> | null;
  evidence: ReadonlyArray<Pick<ExportEvidence, "stance" | "url" | "source" | "targetClaimId" | "note">>;
  document: Pick<ExportRow["document"], "id" | "title" | "outlet" | "url" | "publishedAt">;
  position: number;
  start: number;
  end: number;
  sentence: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A column: its header and its cell. A text cell is formula-neutralised and quoted as needed, a number cell written
 * as String(n) (a negative value is data); null is an empty cell.
 */
export type CsvColumn =
  | { header: string; text: (s: CsvClaim) => string | null }
  | { header: string; number: (s: CsvClaim) => number | null };

/** The file's columns, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: "claim_id", text: (s) => s.id },
  { header: "claim", text: (s) => s.text },
  { header: "label", text: (s) => s.label },
  { header: "kind", text: (s) => s.kind },
  { header: "value_display", text: (s) => (s.figure ? formatQuantity(s.figure) : null) },
  { header: "value", number: (s) => s.figure?.value ?? null },
  { header: "low", number: (s) => s.figure?.low ?? null },
  { header: "high", number: (s) => s.figure?.high ?? null },
  { header: "modifier", text: (s) => s.figure?.modifier ?? null },
  { header: "of", number: (s) => s.figure?.of ?? null },
  { header: "unit", text: (s) => s.figure?.unit ?? null },
  { header: "concept", text: (s) => s.figure?.concept ?? null },
  { header: "quantity_text", text: (s) => s.figure?.text ?? null },
  { header: "value_corrected_by", text: (s) => (s.correction?.correctedAt ? correctorOf(s.correction) : null) },
  { header: "value_corrected_at", text: (s) => s.correction?.correctedAt ?? null },
  { header: "figures", text: (s) => figuresCell(s.figures) },
  { header: "source", text: (s) => s.sourceName },
  { header: "source_kind", text: (s) => s.sourceKind },
  { header: "status", text: (s) => s.status },
  { header: "assignee", text: (s) => s.assigneeName },
  { header: "flag", text: (s) => flagOf(s) },
  { header: "flag_explanation", text: (s) => (flagOf(s) ? (s.group?.explanation ?? null) : null) },
  { header: "flag_decision", text: (s) => s.group?.decision ?? null },
  { header: "flag_triage", text: (s) => (flagOf(s) ? triageOf(s.group?.decision) : null) },
  { header: "flag_reason", text: (s) => s.group?.decisionReason ?? null },
  {
    header: "conflicts_with",
    text: (s) => (flagOf(s) ? (s.group?.others ?? []).map((o) => `${o.display} · ${o.sourceName}`).join("; ") : null),
  },
  { header: "flag_summary", text: (s) => (flagOf(s) ? (s.group?.summary ?? null) : null) },
  { header: "cross_flag", text: (s) => crossFlagOf(s) },
  { header: "cross_flag_summary", text: (s) => (crossFlagOf(s) ? (s.crossGroup?.summary ?? null) : null) },
  { header: "cross_flag_explanation", text: (s) => (crossFlagOf(s) ? (s.crossGroup?.explanation ?? null) : null) },
  { header: "cross_flag_triage", text: (s) => (crossFlagOf(s) ? triageOf(s.crossGroup?.decision) : null) },
  { header: "cross_flag_reason", text: (s) => (crossFlagOf(s) ? (s.crossGroup?.decisionReason ?? null) : null) },
  { header: "cross_group_id", text: (s) => (crossFlagOf(s) ? (s.crossGroup?.id ?? null) : null) },
  { header: "evidence", text: (s) => evidenceCell(s.evidence) },
  { header: "document_id", text: (s) => s.document.id },
  { header: "document_title", text: (s) => s.document.title },
  { header: "document_outlet", text: (s) => s.document.outlet },
  { header: "document_url", text: (s) => s.document.url },
  { header: "document_published_at", text: (s) => s.document.publishedAt },
  { header: "position", number: (s) => s.position },
  { header: "start", number: (s) => s.start },
  { header: "end", number: (s) => s.end },
  { header: "sentence", text: (s) => s.sentence },
  { header: "created_at", text: (s) => s.createdAt },
  { header: "updated_at", text: (s) => s.updatedAt },
];

/**
 * An export record as the CSV sees it; `figure` is the one the value columns describe (the headline by default).
 *
 * @example
 * csvClaimOfRecord(row).figure === row.quantities[0] // true
 */
export function csvClaimOfRecord(r: ExportRow, figure?: ExportQuantity): CsvClaim {
  const q = figure ?? r.quantities[0];
  return {
    id: r.id,
    text: r.text,
    label: r.label,
    kind: r.kind,
    figure: q,
    correction: q,
    figures: r.quantities,
    sourceName: r.source.name,
    sourceKind: r.source.kind,
    status: r.status,
    assigneeName: r.assignee?.name ?? null,
    group: r.group,
    crossGroup: r.crossGroup,
    evidence: r.evidence,
    document: r.document,
    position: r.position,
    start: r.start,
    end: r.end,
    sentence: r.sentence.text,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function correctorOf(q: Pick<ExportQuantity, "correctedBy" | "correctedById">): string {
  return q.correctedBy ?? q.correctedById ?? "unknown";
}

/**
 * The `figures` cell: every figure of the claim, headline first, "; "-separated, each corrected one followed by who
 * corrected it and when — the table's Value column in one cell.
 *
 * @example
 * figuresCell(quantities) // "five storeys; > 2,300 arrests (corrected by Ada Editor 2026-12-03T06:12:00.000Z)"
 */
export function figuresCell(quantities: readonly ExportQuantity[]): string | null {
  if (quantities.length === 0) return null;
  return quantities
    .map((q) =>
      q.correctedAt ? `${formatQuantity(q)} (corrected by ${correctorOf(q)} ${q.correctedAt})` : formatQuantity(q),
    )
    .join("; ");
}

/**
 * The `evidence` cell: each piece as "stance: link | source | claim", with its note, "; "-separated.
 *
 * @example
 * evidenceCell([{ stance: "supports", url: "https://example.org/r", source: null, targetClaimId: null, note: "" }])
 * // "supports: https://example.org/r"
 */
export function evidenceCell(
  evidence: ReadonlyArray<Pick<ExportEvidence, "stance" | "url" | "source" | "targetClaimId" | "note">>,
): string | null {
  if (evidence.length === 0) return null;
  return evidence
    .map((e) => {
      const what = e.url ?? (e.source ? `source ${e.source.name}` : e.targetClaimId ? `claim ${e.targetClaimId}` : "");
      return `${e.stance}: ${what}${e.note ? ` (${e.note})` : ""}`;
    })
    .join("; ");
}
