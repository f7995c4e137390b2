/**
 * The CSV export's own read of the claims (server-only): the CSV's columns straight from the database rows, without
 * building export records (ADR 006). The first quantity and the flag group are joined in the main query, documents
 * come from the same cache as the record stream, and only flagged groups' members are looked up. The bytes are the
 * same as toCsv over streamClaimRows (tests/integration/export-speed-stream.test.ts compares them on every leg).
 */

import { triageOf } from "@/lib/claims/flag-words";
import { formatQuantity } from "@/lib/claims/format";
import type { ClaimsQuery } from "@/lib/claims/schema";
import type { DatabaseTarget } from "@/lib/db/url";
import { csvColumns, csvNumber, csvText, evidenceCell, figuresCell } from "./csv.ts";
import { crossFlagOf, type ExportEvidence, type ExportQuantity } from "./row.ts";
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
import { exportQueries, positionsOf, type SelectList } from "./stream-sql.ts";

/**
 * The CSV's columns in SQL, by name: the select list and the position each value is read at (`at`) both come from
 * this one list, so a column added, moved or removed here is read from the right place (no hand-kept positions).
 */
const CSV_FIELDS = {
  id: `c."id"`,
  text: `c."text"`,
  label: `c."label"`,
  kind: `c."kind"`,
  value: `q."value"`,
  low: `q."low"`,
  high: `q."high"`,
  modifier: `q."modifier"`,
  of: `q."of"`,
  unit: `q."unit"`,
  concept: `q."concept"`,
  quantityText: `q."text" AS "quantityText"`,
  sourceName: `s."name" AS "sourceName"`,
  sourceKind: `s."kind" AS "sourceKind"`,
  status: `c."status"`,
  verdict: `g."verdict"`,
  explanation: `g."explanation"`,
  decision: `g."decision"`,
  decisionReason: `g."decisionReason"`,
  groupId: `c."groupId"`,
  documentId: `c."documentId"`,
  position: `c."position"`,
  start: `c."start"`,
  end: `c."end"`,
  sentenceStart: `c."sentenceStart"`,
  sentenceEnd: `c."sentenceEnd"`,
  createdAt: `c."createdAt"`,
  updatedAt: `c."updatedAt"`,
  crossGroupId: `c."crossGroupId"`,
  assigneeName: `a."name" AS "assigneeName"`,
} as const;

/** Each field's position in the driver's row array (its place in CSV_FIELDS). */
const at = positionsOf(CSV_FIELDS);

const CSV_SELECT: SelectList = {
  columns: Object.values(CSV_FIELDS).join(", "),
  // The first quantity is the one with the lowest ordinal, as in the export record's list.
  joins: `JOIN "Source" s ON s."id" = c."sourceId"
  LEFT JOIN "Quantity" q ON q."claimId" = c."id"
    AND q."ordinal" = (SELECT min(q1."ordinal") FROM "Quantity" q1 WHERE q1."claimId" = c."id")
  LEFT JOIN "QuantityGroup" g ON g."id" = c."groupId"
  LEFT JOIN "User" a ON a."id" = c."assigneeId"`,
};

/** The empty cells (their separating commas) of the csvColumns from `first` to `last`, inclusive. */
function emptyCells(first: string, last: string): string {
  const index = (header: string) => {
    const i = csvColumns.findIndex(([h]) => h === header);
    if (i < 0) throw new Error(`no CSV column ${header}`);
    return i;
  };
  return ",".repeat(index(last) - index(first));
}

/** The headline figure's columns (value_display .. quantity_text) for a claim without a figure. */
const NO_QUANTITY = emptyCells("value_display", "quantity_text");
/** The cross-document flag's columns (cross_flag .. cross_group_id) for a claim without one. */
const NO_CROSS_FLAG = emptyCells("cross_flag", "cross_group_id");
/** value_corrected_by, value_corrected_at for a figure nobody corrected. */
const NOT_CORRECTED = emptyCells("value_corrected_by", "value_corrected_at");

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
  const id = c[at.id];
  const text = c[at.text];
  const label = c[at.label];
  const kind = c[at.kind];
  const value = c[at.value];
  const low = c[at.low];
  const high = c[at.high];
  const modifier = c[at.modifier];
  const of = c[at.of];
  const unit = c[at.unit];
  const concept = c[at.concept];
  const quantityText = c[at.quantityText];
  const sourceName = c[at.sourceName];
  const sourceKind = c[at.sourceKind];
  const status = c[at.status];
  const verdict = c[at.verdict];
  const explanation = c[at.explanation];
  const decision = c[at.decision];
  const decisionReason = c[at.decisionReason];
  const groupId = c[at.groupId];
  const documentId = c[at.documentId];
  const position = c[at.position];
  const start = c[at.start];
  const end = c[at.end];
  const sentenceStart = c[at.sentenceStart];
  const sentenceEnd = c[at.sentenceEnd];
  const createdAt = c[at.createdAt];
  const updatedAt = c[at.updatedAt];
  const crossGroupId = c[at.crossGroupId];
  const assigneeName = c[at.assigneeName];
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
    : NO_CROSS_FLAG;
  const own = figures.get(claimId) ?? [];
  const headline = own[0];
  const corrected = headline?.correctedAt
    ? `${csvText(headline.correctedBy ?? headline.correctedById ?? "unknown")},${csvText(headline.correctedAt)}`
    : NOT_CORRECTED;
  // The quantity columns are empty for a claim without figures (the LEFT JOIN found no row).
  let quantity = NO_QUANTITY;
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
