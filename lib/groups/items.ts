/**
 * Stored quantities -> CompareItems, the shape lib/compare judges, so the app and the CLI run the same code.
 */
import type { CompareItem } from "@/lib/compare/item.ts";
import type { Tx } from "@/lib/db/client";
import type { Claim, Quantity } from "@/lib/extract/schema";

/** The columns a CompareItem needs, selected once for every query that builds items. */
export const itemSelect = {
  id: true,
  claimId: true,
  documentId: true,
  text: true,
  start: true,
  end: true,
  value: true,
  low: true,
  high: true,
  modifier: true,
  of: true,
  unit: true,
  concept: true,
  claim: {
    select: {
      id: true,
      text: true,
      label: true,
      kind: true,
      start: true,
      end: true,
      sourceName: true,
      sourceKind: true,
    },
  },
  document: { select: { publishedAt: true, eventId: true } },
} as const;

/** Which stored quantities to load. */
export type ItemFilter = { documentId?: string | { in: string[] }; id?: { in: string[] } };

type Row = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(tx: Tx, where: ItemFilter) {
  return tx.quantity.findMany({ where, select: itemSelect });
}

/**
 * Loads stored quantities as CompareItems keyed by quantity id.
 * @example const items = await loadItems(tx, { documentId });
 */
export async function loadItems(tx: Tx, where: ItemFilter): Promise<CompareItem[]> {
  return (await loadRows(tx, where)).map(toItem);
}

/**
 * A document's time for grouping: its publication time (given, or read from its dateline by lib/events), else null —
 * undated, never the time it was stored (issue 11: a pasted story is not news of today).
 * @example documentTime({ publishedAt: null }) // null
 */
export function documentTime(doc: { publishedAt: Date | null }): string | null {
  return doc.publishedAt?.toISOString() ?? null;
}

function toItem(row: Row): CompareItem {
  const { claim, document, documentId, ...q } = row;
  const quantity: Quantity = { ...q, modifier: q.modifier as Quantity["modifier"] };
  const storedClaim: Claim = {
    id: claim.id,
    sentenceId: "",
    label: claim.label,
    kind: claim.kind as Claim["kind"],
    text: claim.text,
    start: claim.start,
    end: claim.end,
    source: { name: claim.sourceName, kind: claim.sourceKind as Claim["source"]["kind"], affiliation: null, cue: null },
  };
  return {
    key: row.id,
    quantity,
    claim: storedClaim,
    documentId,
    publishedAt: documentTime(document),
    eventId: document.eventId,
  };
}
