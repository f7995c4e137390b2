/**
 * One export row from the main query's array row (select-list order of EXPORT_COLUMNS in stream-sql.ts) and its
 * batch's lookups (server-only).
 */
import type { ExportEvidence, ExportQuantity, ExportRow } from "./row.ts";
import type { SqlTuple } from "./stream-driver.ts";
import { type DocumentInfo, isoOrNull, type LoadedGroup, type SourceNames, stringOrNull } from "./stream-lookups.ts";

/** Positions in EXPORT_COLUMNS that the batch loop reads before building rows. */
export const COLUMN = { id: 0, documentId: 1, groupId: 18, sourceId: 19, crossGroupId: 23 } as const;

/**
 * Builds the export record of one claim.
 *
 * @example
 * toExportRow(tuple, documents.get(String(tuple[COLUMN.documentId])), quantities.get(id) ?? [], groups.get(gid), {
 *   cross: groups.get(crossGroupId), evidence: evidence.get(id),
 * })
 */
export function toExportRow(
  tuple: SqlTuple,
  doc: DocumentInfo,
  quantities: ExportQuantity[],
  g: LoadedGroup | undefined,
  extra: { cross?: LoadedGroup; evidence?: ExportEvidence[]; sourceNames?: SourceNames } = {},
): ExportRow {
  // Keep in step with EXPORT_COLUMNS (stream-sql.ts).
  const [
    rawId,
    ,
    key,
    position,
    kind,
    label,
    text,
    start,
    end,
    rawSentenceStart,
    rawSentenceEnd,
    cueStart,
    cueEnd,
    rawCueText,
    status,
    version,
    createdAt,
    updatedAt,
    ,
    sourceId,
    sourceName,
    sourceKind,
    sourceAffiliation,
    ,
    assigneeId,
    assigneeName,
  ] = tuple;
  const id = String(rawId);
  const sentenceStart = Number(rawSentenceStart);
  const sentenceEnd = Number(rawSentenceEnd);
  const cueText = stringOrNull(rawCueText);
  return {
    id,
    document: {
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      publishedAt: doc.publishedAt,
      sha256: doc.sha256,
      createdAt: doc.createdAt,
    },
    key: String(key),
    position: Number(position),
    kind: String(kind),
    label: String(label),
    text: String(text),
    start: Number(start),
    end: Number(end),
    sentence: { start: sentenceStart, end: sentenceEnd, text: doc.text.slice(sentenceStart, sentenceEnd) },
    cue:
      cueText === null || cueStart === null || cueEnd === null
        ? null
        : { start: Number(cueStart), end: Number(cueEnd), text: cueText },
    quantities,
    source: {
      id: String(sourceId),
      name: String(sourceName),
      kind: sourceKind as ExportRow["source"]["kind"],
      affiliation: stringOrNull(sourceAffiliation),
      aliases: extra.sourceNames?.aliases ?? [],
      formerNames: extra.sourceNames?.formerNames ?? [],
      documentId: extra.sourceNames?.documentId ?? null,
    },
    status: status as ExportRow["status"],
    assignee:
      typeof assigneeId === "string" && assigneeName !== null ? { id: assigneeId, name: String(assigneeName) } : null,
    version: Number(version),
    group: g ? exportGroup(g, id) : null,
    crossGroup: extra.cross ? exportGroup(extra.cross, id) : null,
    evidence: extra.evidence ?? [],
    createdAt: isoOrNull(createdAt) ?? "",
    updatedAt: isoOrNull(updatedAt) ?? "",
  };
}

function exportGroup(g: LoadedGroup, claimId: string): NonNullable<ExportRow["group"]> {
  const { members, ...group } = g;
  return {
    ...group,
    memberQuantityIds: members.map((m) => m.quantityId),
    others: members
      .filter((m) => m.claimId !== claimId)
      .map((m) => ({ claimId: m.claimId, quantityId: m.quantityId, display: m.display, sourceName: m.sourceName })),
  };
}
