/**
 * Stored quantities -> CompareItems, the shape lib/compare judges, so the app and the CLI run the same code.
 */
import { type EventSignature, eventSignature } from "@/lib/compare/event.ts";
import type { CompareItem } from "@/lib/compare/item.ts";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { yieldToEventLoop } from "@/lib/db/insert-rows";
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
  document: { select: { publishedAt: true, eventId: true, outlet: true, title: true } },
} as const;

/** Which stored quantities to load. */
export type ItemFilter = { documentId?: string | { in: string[] }; id?: { in: string[] } };

type Row = Prisma.QuantityGetPayload<{ select: typeof itemSelect }>;

/**
 * Rows a query reads: Prisma builds each page's objects on this thread (~50 us a row with its claim and document), so a
 * 2 MB article's 6,000 figures in one query held every other request for 0.3 s; between pages they run.
 */
const PAGE = 1_000;

async function loadRows(tx: Tx, where: ItemFilter): Promise<Row[]> {
  const rows: Row[] = [];
  for (let after: string | null = null; ; ) {
    const page: Row[] = await tx.quantity.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      select: itemSelect,
      orderBy: { id: "asc" },
      take: PAGE,
    });
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1].id;
    await yieldToEventLoop();
  }
}

/**
 * Loads stored quantities as CompareItems keyed by quantity id.
 * @example const items = await loadItems(tx, { documentId });
 */
export async function loadItems(tx: Tx, where: ItemFilter): Promise<CompareItem[]> {
  const rows = await loadRows(tx, where);
  // A document in a stored event is compared inside it (bucketKey), as clustered or as an editor placed it; only a
  // document without one (before its assignment) falls back to the signature of its text.
  const unplaced = [...new Set(rows.filter((r) => !r.document.eventId).map((r) => r.documentId))];
  const events = unplaced.length === 0 ? new Map<string, EventSignature>() : await eventsOf(tx, unplaced);
  return rows.map((row) => ({ ...toItem(row), event: events.get(row.documentId) }));
}

// A document's text never changes (its sha256 is its identity; re-extraction keeps it), so its event signature is
// kept per document id: a regroup reads only the texts of documents it has not seen. Bounded: cleared when full.
const SIGNATURES_MAX = 50_000;
const signatures = new Map<string, EventSignature>();

/**
 * The event signatures of documents (lib/compare/event.ts), from their stored text.
 * @example (await eventsOf(tx, [documentId])).get(documentId) // { names: ["ashulia", "dhaka", ...], lead: [...] }
 */
export async function eventsOf(tx: Tx, documentIds: string[]): Promise<Map<string, EventSignature>> {
  const out = new Map<string, EventSignature>();
  const missing: string[] = [];
  for (const id of documentIds) {
    const hit = signatures.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (let i = 0; i < missing.length; i += 500) {
    const docs = await tx.document.findMany({
      where: { id: { in: missing.slice(i, i + 500) } },
      select: { id: true, text: true },
    });
    for (const doc of docs) {
      const signature = eventSignature(doc.text);
      if (signatures.size >= SIGNATURES_MAX) signatures.clear();
      signatures.set(doc.id, signature);
      out.set(doc.id, signature);
    }
  }
  return out;
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
    source: {
      name: claim.sourceName,
      kind: claim.sourceKind as Claim["source"]["kind"],
      affiliation: null,
      // The comparison reads the name only; the stored source's scope is in its key (lib/sources/normalize.ts).
      scope: "global",
      cue: null,
    },
  };
  return {
    key: row.id,
    quantity,
    claim: storedClaim,
    documentId,
    documentName: document.outlet || document.title || undefined,
    publishedAt: documentTime(document),
    eventId: document.eventId,
  };
}
