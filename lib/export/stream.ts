/**
 * Streaming reads of the claims table (server-only): every row of a ClaimsQuery, in the table's own order, read in
 * batches from one streaming query (stream-sql.ts renders sql/filter.ts and sql/order.ts), so memory stays flat and
 * the first rows arrive after one batch whether the result has 10 rows or a million. Each batch's quantities, flag
 * groups and documents are looked up beside the stream, a few queries per batch (stream-lookups.ts).
 */

import type { ClaimsQuery } from "@/lib/claims/query-schema";
import { type DatabaseTarget, resolveDatabase } from "@/lib/db/url";
import { type CsvRecordSource, csvRecords } from "./csv.ts";
import type { ExportRow } from "./row.ts";
import { streamClaimCsv } from "./stream-csv.ts";
import { openRowSource } from "./stream-driver.ts";
import { DocumentCache, evidenceOf, groupsOf, quantitiesOf, SourceNamesCache } from "./stream-lookups.ts";
import { toExportRow } from "./stream-row.ts";
import { EXPORT_AT, exportQueries } from "./stream-sql.ts";

/** Rows per batch: large enough to amortise the lookups, small enough to keep memory flat. */
export const STREAM_BATCH = 1000;

export interface StreamOptions {
  /** documentId: one document's claims; userId: who "me" is in the Assignee filter. */
  scope?: { documentId?: string; userId?: string | null };
  batchSize?: number;
  /** The database to read; DATABASE_URL by default. */
  target?: DatabaseTarget;
}

/** The claims as export records; toCsv asks it for its CSV records directly (csvRecords, ADR 006). */
export type ClaimRowStream = AsyncIterable<ExportRow> & CsvRecordSource;

/**
 * Every claim matching the query's filters, in its sort order (page and pageSize are ignored), as export rows.
 * Nothing is read until the stream is iterated.
 *
 * @example
 * for await (const row of streamClaimRows(claimsQuerySchema.parse({ status: "disputed" }))) console.log(row.text);
 */
export function streamClaimRows(query: ClaimsQuery, options: StreamOptions = {}): ClaimRowStream {
  const resolved = {
    ...options,
    target: options.target ?? resolveDatabase(),
    batchSize: options.batchSize ?? STREAM_BATCH,
  };
  return {
    [Symbol.asyncIterator]: () => readClaimRows(query, resolved),
    [csvRecords]: () => streamClaimCsv(query, resolved),
  };
}

async function* readClaimRows(query: ClaimsQuery, options: StreamOptions): AsyncGenerator<ExportRow> {
  const source = await openRowSource(options.target ?? resolveDatabase());
  try {
    const documents = new DocumentCache(source);
    const sourceNames = new SourceNamesCache(source);
    const size = options.batchSize ?? STREAM_BATCH;
    for (const sql of exportQueries(query, options.scope ?? {}, source.dialect)) {
      for await (const batch of source.batches(sql, size)) {
        const ids = batch.map((c) => String(c[EXPORT_AT.id]));
        const groupIds = new Set<string>();
        for (const c of batch) {
          if (typeof c[EXPORT_AT.groupId] === "string") groupIds.add(c[EXPORT_AT.groupId] as string);
          if (typeof c[EXPORT_AT.crossGroupId] === "string") groupIds.add(c[EXPORT_AT.crossGroupId] as string);
        }
        // One after another: a pg connection runs one query at a time anyway (and warns when asked for more).
        const quantities = await quantitiesOf(source, ids);
        const groups = await groupsOf(source, [...groupIds]);
        const evidence = await evidenceOf(source, ids);
        await documents.load(batch.map((c) => String(c[EXPORT_AT.documentId])));
        await sourceNames.load(batch.map((c) => String(c[EXPORT_AT.sourceId])));
        for (let i = 0; i < batch.length; i++) {
          const c = batch[i];
          const groupId = c[EXPORT_AT.groupId];
          const crossGroupId = c[EXPORT_AT.crossGroupId];
          yield toExportRow(
            c,
            documents.get(String(c[EXPORT_AT.documentId])),
            quantities.get(ids[i]) ?? [],
            typeof groupId === "string" ? groups.get(groupId) : undefined,
            {
              cross: typeof crossGroupId === "string" ? groups.get(crossGroupId) : undefined,
              evidence: evidence.get(ids[i]),
              sourceNames: sourceNames.get(String(c[EXPORT_AT.sourceId])),
            },
          );
        }
      }
    }
  } finally {
    await source.close();
  }
}
