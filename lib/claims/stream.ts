/**
 * Streaming reads of the claims table (server-only): every row of a ClaimsQuery, in the table's own order, read in
 * batches from one streaming query (stream-sql.ts mirrors query.ts's filters and order), so memory stays flat and
 * the first rows arrive after one batch whether the result has 10 rows or a million. Each batch's quantities, flag
 * groups and documents are looked up beside the stream, a few queries per batch.
 */
import { type DatabaseTarget, resolveDatabase } from "@/lib/db/url";
import type { ExportGroup, ExportRow } from "@/lib/export/row";
import { formatQuantity } from "./format.ts";
import type { ClaimsQuery } from "./schema.ts";
import { openRowSource, type RowSource, type SqlRow } from "./stream-driver.ts";
import { exportQueries, Params } from "./stream-sql.ts";

/** Rows per batch: large enough to amortise the lookups, small enough to keep memory flat. */
export const STREAM_BATCH = 1000;

/** Documents are shared by many consecutive rows; keep the recent ones (bounded by text size) instead of re-reading. */
const DOCUMENT_CACHE_CHARS = 16 * 1024 * 1024;

export interface StreamOptions {
  scope?: { documentId?: string };
  batchSize?: number;
  /** The database to read; DATABASE_URL by default. */
  target?: DatabaseTarget;
}

interface DocumentInfo {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  sha256: string;
  text: string;
}

/**
 * Every claim matching the query's filters, in its sort order (page and pageSize are ignored), as export rows.
 *
 * @example
 * for await (const row of streamClaimRows(claimsQuerySchema.parse({ status: "disputed" }))) console.log(row.text);
 */
export async function* streamClaimRows(query: ClaimsQuery, options: StreamOptions = {}): AsyncGenerator<ExportRow> {
  const source = await openRowSource(options.target ?? resolveDatabase());
  try {
    const documents = new DocumentCache(source);
    const size = options.batchSize ?? STREAM_BATCH;
    for (const sql of exportQueries(query, options.scope ?? {}, source.dialect)) {
      for await (const batch of source.batches(sql, size)) {
        // One after another: a pg connection runs one query at a time anyway (and warns when asked for more).
        const quantities = await quantitiesOf(source, batch);
        const groups = await groupsOf(source, batch);
        await documents.load(batch.map((c) => String(c.documentId)));
        for (const c of batch) {
          const id = String(c.id);
          yield toExportRow(c, documents.get(String(c.documentId)), quantities.get(id) ?? [], groups, id);
        }
      }
    }
  } finally {
    await source.close();
  }
}

type Quantity = ExportRow["quantities"][number];

async function quantitiesOf(source: RowSource, batch: SqlRow[]): Promise<Map<string, Quantity[]>> {
  const params = new Params(source.dialect);
  const rows = await source.all({
    sql: `SELECT "id", "claimId", "ordinal", "text", "start", "end", "value", "low", "high", "modifier", "of", "unit", "concept"
      FROM "Quantity" WHERE "claimId" IN (${params.list(batch.map((c) => c.id))}) ORDER BY "claimId", "ordinal"`,
    params: params.values,
  });
  const byClaim = new Map<string, Quantity[]>();
  for (const q of rows) {
    const list = byClaim.get(String(q.claimId)) ?? [];
    list.push({
      id: String(q.id),
      ordinal: Number(q.ordinal),
      text: String(q.text),
      start: Number(q.start),
      end: Number(q.end),
      value: Number(q.value),
      low: numberOrNull(q.low),
      high: numberOrNull(q.high),
      modifier: q.modifier as Quantity["modifier"],
      of: numberOrNull(q.of),
      unit: stringOrNull(q.unit),
      concept: stringOrNull(q.concept),
    });
    byClaim.set(String(q.claimId), list);
  }
  return byClaim;
}

type LoadedGroup = Omit<ExportGroup, "memberQuantityIds" | "others"> & {
  members: Array<{ quantityId: string; claimId: string; sourceName: string; display: string }>;
};

