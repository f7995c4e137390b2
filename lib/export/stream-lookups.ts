/**
 * The per-batch lookups of the export stream (server-only): each batch's quantities, flag groups and documents, read
 * beside the main query with one statement each (ids as one parameter, so SQLite prepares each text once).
 */

import { flagSummary } from "@/lib/claims/flag-words";
import { flagFigures, formatQuantity, type QuantityLike } from "@/lib/claims/format";
import { parseSourceAliases, sourceKeyDocument } from "@/lib/sources/normalize";
import type { ExportEvidence, ExportGroup, ExportQuantity } from "./row.ts";
import type { RowSource } from "./stream-driver.ts";
import { Params } from "./stream-sql.ts";

/** Documents are shared by many consecutive rows; keep the recent ones (bounded by text size) instead of re-reading. */
const DOCUMENT_CACHE_CHARS = 16 * 1024 * 1024;

export interface DocumentInfo {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  sha256: string;
  createdAt: string;
  text: string;
}

export type LoadedGroup = Omit<ExportGroup, "memberQuantityIds" | "others"> & {
  members: Array<{ quantityId: string; claimId: string; sourceName: string; display: string }>;
};

/** The words of a group's flag as the table writes them: members in document order, across outlets by time. */
function summaryOf(
  documentId: string | null,
  verdict: string,
  members: Array<{ start: number; id: string; at: string; quantity: QuantityLike }>,
): string {
  if (verdict !== "conflict" && verdict !== "soft" && verdict !== "developing") return "";
  const ordered = [...members].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (documentId === null) ordered.sort((a, b) => a.at.localeCompare(b.at));
  return flagSummary(documentId === null ? "cross" : "document", verdict, flagFigures(ordered.map((m) => m.quantity)));
}

export interface SourceNames {
  aliases: string[];
  formerNames: string[];
  /** The document a description is scoped to (from its stored key), null for a name (ADR 019). */
  documentId: string | null;
}

/**
 * A source's other names for the export (Source.aliases, SourceAlias), read once per source per export: a source is
 * shared by many rows.
 *
 * @example
 * const names = new SourceNamesCache(source); await names.load(["s1"]); names.get("s1").formerNames // ["police"]
 */
export class SourceNamesCache {
  private readonly known = new Map<string, SourceNames>();
  constructor(private readonly source: RowSource) {}

  async load(sourceIds: string[]): Promise<void> {
    const missing = [...new Set(sourceIds)].filter((id) => !this.known.has(id));
    if (missing.length === 0) return;
    const params = new Params(this.source.dialect);
    const rows = await this.source.all({
      sql: `SELECT s."id", s."aliases", s."normalizedName" FROM "Source" s WHERE ${params.anyOf('s."id"', missing)}`,
      params: params.values,
    });
    for (const id of missing) this.known.set(id, { aliases: [], formerNames: [], documentId: null });
    for (const r of rows) {
      const names = this.known.get(String(r.id)) as SourceNames;
      names.aliases = parseSourceAliases(r.aliases);
      names.documentId = sourceKeyDocument(String(r.normalizedName));
    }
    const former = new Params(this.source.dialect);
    const aliasRows = await this.source.all({
      sql: `SELECT a."sourceId", a."normalizedName" FROM "SourceAlias" a WHERE ${former.anyOf('a."sourceId"', missing)}
        ORDER BY a."normalizedName"`,
      params: former.values,
    });
    for (const r of aliasRows) this.known.get(String(r.sourceId))?.formerNames.push(String(r.normalizedName));
  }

  get(id: string): SourceNames {
    return this.known.get(id) ?? { aliases: [], formerNames: [], documentId: null };
  }
}

/**
 * The quantities of the given claims, by claim id: the headline (ordinal 0) first, then in document order, as the
 * table lists them.
 *
 * @example
 * (await quantitiesOf(source, ["c1"])).get("c1")?.[0].value // 800
 */
export async function quantitiesOf(source: RowSource, claimIds: string[]): Promise<Map<string, ExportQuantity[]>> {
  const params = new Params(source.dialect);
  const rows = await source.all({
    sql: `SELECT q."id", q."claimId", q."ordinal", q."text", q."start", q."end", q."value", q."low", q."high", q."modifier",
      q."of", q."unit", q."concept", q."correctedById", q."correctedAt", u."name" AS "correctedBy"
      FROM "Quantity" q LEFT JOIN "User" u ON u."id" = q."correctedById"
      WHERE ${params.anyOf('q."claimId"', claimIds)}
      ORDER BY q."claimId", CASE WHEN q."ordinal" = 0 THEN 0 ELSE 1 END, q."start", q."id"`,
    params: params.values,
  });
  const byClaim = new Map<string, ExportQuantity[]>();
  for (const q of rows) {
    const claimId = String(q.claimId);
    let list = byClaim.get(claimId);
    if (!list) {
      list = [];
      byClaim.set(claimId, list);
    }
    list.push({
      id: String(q.id),
      ordinal: Number(q.ordinal),
      text: String(q.text),
      start: Number(q.start),
      end: Number(q.end),
      value: Number(q.value),
      low: numberOrNull(q.low),
      high: numberOrNull(q.high),
      modifier: q.modifier as ExportQuantity["modifier"],
      of: numberOrNull(q.of),
      unit: stringOrNull(q.unit),
      concept: stringOrNull(q.concept),
      correctedById: stringOrNull(q.correctedById),
      correctedBy: stringOrNull(q.correctedBy),
      correctedAt: isoOrNull(q.correctedAt),
    });
  }
  return byClaim;
}

/**
 * The flag groups with the given ids, each with its members' figures and sources.
 *
 * @example
 * (await groupsOf(source, ["g1"])).get("g1")?.members.length // 2
 */
