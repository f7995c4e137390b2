/**
 * The CSV export's own read of the claims (server-only): each main-query row with its batch's lookups becomes the
 * CsvClaim the column spec reads (csv-columns.ts), without building an export record (ADR 006, ADR 022). The first
 * quantity and the flag group are joined in the main query, documents come from the same cache as the record stream,
 * and only flagged groups' members are looked up. The bytes are the same as toCsv over the export records
 * (tests/integration/export-speed-stream.test.ts compares them on every leg).
 */

import type { ClaimsQuery } from "@/lib/claims/query-schema";
import type { DatabaseTarget } from "@/lib/db/url";
import { writeCsvRecord } from "./csv.ts";
import type { CsvClaim } from "./csv-columns.ts";
import type { ExportEvidence, ExportQuantity } from "./row.ts";
import type { StreamOptions } from "./stream.ts";
import { openRowSource, type SqlTuple } from "./stream-driver.ts";
import {
  DocumentCache,
  evidenceOf,
  groupsOf,
  isoOrNull,
  type LoadedGroup,
  numberOrNull,
  quantitiesOf,
  stringOrNull,
} from "./stream-lookups.ts";
import { exportQueries, selectList } from "./stream-sql.ts";

/**
 * The fields of the CSV's main query (what csvClaimOfSql reads), with the headline figure and the flag group joined
 * in. The joined figure is the one with the lowest ordinal: ordinal 0, the headline, whenever the claim has one.
 */
const CSV_SELECT = selectList(
  [
    "id",
    "text",
    "label",
    "kind",
    "value",
    "low",
    "high",
    "modifier",
    "of",
    "unit",
    "concept",
    "quantityText",
    "sourceName",
    "sourceKind",
    "status",
    "verdict",
    "explanation",
    "decision",
    "decisionReason",
    "groupId",
    "documentId",
    "position",
    "start",
    "end",
    "sentenceStart",
    "sentenceEnd",
    "createdAt",
    "updatedAt",
    "crossGroupId",
    "assigneeName",
  ],
  `JOIN "Source" s ON s."id" = c."sourceId"
  LEFT JOIN "Quantity" q ON q."claimId" = c."id"
    AND q."ordinal" = (SELECT min(q1."ordinal") FROM "Quantity" q1 WHERE q1."claimId" = c."id")
  LEFT JOIN "QuantityGroup" g ON g."id" = c."groupId"
  LEFT JOIN "User" a ON a."id" = c."assigneeId"`,
);

const at = CSV_SELECT.at;

/**
 * The CSV records (without the header) of every claim matching the query, one chunk per batch.
 *
 * @example
 * for await (const chunk of streamClaimCsv(query, { target: resolveDatabase(), batchSize: 1000 })) out.write(chunk);
 */
export async function* streamClaimCsv(
  query: ClaimsQuery,
  options: StreamOptions & { target: DatabaseTarget; batchSize: number },
): AsyncGenerator<string> {
  const source = await openRowSource(options.target);
  try {
    const documents = new DocumentCache(source);
    for (const sql of exportQueries(query, options.scope ?? {}, source.dialect, CSV_SELECT)) {
      for await (const batch of source.batches(sql, options.batchSize)) {
        const flagged = new Set<string>();
        for (const c of batch) {
          const groupId = c[at.groupId];
          const crossGroupId = c[at.crossGroupId];
          if (isFlag(c[at.verdict]) && typeof groupId === "string") flagged.add(groupId);
          if (typeof crossGroupId === "string") flagged.add(crossGroupId);
        }
        const groups = await groupsOf(source, [...flagged]);
        const ids = batch.map((c) => String(c[at.id]));
        const figures = await quantitiesOf(source, ids);
        const evidence = await evidenceOf(source, ids);
        await documents.load(batch.map((c) => String(c[at.documentId])));
        const lookups: BatchLookups = { documents, groups, figures, evidence };
        // One string per record, one join per batch: pushing every field of a batch into one array and joining that
        // cost three times as much (V8's join pays per element, and a batch has 60,000 fields).
        const records = new Array<string>(batch.length);
        for (let i = 0; i < batch.length; i++) records[i] = writeCsvRecord(csvClaimOfSql(batch[i], lookups));
        yield records.join("");
      }
    }
  } finally {
    await source.close();
  }
}

