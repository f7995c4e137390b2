/**
 * Loads a JSONL export (ExportRow per line) into an empty database (server-only), so that exporting it again gives
 * the same bytes: ids, statuses, versions, timestamps, groups and decisions are kept.
 *
 * An export carries each claim's sentence, not the whole document text, so an imported document's text is rebuilt
 * from its claims' sentences at their original offsets (gaps become spaces). Offsets, sentences and highlights stay
 * right; text outside claim sentences is not in the export and is not restored. The document keeps its original
 * sha256, so ingesting the full original text later is recognised as the same document.
 *
 * Two passes over the input: the first gathers documents, sources and groups (they must exist before claims point at
 * them), the second streams claims and quantities in batches.
 */
import { recordAudits } from "@/lib/audit/record";
import { type Db, db, type Tx } from "@/lib/db/client";
import { sortTextOf, valueSortKeys, verdictRank } from "@/lib/documents/extraction-rows";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
import { storedSourceKey } from "@/lib/sources/normalize";
import { ImportError, parseRows } from "./import-rows.ts";
import type { ExportEvidence, ExportGroup, ExportRow } from "./row.ts";

const BATCH = 500;

export interface ImportSummary {
  documents: number;
  sources: number;
  claims: number;
  quantities: number;
  groups: number;
}

interface DocumentDraft {
  row: ExportRow["document"];
  pieces: Map<number, string>;
  length: number;
}

/**
 * Imports the rows of a JSONL export. `openLines` is called twice (two passes) and must yield the same lines.
 * Refuses a database that already holds claims: ids from the export would collide with them.
 *
 * @example
 * await importJsonl(() => readLines("claims.jsonl"));
 */
export async function importJsonl(openLines: () => AsyncIterable<string>, database: Db = db()): Promise<ImportSummary> {
  if ((await database.claim.count()) > 0 || (await database.document.count()) > 0) {
    throw new ImportError("the database is not empty: import loads an export into an empty database");
  }
  const documents = new Map<string, DocumentDraft>();
  const sources = new Map<string, ExportRow["source"]>();
  const groups = new Map<string, ExportGroup>();
  const quantityIds = new Set<string>();
  const claimIds = new Set<string>();
  const evidence: Array<ExportEvidence & { claimId: string }> = [];
  const claimLines = new Map<string, number>();
  const formerNames = new Map<string, { sourceId: string; line: number }>();
  const quantityLines = new Map<string, number>();
  for await (const { row, line } of parseRows(openLines())) {
    const seen = claimLines.get(row.id);
    if (seen !== undefined) throw new ImportError(`claim ${row.id} appears twice (first on line ${seen})`, line);
    claimLines.set(row.id, line);
    for (const q of row.quantities) {
      const before = quantityLines.get(q.id);
      if (before !== undefined) {
        throw new ImportError(`quantity ${q.id} appears twice (first on line ${before})`, line);
      }
      quantityLines.set(q.id, line);
    }
    const doc = documents.get(row.document.id) ?? { row: row.document, pieces: new Map(), length: 0 };
    doc.pieces.set(row.sentence.start, row.sentence.text);
    doc.length = Math.max(doc.length, row.sentence.end, row.end, ...row.quantities.map((q) => q.end));
    documents.set(row.document.id, doc);
    sources.set(row.source.id, row.source);
    if (row.group) groups.set(row.group.id, row.group);
    if (row.crossGroup) groups.set(row.crossGroup.id, row.crossGroup);
    for (const q of row.quantities) quantityIds.add(q.id);
    claimIds.add(row.id);
    for (const e of row.evidence) {
      evidence.push({ ...e, claimId: row.id });
      // A source cited only as evidence: its claims' rows (if any) bring its affiliation.
      if (e.source && !sources.has(e.source.id)) {
        sources.set(e.source.id, { ...e.source, affiliation: null, aliases: [], formerNames: [] });
      }
    }
    for (const name of row.source.formerNames) {
      const owner = formerNames.get(name);
      if (owner && owner.sourceId !== row.source.id) {
        throw new ImportError(
          `the former name "${name}" belongs to two sources (${owner.sourceId} on line ${owner.line} and ${row.source.id})`,
          line,
        );
      }
      formerNames.set(name, { sourceId: row.source.id, line });
    }
  }
  // A former name that is also a source's own name is shadowed by it (ingest looks sources up first): not kept.
  const ownNames = new Set([...sources.values()].map(keyOf));
  const aliasRows = [...formerNames]
    .filter(([name]) => !ownNames.has(name))
    .map(([normalizedName, { sourceId }]) => ({ normalizedName, sourceId }));

  // All or nothing: one transaction, so a failure on the last row leaves the database as empty as it was and the
  // command can simply be run again. The first pass above has already refused what the schemas refuse.
  try {
    return await database.$transaction(
      async (tx) => {
        await inBatches([...documents.values()], (batch) =>
          tx.document.createMany({
            data: batch.map((d) => ({
              id: d.row.id,
              title: d.row.title,
              outlet: d.row.outlet,
              url: d.row.url,
              publishedAt: d.row.publishedAt === null ? null : new Date(d.row.publishedAt),
              text: rebuildText(d),
              sha256: d.row.sha256,
              createdAt: new Date(d.row.createdAt),
            })),
          }),
        );
        await inBatches([...sources.values()], (batch) =>
          tx.source.createMany({
            data: batch.map((s) => ({
              id: s.id,
              name: s.name,
              normalizedName: keyOf(s),
              kind: s.kind,
              affiliation: s.affiliation,
              aliases: JSON.stringify(s.aliases),
            })),
          }),
        );
        await inBatches(aliasRows, (batch) => tx.sourceAlias.createMany({ data: batch }));
        await inBatches([...groups.values()], (batch) =>
          tx.quantityGroup.createMany({
            data: batch.map((g) => ({
              id: g.id,
              // A filtered export may hold a group whose document it does not carry.
              documentId: g.documentId !== null && documents.has(g.documentId) ? g.documentId : null,
              key: g.key,
              concept: g.concept,
              unit: g.unit,
              verdict: g.verdict,
              explanation: g.explanation,
              spread: g.spread,
              decision: g.decision,
              decisionReason: g.decisionReason,
            })),
          }),
        );

        let claims = 0;
        let quantities = 0;
        let pending: ExportRow[] = [];
        const flush = async () => {
          await writeClaims(tx, pending);
          claims += pending.length;
          quantities += pending.reduce((n, r) => n + r.quantities.length, 0);
          pending = [];
        };
        for await (const { row } of parseRows(openLines())) {
          pending.push(row);
          if (pending.length >= BATCH) await flush();
        }
        await flush();

        const members = [...groups.values()].flatMap((g) =>
          g.memberQuantityIds.filter((id) => quantityIds.has(id)).map((quantityId) => ({ groupId: g.id, quantityId })),
        );
        await inBatches(members, (data) => tx.quantityGroupMember.createMany({ data }));
        await inBatches(evidence, (batch) =>
          tx.evidence.createMany({
            data: batch.map((e) => ({
              id: e.id,
              claimId: e.claimId,
              stance: e.stance,
              url: e.url,
              sourceId: e.source?.id ?? null,
              // A claim the export does not carry (a filtered export) cannot be pointed at.
              targetClaimId: e.targetClaimId !== null && claimIds.has(e.targetClaimId) ? e.targetClaimId : null,
              note: e.note,
              createdAt: new Date(e.createdAt),
            })),
          }),
        );
        // Inside the transaction: on PostgreSQL a query on `database` would not see the rows imported above.
        await refreshAllCrossFlags(tx);
        // Each imported document is audited, as an ingested one is (no actor: the command line).
        await inBatches([...documents.values()], (batch) =>
          recordAudits(
            tx,
            batch.map((d) => ({
              actorId: null,
              entityType: "document" as const,
              entityId: d.row.id,
              action: "import",
              after: { title: d.row.title, outlet: d.row.outlet, sha256: d.row.sha256 },
            })),
          ),
        );
        await tx.$executeRaw`UPDATE "Document" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id"), "flagCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id" AND c."flagRank" > 0)`;
        await tx.$executeRaw`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."sourceId" = "Source"."id")`;
        return { documents: documents.size, sources: sources.size, claims, quantities, groups: groups.size };
      },
      { maxWait: 60_000, timeout: 60 * 60_000 },
    );
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`nothing was imported: ${lastLine((error as Error).message)}`);
  }
}