export async function groupsOf(source: RowSource, groupIds: string[]): Promise<Map<string, LoadedGroup>> {
  const groups = new Map<string, LoadedGroup>();
  if (groupIds.length === 0) return groups;
  const p1 = new Params(source.dialect);
  const p2 = new Params(source.dialect);
  const rows = await source.all({
    sql: `SELECT "id", "documentId", "key", "concept", "unit", "verdict", "explanation", "spread", "decision",
        "decisionReason" FROM "QuantityGroup" WHERE ${p1.anyOf('"id"', groupIds)}`,
    params: p1.values,
  });
  const members = await source.all({
    sql: `SELECT m."groupId", q."id", q."value", q."low", q."high", q."modifier", q."of", q."unit", q."start",
        c."id" AS "claimId", c."sourceName", COALESCE(d."publishedAt", d."createdAt") AS "at"
        FROM "QuantityGroupMember" m JOIN "Quantity" q ON q."id" = m."quantityId" JOIN "Claim" c ON c."id" = q."claimId"
        JOIN "Document" d ON d."id" = q."documentId"
        WHERE ${p2.anyOf('m."groupId"', groupIds)} ORDER BY m."groupId", m."quantityId"`,
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
      summary: "",
      spread: numberOrNull(g.spread),
      decision: stringOrNull(g.decision) as ExportGroup["decision"],
      decisionReason: stringOrNull(g.decisionReason),
      members: [],
    });
  }
  const figures = new Map<string, Array<{ start: number; id: string; at: string; quantity: QuantityLike }>>();
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
    const list = figures.get(String(m.groupId)) ?? [];
    list.push({
      start: Number(m.start),
      id: String(m.id),
      at: isoOrNull(m.at) ?? "",
      quantity,
    });
    figures.set(String(m.groupId), list);
  }
  for (const g of groups.values()) g.summary = summaryOf(g.documentId, g.verdict, figures.get(g.id) ?? []);
  return groups;
}

/**
 * The evidence attached to the given claims, by claim id, oldest first, with each cited source's name.
 *
 * @example
 * (await evidenceOf(source, ["c1"])).get("c1")?.[0].url // "https://example.org/report"
 */
export async function evidenceOf(source: RowSource, claimIds: string[]): Promise<Map<string, ExportEvidence[]>> {
  const params = new Params(source.dialect);
  const rows = await source.all({
    sql: `SELECT e."id", e."claimId", e."stance", e."url", e."sourceId", s."name" AS "sourceName", s."kind" AS "sourceKind",
      s."normalizedName" AS "sourceKey", e."targetClaimId", e."note", e."createdAt"
      FROM "Evidence" e LEFT JOIN "Source" s ON s."id" = e."sourceId"
      WHERE ${params.anyOf('e."claimId"', claimIds)} ORDER BY e."claimId", e."createdAt", e."id"`,
    params: params.values,
  });
  const byClaim = new Map<string, ExportEvidence[]>();
  for (const e of rows) {
    const claimId = String(e.claimId);
    const list = byClaim.get(claimId) ?? [];
    list.push({
      id: String(e.id),
      stance: e.stance as ExportEvidence["stance"],
      url: stringOrNull(e.url),
      source:
        e.sourceId === null || e.sourceId === undefined
          ? null
          : {
              id: String(e.sourceId),
              name: String(e.sourceName),
              kind: e.sourceKind as NonNullable<ExportEvidence["source"]>["kind"],
              documentId:
                e.sourceKey === null || e.sourceKey === undefined ? null : sourceKeyDocument(String(e.sourceKey)),
            },
      targetClaimId: stringOrNull(e.targetClaimId),
      note: String(e.note),
      createdAt: isoOrNull(e.createdAt) ?? "",
    });
    byClaim.set(claimId, list);
  }
  return byClaim;
}

/**
 * The documents of recent batches, bounded by total text size.
 *
 * @example
 * await cache.load(["d1"]); cache.get("d1").title
 */
export class DocumentCache {
  private readonly byId = new Map<string, DocumentInfo>();
  private chars = 0;
  constructor(private readonly source: RowSource) {}

  async load(ids: string[]): Promise<void> {
    const needed = new Set(ids);
    const missing = [...needed].filter((id) => !this.byId.has(id));
    if (missing.length === 0) return;
    const params = new Params(this.source.dialect);
    const found = await this.source.all({
      sql: `SELECT "id", "title", "outlet", "url", "publishedAt", "sha256", "createdAt", "text" FROM "Document" WHERE ${params.anyOf('"id"', missing)}`,
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
        createdAt: isoOrNull(d.createdAt) ?? "",
        text: String(d.text),
      };
      this.byId.set(doc.id, doc);
      this.chars += doc.text.length;
    }
    // Evict oldest first, but never a document this batch needs.
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

/**
 * A nullable SQL number as a number or null.
 *
 * @example numberOrNull(null) // null
 */
export function numberOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/**
 * A nullable SQL text as a string or null.
 *
 * @example stringOrNull(undefined) // null
 */
export function stringOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

// Prisma's SQLite adapter stores DateTime as "2026-11-27T08:30:00.000+00:00": that text is the ISO string already.
const SQLITE_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

/**
 * Dates arrive as Date (pg) or as ISO text (SQLite, "+00:00" offset): both leave as ISO 8601 UTC, as toISOString
 * writes it.
 *
 * @example isoOrNull("2026-11-27T08:30:00.000+00:00") // "2026-11-27T08:30:00.000Z"
 */
export function isoOrNull(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" && SQLITE_UTC.test(v)) return `${v.slice(0, 23)}Z`;
  return (v instanceof Date ? v : new Date(String(v))).toISOString();
}