function isFlag(verdict: unknown): verdict is "conflict" | "soft" {
  return verdict === "conflict" || verdict === "soft";
}

/** What a batch's rows are read with: its documents, flagged groups, figures and evidence. */
interface BatchLookups {
  documents: DocumentCache;
  groups: Map<string, LoadedGroup>;
  figures: Map<string, ExportQuantity[]>;
  evidence: Map<string, ExportEvidence[]>;
}

const NO_FIGURES: ExportQuantity[] = [];
const NO_EVIDENCE: ExportEvidence[] = [];
const NO_OTHERS: LoadedGroup["members"] = [];

/**
 * One main-query row as the CSV sees it (csv-columns.ts). The value columns come from the row's joined figure
 * (lowest ordinal), its correction from the figures lookup (headline first), as the fast path always read them.
 */
function csvClaimOfSql(c: SqlTuple, lookups: BatchLookups): CsvClaim {
  const id = String(c[at.id]);
  const doc = lookups.documents.get(String(c[at.documentId]));
  const figures = lookups.figures.get(id) ?? NO_FIGURES;
  const value = c[at.value];
  const verdict = c[at.verdict];
  const groupId = c[at.groupId];
  const crossGroupId = c[at.crossGroupId];
  const flagged = isFlag(verdict) && typeof groupId === "string" ? lookups.groups.get(groupId) : undefined;
  return {
    id,
    text: String(c[at.text]),
    label: String(c[at.label]),
    kind: String(c[at.kind]),
    // The quantity columns are empty for a claim without figures (the LEFT JOIN found no row).
    figure:
      value === null || value === undefined
        ? undefined
        : {
            value: Number(value),
            low: numberOrNull(c[at.low]),
            high: numberOrNull(c[at.high]),
            modifier: c[at.modifier] as ExportQuantity["modifier"],
            of: numberOrNull(c[at.of]),
            unit: stringOrNull(c[at.unit]),
            concept: stringOrNull(c[at.concept]),
            text: String(c[at.quantityText]),
          },
    correction: figures[0],
    figures,
    sourceName: String(c[at.sourceName]),
    sourceKind: String(c[at.sourceKind]),
    status: String(c[at.status]),
    assigneeName: stringOrNull(c[at.assigneeName]),
    group:
      verdict === null || verdict === undefined
        ? null
        : {
            verdict: verdict as NonNullable<CsvClaim["group"]>["verdict"],
            explanation: stringOrNull(c[at.explanation]),
            decision: stringOrNull(c[at.decision]),
            decisionReason: stringOrNull(c[at.decisionReason]),
            summary: flagged?.summary ?? null,
            others: flagged ? othersOf(flagged, id) : NO_OTHERS,
          },
    crossGroup: (typeof crossGroupId === "string" && lookups.groups.get(crossGroupId)) || null,
    evidence: lookups.evidence.get(id) ?? NO_EVIDENCE,
    document: doc,
    position: Number(c[at.position]),
    start: Number(c[at.start]),
    end: Number(c[at.end]),
    sentence: doc.text.slice(Number(c[at.sentenceStart]), Number(c[at.sentenceEnd])),
    createdAt: isoOrNull(c[at.createdAt]) ?? "",
    updatedAt: isoOrNull(c[at.updatedAt]) ?? "",
  };
}

/** The group's figures from the other claims: what the claim conflicts with. */
function othersOf(group: LoadedGroup, claimId: string): LoadedGroup["members"] {
  return group.members.filter((m) => m.claimId !== claimId);
}
