/**
 * Raw page rows (sql/select.ts) -> table rows (ClaimRow from schema.ts): the headline figure and every
 * figure with its correction mark, the source, and the flag with the other figures of its group ("~800 · Iran
 * International"). The table, the claim page and the REST API all build their rows here.
 */
import { modifierSchema } from "@/lib/extract/schema";
import { flagSummary } from "./flag-words.ts";
import { flagFigures, formatQuantity } from "./format.ts";
import { crossVerdictOfRank } from "./query-schema.ts";
import type { ClaimRow, Figure } from "./schema.ts";
import type { RawClaimRow, RawFigure, RawGroupMember } from "./sql/select.ts";

type Row = ClaimRow;

type Decision = "confirmed" | "dismissed" | null;

function decisionOf(value: string | null): Decision {
  return value === "confirmed" || value === "dismissed" ? value : null;
}

function timeOf(at: string | Date): string {
  return at instanceof Date ? at.toISOString() : String(at);
}

function crossFlagOf(r: RawClaimRow, members: RawGroupMember[]): Row["crossFlag"] {
  const verdict = crossVerdictOfRank[r.crossFlagRank as keyof typeof crossVerdictOfRank];
  const groupId = r.crossGroupId;
  if (!verdict || !groupId) return null;
  // Across outlets the figures read in publication order: a rising toll as 12 → 17.
  const figures = flagFigures(
    members.filter((m) => m.groupId === groupId).sort((a, b) => timeOf(a.at).localeCompare(timeOf(b.at))),
  );
  return {
    groupId,
    verdict,
    explanation: r.xExplanation ?? "",
    documents: Number(r.xDocuments ?? 0),
    decision: decisionOf(r.xDecision),
    reason: r.xReason,
    summary: flagSummary("cross", verdict, figures),
  };
}

function iso(value: Date | string): string {
  // SQLite returns DATETIME as text ("2026-12-03 06:00:00.000" or ISO with an offset); PostgreSQL as a Date.
  return (value instanceof Date ? value : new Date(String(value).replace(" ", "T"))).toISOString();
}

/**
 * A stored figure as the row shows it, with who corrected it and when.
 *
 * @example figureOf(raw).corrected // { byId: "u1", by: "Ed Editor", at: "2026-12-03T06:00:00.000Z" } or null
 */
export function figureOf(f: RawFigure): Figure {
  return {
    id: f.id,
    text: f.text,
    value: Number(f.value),
    low: f.low === null ? null : Number(f.low),
    high: f.high === null ? null : Number(f.high),
    modifier: modifierSchema.catch("exact").parse(f.modifier),
    of: f.of === null ? null : Number(f.of),
    unit: f.unit,
    concept: f.concept,
    corrected: f.correctedAt === null ? null : { byId: f.correctedById, by: f.correctedByName, at: iso(f.correctedAt) },
  };
}

/**
 * Shapes a raw page row for the table, with the flag's other figures from `members` and the claim's figures from
 * `figures` (selectClaimFigures: headline first).
 *
 * @example
 * rows.map((r) => rawToClaimRow(r, members, figures))
 */
export function rawToClaimRow(r: RawClaimRow, members: RawGroupMember[], figures: RawFigure[]): Row {
  const flagged = r.groupId !== null && r.gVerdict !== null && r.gVerdict !== "none";
  const own = figures.filter((f) => f.claimId === r.id).map(figureOf);
  const headline = figures.some((f) => f.claimId === r.id && f.ordinal === 0) ? own[0] : null;
  return {
    id: r.id,
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    text: r.text,
    label: r.label,
    kind: r.kind,
    start: r.start,
    end: r.end,
    position: r.position,
    quantity: headline ?? null,
    figures: own,
    source: { id: r.sourceId, name: r.sourceName, kind: r.sourceKind as Row["source"]["kind"] },
    status: r.status as Row["status"],
    version: r.version,
    flag: flagged
      ? {
          groupId: r.groupId as string,
          verdict: r.gVerdict as "conflict" | "soft",
          explanation: r.gExplanation ?? "",
          decision: decisionOf(r.gDecision),
          reason: r.gReason,
          summary: flagSummary(
            "document",
            r.gVerdict as "conflict" | "soft",
            flagFigures(members.filter((m) => m.groupId === r.groupId)),
          ),
          others: members
            .filter((m) => m.groupId === r.groupId && m.claimId !== r.id)
            .map((m) => ({ claimId: m.claimId, display: formatQuantity(m), sourceName: m.sourceName })),
        }
      : null,
    crossFlag: crossFlagOf(r, members),
    assignee: r.assigneeId && r.assigneeName !== null ? { id: r.assigneeId, name: r.assigneeName } : null,
  };
}
