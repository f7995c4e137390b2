/**
 * Database claim -> table row (ClaimRow from schema.ts): the first quantity, the source, and the flag with the other
 * figures of its group ("~800 · Iran International").
 */
import type { RawClaimRow, RawGroupMember } from "@/lib/db/claims-page-sql";
import { formatQuantity } from "./format.ts";
import { type ClaimRow, crossVerdictOfRank } from "./schema.ts";

const firstQuantity = { orderBy: { ordinal: "asc" as const }, take: 1 };

/** The relations a table row needs, loaded in a few batched queries per page. */
export const claimRowInclude = {
  quantities: firstQuantity,
  source: { select: { id: true, name: true, kind: true } },
  group: {
    select: {
      id: true,
      verdict: true,
      explanation: true,
      decision: true,
      members: {
        select: {
          quantity: {
            select: {
              id: true,
              value: true,
              low: true,
              high: true,
              modifier: true,
              of: true,
              unit: true,
              claim: { select: { id: true, sourceName: true } },
            },
          },
        },
      },
    },
  },
} as const;

interface LoadedQuantity {
  id: string;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  of: number | null;
  unit: string | null;
}

interface LoadedClaim {
  id: string;
  documentId: string;
  documentTitle: string;
  text: string;
  label: string;
  kind: string;
  start: number;
  end: number;
  position: number;
  status: string;
  version: number;
  crossFlagRank: number;
  crossGroupId: string | null;
  quantities: LoadedQuantity[];
  source: { id: string; name: string; kind: string };
  group: {
    id: string;
    verdict: string;
    explanation: string;
    decision: string | null;
    members: Array<{
      quantity: Omit<LoadedQuantity, "text"> & { claim: { id: string; sourceName: string } };
    }>;
  } | null;
}

/**
 * Shapes a loaded claim for the table. The flag lists the group's other members (not this claim's own figures).
 *
 * @example
 * rows.map(toClaimRow)
 */
export function toClaimRow(c: LoadedClaim): ClaimRow {
  const q = c.quantities[0];
  const group = c.group && c.group.verdict !== "none" ? c.group : null;
  return {
    id: c.id,
    documentId: c.documentId,
    documentTitle: c.documentTitle,
    text: c.text,
    label: c.label,
    kind: c.kind,
    start: c.start,
    end: c.end,
    position: c.position,
    quantity: q
      ? {
          id: q.id,
          text: q.text,
          value: q.value,
          low: q.low,
          high: q.high,
          modifier: q.modifier as NonNullable<ClaimRow["quantity"]>["modifier"],
          of: q.of,
          unit: q.unit,
        }
      : null,
    source: { id: c.source.id, name: c.source.name, kind: c.source.kind as ClaimRow["source"]["kind"] },
    status: c.status as ClaimRow["status"],
    version: c.version,
    flag: group
      ? {
          groupId: group.id,
          verdict: group.verdict as "conflict" | "soft",
          explanation: group.explanation,
          decision: group.decision as "confirmed" | "dismissed" | null,
          others: group.members
            .filter((m) => m.quantity.claim.id !== c.id)
            .map((m) => ({
              claimId: m.quantity.claim.id,
              display: formatQuantity(m.quantity),
              sourceName: m.quantity.claim.sourceName,
            })),
        }
      : null,
    // The single-claim page lists the cross-document groups in full; the row carries only the verdict and the link.
    crossFlag: crossFlagOf(c.crossFlagRank, c.crossGroupId, "", 0),
  };
}

type Row = ClaimRow;

function crossFlagOf(rank: number, groupId: string | null, explanation: string, documents: number): Row["crossFlag"] {
  const verdict = crossVerdictOfRank[rank as keyof typeof crossVerdictOfRank];
  return verdict && groupId ? { groupId, verdict, explanation, documents } : null;
}

/**
 * Shapes a raw page row (lib/db/claims-page-sql.ts) for the table, with the flag's other figures from `members`.
 *
 * @example
 * rows.map((r) => rawToClaimRow(r, members))
 */
export function rawToClaimRow(r: RawClaimRow, members: RawGroupMember[]): Row {
  const flagged = r.groupId !== null && r.gVerdict !== null && r.gVerdict !== "none";
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
    quantity:
      r.qId !== null
        ? {
            id: r.qId,
            text: r.qText ?? "",
            value: Number(r.qValue),
            low: r.qLow,
            high: r.qHigh,
            modifier: r.qModifier as NonNullable<Row["quantity"]>["modifier"],
            of: r.qOf,
            unit: r.qUnit,
          }
        : null,
    source: { id: r.sourceId, name: r.sourceName, kind: r.sourceKind as Row["source"]["kind"] },
    status: r.status as Row["status"],
    version: r.version,
    flag: flagged
      ? {
          groupId: r.groupId as string,
          verdict: r.gVerdict as "conflict" | "soft",
          explanation: r.gExplanation ?? "",
          decision: r.gDecision as "confirmed" | "dismissed" | null,
          others: members
            .filter((m) => m.groupId === r.groupId && m.claimId !== r.id)
            .map((m) => ({ claimId: m.claimId, display: formatQuantity(m), sourceName: m.sourceName })),
        }
      : null,
    crossFlag: crossFlagOf(r.crossFlagRank, r.crossGroupId, r.xExplanation ?? "", Number(r.xDocuments ?? 0)),
  };
}
