/**
 * The CSV export's own read of the claims (server-only): the CSV's columns straight from the database rows, without
 * building export records (ADR 006). The first quantity and the flag group are joined in the main query, documents
 * come from the same cache as the record stream, and only flagged groups' members are looked up. The bytes are the
 * same as toCsv over streamClaimRows (tests/integration/export-speed-stream.test.ts compares them on every leg).
 */
import type { DatabaseTarget } from "@/lib/db/url";
import { csvNumber, csvText, evidenceCell, figuresCell } from "@/lib/export/csv";
import { crossFlagOf, type ExportEvidence, type ExportQuantity } from "@/lib/export/row";
import { triageOf } from "./flag-words.ts";
import { formatQuantity } from "./format.ts";
import type { ClaimsQuery } from "./schema.ts";
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
} from "./stream-lookups.ts";
import { exportQueries, type SelectList } from "./stream-sql.ts";

/** The CSV's columns in SQL (select-list order is the order the tuple is read in below). */
const CSV_SELECT: SelectList = {
  columns: `c."id", c."text", c."label", c."kind", q."value", q."low", q."high", q."modifier", q."of", q."unit",
  q."concept", q."text" AS "quantityText", s."name" AS "sourceName", s."kind" AS "sourceKind", c."status",
  g."verdict", g."explanation", g."decision", g."decisionReason", c."groupId", c."documentId", c."position", c."start", c."end",
  c."sentenceStart", c."sentenceEnd", c."createdAt", c."updatedAt", c."crossGroupId", a."name" AS "assigneeName"`,
  // The first quantity is the one with the lowest ordinal, as in the export record's list.
  joins: `JOIN "Source" s ON s."id" = c."sourceId"
  LEFT JOIN "Quantity" q ON q."claimId" = c."id"
    AND q."ordinal" = (SELECT min(q1."ordinal") FROM "Quantity" q1 WHERE q1."claimId" = c."id")
  LEFT JOIN "QuantityGroup" g ON g."id" = c."groupId"
  LEFT JOIN "User" a ON a."id" = c."assigneeId"`,
};

const VERDICT = 15;
const GROUP_ID = 19;
const DOCUMENT_ID = 20;
const CROSS_GROUP_ID = 28;

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
          if (isFlag(c[VERDICT]) && typeof c[GROUP_ID] === "string") flagged.add(c[GROUP_ID]);
          if (typeof c[CROSS_GROUP_ID] === "string") flagged.add(c[CROSS_GROUP_ID]);
        }
        const groups = await groupsOf(source, [...flagged]);
        const ids = batch.map((c) => String(c[0]));
        const figures = await quantitiesOf(source, ids);
        const evidence = await evidenceOf(source, ids);
        await documents.load(batch.map((c) => String(c[DOCUMENT_ID])));
        // One string per record, one join per batch: pushing every field of a batch into one array and joining that
        // cost three times as much (V8's join pays per element, and a batch has 60,000 fields).
        const records = new Array<string>(batch.length);
        for (let i = 0; i < batch.length; i++) records[i] = csvRecordOf(batch[i], documents, groups, figures, evidence);
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

/** One record with its CRLF, fields in csvColumns' order (lib/export/csv.ts). */
function csvRecordOf(
  c: SqlTuple,
  documents: DocumentCache,
  groups: Map<string, LoadedGroup>,
  figures: Map<string, ExportQuantity[]>,
  evidence: Map<string, ExportEvidence[]>,
): string {
  // Keep in step with CSV_SELECT.
  const [
    id,
    text,
    label,
    kind,
    value,
    low,
    high,
    modifier,
    of,
    unit,
    concept,
    quantityText,
    sourceName,
    sourceKind,
    status,
    verdict,
    explanation,
    decision,
    decisionReason,
    groupId,
    documentId,
    position,
    start,
    end,
    sentenceStart,
    sentenceEnd,
    createdAt,
    updatedAt,
    crossGroupId,
    assigneeName,
  ] = c;
  const doc = documents.get(String(documentId));
  const claimId = String(id);
  const flag = isFlag(verdict) ? verdict : null;
  let conflicts: string | null = null;
  if (flag) {
    const members = typeof groupId === "string" ? (groups.get(groupId)?.members ?? []) : [];
    conflicts = members
      .filter((m) => m.claimId !== claimId)
      .map((m) => `${m.display} · ${m.sourceName}`)
      .join("; ");
  }
  const cross = typeof crossGroupId === "string" ? groups.get(crossGroupId) : undefined;
  const crossFlag = cross ? crossFlagOf({ crossGroup: { ...cross, memberQuantityIds: [], others: [] } }) : null;
  const crossCells = crossFlag
    ? `${csvText(crossFlag)},${csvText(cross?.summary ?? null)},${csvText(cross?.explanation ?? null)},${csvText(
        triageOf(cross?.decision),
      )},${csvText(cross?.decisionReason ?? null)},${csvText(cross?.id ?? null)}`
    : ",,,,,";
  const own = figures.get(claimId) ?? [];
  const headline = own[0];
  const corrected = headline?.correctedAt
    ? `${csvText(headline.correctedBy ?? headline.correctedById ?? "unknown")},${csvText(headline.correctedAt)}`
    : ",";
  // The quantity columns are empty for a claim without figures (the LEFT JOIN found no row).
  let quantity = ",,,,,,,,";
  if (value !== null && value !== undefined) {
    const q = {
      value: Number(value),
      low: numberOrNull(low),
      high: numberOrNull(high),
      modifier: String(modifier),
      of: numberOrNull(of),
      unit: unit === null ? null : String(unit),
    };
    quantity = `${csvText(formatQuantity(q))},${csvNumber(q.value)},${csvNumber(q.low)},${csvNumber(q.high)},${csvText(
      q.modifier,
    )},${csvNumber(q.of)},${csvText(q.unit)},${csvText(concept === null ? null : String(concept))},${csvText(
      String(quantityText),
    )}`;
  }
  const sentence = doc.text.slice(Number(sentenceStart), Number(sentenceEnd));
  return `${csvText(claimId)},${csvText(String(text))},${csvText(String(label))},${csvText(String(kind))},${quantity},${corrected},${csvText(
    figuresCell(own),
  )},${csvText(String(sourceName))},${csvText(String(sourceKind))},${csvText(String(status))},${csvText(
    assigneeName === null ? null : String(assigneeName),
  )},${csvText(flag)},${csvText(
    flag && explanation !== null ? String(explanation) : null,
  )},${csvText(decision === null ? null : String(decision))},${csvText(flag ? triageOf(decision === null ? null : String(decision)) : null)},${csvText(
    decisionReason === null ? null : String(decisionReason),
  )},${csvText(conflicts)},${csvText(flag ? (groups.get(String(groupId))?.summary ?? null) : null)},${crossCells},${csvText(
    evidenceCell(evidence.get(claimId) ?? []),
  )},${csvText(doc.id)},${csvText(
    doc.title,
  )},${csvText(doc.outlet)},${csvText(doc.url)},${csvText(doc.publishedAt)},${csvNumber(Number(position))},${csvNumber(
    Number(start),
  )},${csvNumber(Number(end))},${csvText(sentence)},${csvText(isoOrNull(createdAt) ?? "")},${csvText(
    isoOrNull(updatedAt) ?? "",
  )}\r\n`;
}
