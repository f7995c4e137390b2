/**
 * One export row from the main query's array row (its fields by name: EXPORT_AT in stream-sql.ts) and its batch's
 * lookups (server-only).
 */
import type { ExportEvidence, ExportQuantity, ExportRow } from "./row.ts";
import type { SqlTuple } from "./stream-driver.ts";
import { type DocumentInfo, isoOrNull, type LoadedGroup, type SourceNames, stringOrNull } from "./stream-lookups.ts";
import { EXPORT_AT } from "./stream-sql.ts";

/**
 * Builds the export record of one claim.
 *
 * @example
 * toExportRow(tuple, documents.get(String(tuple[EXPORT_AT.documentId])), quantities.get(id) ?? [], groups.get(gid), {
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
  const rawId = tuple[EXPORT_AT.id];
  const key = tuple[EXPORT_AT.key];
  const position = tuple[EXPORT_AT.position];
  const kind = tuple[EXPORT_AT.kind];
  const label = tuple[EXPORT_AT.label];
  const text = tuple[EXPORT_AT.text];
  const start = tuple[EXPORT_AT.start];
  const end = tuple[EXPORT_AT.end];
  const rawSentenceStart = tuple[EXPORT_AT.sentenceStart];
  const rawSentenceEnd = tuple[EXPORT_AT.sentenceEnd];
  const cueStart = tuple[EXPORT_AT.cueStart];
  const cueEnd = tuple[EXPORT_AT.cueEnd];
  const rawCueText = tuple[EXPORT_AT.cueText];
  const status = tuple[EXPORT_AT.status];
  const version = tuple[EXPORT_AT.version];
  const createdAt = tuple[EXPORT_AT.createdAt];
  const updatedAt = tuple[EXPORT_AT.updatedAt];
  const sourceId = tuple[EXPORT_AT.sourceId];
  const sourceName = tuple[EXPORT_AT.sourceName];
  const sourceKind = tuple[EXPORT_AT.sourceKind];
  const sourceAffiliation = tuple[EXPORT_AT.sourceAffiliation];
  const assigneeId = tuple[EXPORT_AT.assigneeId];
  const assigneeName = tuple[EXPORT_AT.assigneeName];
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
