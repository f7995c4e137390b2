/**
 * Streaming reads of the claims table (server-only): every row of a ClaimsQuery, in the table's own order, read in
 * keyset batches (Prisma cursors on the sort columns + id), so memory stays flat and the first rows arrive after one
 * batch whether the result has 10 rows or a million. Filters and order come from query.ts, as in listClaims.
 */
import { type Db, db, type Prisma, providerOf } from "@/lib/db/client";
import type { ExportRow } from "@/lib/export/row";
import { formatQuantity } from "./format.ts";
import { claimsOrder, claimsWhere } from "./query.ts";
import type { ClaimsQuery } from "./schema.ts";

/** Rows per database round trip: large enough to amortise the query, small enough to keep memory flat. */
export const STREAM_BATCH = 500;

const exportSelect = {
  id: true,
  documentId: true,
  key: true,
  position: true,
  kind: true,
  label: true,
  text: true,
  start: true,
  end: true,
  sentenceStart: true,
  sentenceEnd: true,
  cueStart: true,
  cueEnd: true,
  cueText: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  quantities: { orderBy: { ordinal: "asc" as const } },
  source: { select: { id: true, name: true, kind: true, affiliation: true } },
  group: {
    select: {
      id: true,
      documentId: true,
      key: true,
      concept: true,
      unit: true,
      verdict: true,
      explanation: true,
      spread: true,
      decision: true,
      members: {
        orderBy: { quantityId: "asc" as const },
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
} satisfies Prisma.ClaimSelect;

type LoadedClaim = Prisma.ClaimGetPayload<{ select: typeof exportSelect }>;

interface DocumentInfo {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  sha256: string;
  text: string;
}

/** Documents are shared by many consecutive rows; keep the recent ones (bounded by text size) instead of re-reading. */
const DOCUMENT_CACHE_CHARS = 16 * 1024 * 1024;

export interface StreamOptions {
  scope?: { documentId?: string };
  batchSize?: number;
  database?: Db;
}

/**
 * Every claim matching the query's filters, in its sort order (page and pageSize are ignored), as export rows.
 *
 * @example
 * for await (const row of streamClaimRows(claimsQuerySchema.parse({ status: "disputed" }))) console.log(row.text);
 */
export async function* streamClaimRows(query: ClaimsQuery, options: StreamOptions = {}): AsyncGenerator<ExportRow> {
  const database = options.database ?? db();
  const documents = new DocumentCache(database);
  for await (const batch of claimBatches(query, options, database)) {
    await documents.load(batch.map((c) => c.documentId));
    for (const claim of batch) yield toExportRow(claim, documents.get(claim.documentId));
  }
}

async function* claimBatches(query: ClaimsQuery, options: StreamOptions, database: Db): AsyncGenerator<LoadedClaim[]> {
  const where = claimsWhere(query, options.scope ?? {}, providerOf(database) === "postgres");
  const take = options.batchSize ?? STREAM_BATCH;
  if (query.sort !== "value") {
    yield* keyset(database, where, claimsOrder(query.sort, query.dir), take);
    return;
  }
  // Nulls last in both directions, as listClaims: the valued range by (sortValue, id), then the rest by id.
  yield* keyset(database, { AND: [where, { sortValue: { not: null } }] }, claimsOrder("value", query.dir), take);
  yield* keyset(database, { AND: [where, { sortValue: null }] }, [{ id: query.dir }], take);
}

async function* keyset(
  database: Db,
  where: Prisma.ClaimWhereInput,
  orderBy: Prisma.ClaimOrderByWithRelationInput[],
  take: number,
): AsyncGenerator<LoadedClaim[]> {
  let cursor: string | null = null;
  for (;;) {
    const batch: LoadedClaim[] = await database.claim.findMany({
      where,
      orderBy,
      take,
      ...(cursor === null ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: exportSelect,
    });
    if (batch.length > 0) yield batch;
    if (batch.length < take) return;
    cursor = batch[batch.length - 1].id;
  }
}

class DocumentCache {
  private readonly byId = new Map<string, DocumentInfo>();
  private chars = 0;
  constructor(private readonly database: Db) {}

  async load(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    if (missing.length === 0) return;
    const found = await this.database.document.findMany({
      where: { id: { in: missing } },
      select: { id: true, title: true, outlet: true, url: true, publishedAt: true, sha256: true, text: true },
    });
    for (const d of found) {
      this.byId.set(d.id, d);
      this.chars += d.text.length;
    }
    // Evict oldest first, but never a document this batch needs.
    const needed = new Set(ids);
    for (const [id, d] of this.byId) {
      if (this.chars <= DOCUMENT_CACHE_CHARS) break;
      if (needed.has(id)) continue;
      this.byId.delete(id);
      this.chars -= d.text.length;
    }
  }

  get(id: string): DocumentInfo {
    const d = this.byId.get(id);
    if (!d) throw new Error(`document ${id} vanished during the export`);
    return d;
  }
}

function toExportRow(c: LoadedClaim, doc: DocumentInfo): ExportRow {
  const g = c.group;
  return {
    id: c.id,
    document: {
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      publishedAt: doc.publishedAt?.toISOString() ?? null,
      sha256: doc.sha256,
    },
    key: c.key,
    position: c.position,
    kind: c.kind,
    label: c.label,
    text: c.text,
    start: c.start,
    end: c.end,
    sentence: { start: c.sentenceStart, end: c.sentenceEnd, text: doc.text.slice(c.sentenceStart, c.sentenceEnd) },
    cue:
      c.cueText === null || c.cueStart === null || c.cueEnd === null
        ? null
        : { start: c.cueStart, end: c.cueEnd, text: c.cueText },
    quantities: c.quantities.map((q) => ({
      id: q.id,
      ordinal: q.ordinal,
      text: q.text,
      start: q.start,
      end: q.end,
      value: q.value,
      low: q.low,
      high: q.high,
      modifier: q.modifier as ExportRow["quantities"][number]["modifier"],
      of: q.of,
      unit: q.unit,
      concept: q.concept,
    })),
    source: {
      id: c.source.id,
      name: c.source.name,
      kind: c.source.kind as ExportRow["source"]["kind"],
      affiliation: c.source.affiliation,
    },
    status: c.status as ExportRow["status"],
    version: c.version,
    group: g
      ? {
          id: g.id,
          documentId: g.documentId,
          key: g.key,
          concept: g.concept,
          unit: g.unit,
          verdict: g.verdict as NonNullable<ExportRow["group"]>["verdict"],
          explanation: g.explanation,
          spread: g.spread,
          decision: g.decision as NonNullable<ExportRow["group"]>["decision"],
          memberQuantityIds: g.members.map((m) => m.quantity.id),
          others: g.members
            .filter((m) => m.quantity.claim.id !== c.id)
            .map((m) => ({
              claimId: m.quantity.claim.id,
              quantityId: m.quantity.id,
              display: formatQuantity(m.quantity),
              sourceName: m.quantity.claim.sourceName,
            })),
        }
      : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
