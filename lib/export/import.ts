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
import type { Db } from "@/lib/db/client";
import { SORT_TEXT_LENGTH, verdictRank } from "@/lib/documents/extraction-rows";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
import { normalizeSourceName } from "@/lib/sources/normalize";
import { type ExportEvidence, type ExportGroup, type ExportRow, exportRowSchema } from "./row.ts";

const BATCH = 500;

export class ImportError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ImportError";
  }
}

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
 * await importJsonl(db(), () => readLines("claims.jsonl"));
 */
export async function importJsonl(database: Db, openLines: () => AsyncIterable<string>): Promise<ImportSummary> {
  if ((await database.claim.count()) > 0 || (await database.document.count()) > 0) {
    throw new ImportError("the database is not empty: import loads an export into an empty database");
  }
  const documents = new Map<string, DocumentDraft>();
  const sources = new Map<string, ExportRow["source"]>();
  const groups = new Map<string, ExportGroup>();
  const quantityIds = new Set<string>();
  const claimIds = new Set<string>();
  const evidence: Array<ExportEvidence & { claimId: string }> = [];
  for await (const row of parseRows(openLines())) {
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
      if (e.source && !sources.has(e.source.id)) sources.set(e.source.id, { ...e.source, affiliation: null });
    }
  }

  await inBatches([...documents.values()], (batch) =>
    database.document.createMany({
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
    database.source.createMany({
      data: batch.map((s) => ({
        id: s.id,
        name: s.name,
        normalizedName: normalizeSourceName(s.name),
        kind: s.kind,
        affiliation: s.affiliation,
      })),
    }),
  );
  await inBatches([...groups.values()], (batch) =>
    database.quantityGroup.createMany({
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
    await writeClaims(database, pending);
    claims += pending.length;
    quantities += pending.reduce((n, r) => n + r.quantities.length, 0);
    pending = [];
  };
  for await (const row of parseRows(openLines())) {
    pending.push(row);
    if (pending.length >= BATCH) await flush();
  }
  await flush();

  const members = [...groups.values()].flatMap((g) =>
    g.memberQuantityIds.filter((id) => quantityIds.has(id)).map((quantityId) => ({ groupId: g.id, quantityId })),
  );
  await inBatches(members, (data) => database.quantityGroupMember.createMany({ data }));
  await inBatches(evidence, (batch) =>
    database.evidence.createMany({
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
  await refreshAllCrossFlags(database);
  await database.$executeRaw`UPDATE "Document" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id"), "flagCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."documentId" = "Document"."id" AND c."flagRank" > 0)`;
  await database.$executeRaw`UPDATE "Source" SET "claimCount" = (SELECT COUNT(*) FROM "Claim" c WHERE c."sourceId" = "Source"."id")`;
  return { documents: documents.size, sources: sources.size, claims, quantities, groups: groups.size };
}

async function writeClaims(database: Db, rows: ExportRow[]): Promise<void> {
  if (rows.length === 0) return;
  await database.$transaction([
    database.claim.createMany({
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
        sortValue: [...r.quantities].sort((a, b) => a.ordinal - b.ordinal)[0]?.value ?? null,
        sortText: r.text.toLowerCase().slice(0, SORT_TEXT_LENGTH),
        sourceName: r.source.name,
        sourceKind: r.source.kind,
        documentTitle: r.document.title,
        flagRank: r.group ? (verdictRank[r.group.verdict] ?? 0) : 0,
        groupId: r.group?.id ?? null,
      })),
    }),
    database.quantity.createMany({
      // The corrector's name is shown from the users table; the row keeps the id.
      data: rows.flatMap((r) =>
        r.quantities.map(({ correctedBy: _name, correctedAt, ...q }) => ({
          ...q,
          correctedAt: correctedAt === null ? null : new Date(correctedAt),
          documentId: r.document.id,
          claimId: r.id,
        })),
      ),
    }),
  ]);
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

async function* parseRows(lines: AsyncIterable<string>): AsyncGenerator<ExportRow> {
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ImportError("not JSON", n);
    }
    const parsed = exportRowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(`${issue.path.join(".") || "row"}: ${issue.message}`, n);
    }
    yield parsed.data;
  }
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}