/** The last non-empty line of a driver's message: Prisma's first lines quote our source code, not the cause. */
function lastLine(message: string): string {
  return (
    message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1) ?? message
  ).slice(0, 300);
}

async function writeClaims(tx: Tx, rows: ExportRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.claim.createMany({
    data: rows.map((r) => ({
      id: r.id,
      documentId: r.document.id,
      sourceId: r.source.id,
      key: r.key,
      position: r.position,
      sentenceStart: r.sentence.start,
      sentenceEnd: r.sentence.end,
      start: r.start,
      end: r.end,
      text: r.text,
      label: r.label,
      kind: r.kind,
      cueStart: r.cue?.start ?? null,
      cueEnd: r.cue?.end ?? null,
      cueText: r.cue?.text ?? null,
      status: r.status,
      version: r.version,
      createdAt: new Date(r.createdAt),
      updatedAt: new Date(r.updatedAt),
      ...valueSortKeys([...r.quantities].sort((a, b) => a.ordinal - b.ordinal)[0]),
      sortText: sortTextOf(r.label),
      sourceName: r.source.name,
      sourceKind: r.source.kind,
      documentTitle: r.document.title,
      flagRank: r.group ? (verdictRank[r.group.verdict] ?? 0) : 0,
      groupId: r.group?.id ?? null,
      // Like a correction's author: the row keeps the id, the name is shown from the users table.
      assigneeId: r.assignee?.id ?? null,
    })),
  });
  await tx.quantity.createMany({
    // The corrector's name is shown from the users table; the row keeps the id.
    data: rows.flatMap((r) =>
      r.quantities.map(({ correctedBy: _name, correctedAt, ...q }) => ({
        ...q,
        correctedAt: correctedAt === null ? null : new Date(correctedAt),
        documentId: r.document.id,
        claimId: r.id,
      })),
    ),
  });
}

/** A source's stored key: a description keeps the document it belongs to (ADR 019), so two "Police" stay two. */
function keyOf(source: { name: string; documentId: string | null }): string {
  return storedSourceKey(source.name, source.documentId);
}

/** The document text as far as the export knows it: each sentence at its offset, spaces elsewhere. */
function rebuildText(doc: DocumentDraft): string {
  const chars: string[] = [];
  let at = 0;
  for (const [start, sentence] of [...doc.pieces].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue; // overlapping sentence: the earlier one already covers it
    chars.push(" ".repeat(start - at), sentence);
    at = start + sentence.length;
  }
  if (at < doc.length) chars.push(" ".repeat(doc.length - at));
  return chars.join("");
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}