async function groupsOf(source: RowSource, batch: SqlRow[]): Promise<Map<string, LoadedGroup>> {
  const ids = [...new Set(batch.map((c) => c.groupId).filter((g): g is string => typeof g === "string"))];
  const groups = new Map<string, LoadedGroup>();
  if (ids.length === 0) return groups;
  const p1 = new Params(source.dialect);
  const p2 = new Params(source.dialect);
  const rows = await source.all({
    sql: `SELECT "id", "documentId", "key", "concept", "unit", "verdict", "explanation", "spread", "decision"
        FROM "QuantityGroup" WHERE "id" IN (${p1.list(ids)})`,
    params: p1.values,
  });
  const members = await source.all({
    sql: `SELECT m."groupId", q."id", q."value", q."low", q."high", q."modifier", q."of", q."unit", c."id" AS "claimId", c."sourceName"
        FROM "QuantityGroupMember" m JOIN "Quantity" q ON q."id" = m."quantityId" JOIN "Claim" c ON c."id" = q."claimId"
        WHERE m."groupId" IN (${p2.list(ids)}) ORDER BY m."groupId", m."quantityId"`,
    params: p2.values,
  });
  for (const g of rows) {
    groups.set(String(g.id), {
      id: String(g.id),
      documentId: stringOrNull(g.documentId),
      key: String(g.key),
      concept: String(g.concept),
      unit: stringOrNull(g.unit),
      verdict: g.verdict as ExportGroup["verdict"],
      explanation: String(g.explanation),
      spread: numberOrNull(g.spread),
      decision: stringOrNull(g.decision) as ExportGroup["decision"],
      members: [],
    });
  }
  for (const m of members) {
    const quantity = {
      value: Number(m.value),
      low: numberOrNull(m.low),
      high: numberOrNull(m.high),
      modifier: String(m.modifier),
      of: numberOrNull(m.of),
      unit: stringOrNull(m.unit),
    };
    groups.get(String(m.groupId))?.members.push({
      quantityId: String(m.id),
      claimId: String(m.claimId),
      sourceName: String(m.sourceName),
      display: formatQuantity(quantity),
    });
  }
  return groups;
}

class DocumentCache {
  private readonly byId = new Map<string, DocumentInfo>();
  private chars = 0;
  constructor(private readonly source: RowSource) {}

  async load(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    if (missing.length === 0) return;
    const params = new Params(this.source.dialect);
    const found = await this.source.all({
      sql: `SELECT "id", "title", "outlet", "url", "publishedAt", "sha256", "text" FROM "Document" WHERE "id" IN (${params.list(missing)})`,
      params: params.values,
    });
    for (const d of found) {
      const doc: DocumentInfo = {
        id: String(d.id),
        title: String(d.title),
        outlet: stringOrNull(d.outlet),
        url: stringOrNull(d.url),
        publishedAt: isoOrNull(d.publishedAt),
        sha256: String(d.sha256),
        text: String(d.text),
      };
      this.byId.set(doc.id, doc);
      this.chars += doc.text.length;
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

function numberOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

function stringOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** Dates arrive as Date (pg) or as ISO text (SQLite, "+00:00" offset): both leave as ISO 8601 UTC. */
function isoOrNull(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return (v instanceof Date ? v : new Date(String(v))).toISOString();
}

function toExportRow(
  c: SqlRow,
  doc: DocumentInfo,
  quantities: Quantity[],
  groups: Map<string, LoadedGroup>,
  id: string,
): ExportRow {
  const g = typeof c.groupId === "string" ? groups.get(c.groupId) : undefined;
  const sentenceStart = Number(c.sentenceStart);
  const sentenceEnd = Number(c.sentenceEnd);
  const cueText = stringOrNull(c.cueText);
  const { members, ...group } = g ?? { members: [] };
  return {
    id,
    document: {
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      publishedAt: doc.publishedAt,
      sha256: doc.sha256,
    },
    key: String(c.key),
    position: Number(c.position),
    kind: String(c.kind),
    label: String(c.label),
    text: String(c.text),
    start: Number(c.start),
    end: Number(c.end),
    sentence: { start: sentenceStart, end: sentenceEnd, text: doc.text.slice(sentenceStart, sentenceEnd) },
    cue:
      cueText === null || c.cueStart === null || c.cueEnd === null
        ? null
        : { start: Number(c.cueStart), end: Number(c.cueEnd), text: cueText },
    quantities,
    source: {
      id: String(c.sourceId),
      name: String(c.sourceName),
      kind: c.sourceKind as ExportRow["source"]["kind"],
      affiliation: stringOrNull(c.sourceAffiliation),
    },
    status: c.status as ExportRow["status"],
    version: Number(c.version),
    group: g
      ? {
          ...(group as Omit<LoadedGroup, "members">),
          memberQuantityIds: members.map((m) => m.quantityId),
          others: members
            .filter((m) => m.claimId !== id)
            .map((m) => ({
              claimId: m.claimId,
              quantityId: m.quantityId,
              display: m.display,
              sourceName: m.sourceName,
            })),
        }
      : null,
    createdAt: isoOrNull(c.createdAt) ?? "",
    updatedAt: isoOrNull(c.updatedAt) ?? "",
  };
}
