/**
 * The export stream's fast row assembly (array rows, one-parameter lookups, the SQLite date shortcut) against an
 * independent reading of the same claims through Prisma: every export record is identical, key order included, on
 * each database leg; the CSV read straight from SQL (stream-csv.ts) is byte for byte the CSV of the export records,
 * for every sort and filter, and that is byte for byte what csv-stringify wrote (ADR 006).
 */
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flagSummary } from "@/lib/claims/flag-words";
import { flagFigures, formatQuantity } from "@/lib/claims/format";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { csvColumns, csvRecord, toCsv } from "@/lib/export/csv";
import type { ExportRow } from "@/lib/export/row";
import { streamClaimRows } from "@/lib/export/stream";
import { sourceKeyDocument } from "@/lib/sources/normalize";
import { collect, rowsOf } from "../unit/export-fixtures";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Text a CSV writer and an offset-based sentence slice can get wrong: a leading "=", quotes, commas, and an astral
// character (two UTF-16 units) before the claims. (Ingest turns CRLF into LF and sentences end at line breaks; the
// document title carries a line break instead.)
const tricky = [
  '😀 "=1+1", officials said: at least 1,200 people were evacuated, not 900.',
  "The mayor said 900 homes were damaged,\r\nwhile the Red Cross put the figure at about 1,400 homes.",
  "Police reported 12 arrests; another report said 15 arrests.",
].join("\n\n");

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

/** The export records as the schema documents them, read through Prisma instead of the stream's SQL. */
async function viaPrisma(database: TestDatabase): Promise<ExportRow[]> {
  const claims = await database.client.claim.findMany({
    orderBy: [{ documentId: "asc" }, { position: "asc" }, { id: "asc" }],
    include: {
      document: true,
      source: { include: { formerNames: { orderBy: { normalizedName: "asc" } } } },
      quantities: { orderBy: { ordinal: "asc" } },
      group: {
        include: { members: { orderBy: { quantityId: "asc" }, include: { quantity: { include: { claim: true } } } } },
      },
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { source: true } },
    },
  });
  const crossIds = claims.flatMap((c) => (c.crossGroupId ? [c.crossGroupId] : []));
  const crossGroups = await database.client.quantityGroup.findMany({
    where: { id: { in: crossIds } },
    include: {
      members: {
        orderBy: { quantityId: "asc" },
        include: { quantity: { include: { claim: true, document: true } } },
      },
    },
  });
  type Loaded = (typeof crossGroups)[number];
  const shape = (g: Loaded | NonNullable<(typeof claims)[number]["group"]>, claimId: string) => {
    const members = g.members as Loaded["members"];
    const byPlace = [...members].sort(
      (a, b) => a.quantity.start - b.quantity.start || (a.quantityId < b.quantityId ? -1 : 1),
    );
    const ordered =
      g.documentId === null
        ? byPlace.sort((a, b) =>
            (a.quantity.document.publishedAt ?? a.quantity.document.createdAt)
              .toISOString()
              .localeCompare((b.quantity.document.publishedAt ?? b.quantity.document.createdAt).toISOString()),
          )
        : byPlace;
    const verdict = g.verdict as "none" | "soft" | "conflict" | "developing";
    return {
      id: g.id,
      documentId: g.documentId,
      key: g.key,
      concept: g.concept,
      unit: g.unit,
      verdict,
      explanation: g.explanation,
      summary:
        verdict === "none"
          ? ""
          : flagSummary(
              g.documentId === null ? "cross" : "document",
              verdict,
              flagFigures(ordered.map((m) => m.quantity)),
            ),
      spread: g.spread,
      decision: g.decision as "confirmed" | "dismissed" | null,
      decisionReason: g.decisionReason,
      memberQuantityIds: members.map((m) => m.quantityId),
      others: members
        .filter((m) => m.quantity.claimId !== claimId)
        .map((m) => ({
          claimId: m.quantity.claimId,
          quantityId: m.quantityId,
          display: formatQuantity(m.quantity),
          sourceName: m.quantity.claim.sourceName,
        })),
    };
  };
  const groupMembers = await database.client.quantityGroup.findMany({
    where: { id: { in: claims.flatMap((c) => (c.groupId ? [c.groupId] : [])) } },
    include: {
      members: {
        orderBy: { quantityId: "asc" },
        include: { quantity: { include: { claim: true, document: true } } },
      },
    },
  });
  const groupById = new Map([...groupMembers, ...crossGroups].map((g) => [g.id, g]));
  const assignees = new Map(
    (
      await database.client.user.findMany({
        where: { id: { in: claims.flatMap((c) => (c.assigneeId ? [c.assigneeId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u]),
  );
  return claims.map((c) => ({
    id: c.id,
    document: {
      id: c.document.id,
      title: c.document.title,
      outlet: c.document.outlet,
      url: c.document.url,
      publishedAt: iso(c.document.publishedAt),
      sha256: c.document.sha256,
      createdAt: c.document.createdAt.toISOString(),
    },
    key: c.key,
    position: c.position,
    kind: c.kind,
    label: c.label,
    text: c.text,
    start: c.start,
    end: c.end,
    sentence: {
      start: c.sentenceStart,
      end: c.sentenceEnd,
      text: c.document.text.slice(c.sentenceStart, c.sentenceEnd),
    },
    cue:
      c.cueText === null || c.cueStart === null || c.cueEnd === null
        ? null
        : { start: c.cueStart, end: c.cueEnd, text: c.cueText },
    quantities: c.quantities.map((q) => ({
      id: q.id,
      ordinal: q.ordinal,
      text: q.text,
      start: q.start,
      end: q.end,
      value: q.value,
      low: q.low,
      high: q.high,
      modifier: q.modifier as ExportRow["quantities"][number]["modifier"],
      of: q.of,
      unit: q.unit,
      concept: q.concept,
      correctedById: q.correctedById,
      // No figure is corrected here (the test's own data); the name would come from the users table.
      correctedBy: null,
      correctedAt: iso(q.correctedAt),
    })),
    source: {
      id: c.source.id,
      name: c.source.name,
      kind: c.source.kind as ExportRow["source"]["kind"],
      affiliation: c.source.affiliation,
      aliases: JSON.parse(c.source.aliases) as string[],
      formerNames: c.source.formerNames.map((f) => f.normalizedName),
      documentId: sourceKeyDocument(c.source.normalizedName),
    },
    status: c.status as ExportRow["status"],
    assignee: (c.assigneeId && assignees.get(c.assigneeId)) || null,
    version: c.version,
    group: c.groupId && groupById.get(c.groupId) ? shape(groupById.get(c.groupId) as Loaded, c.id) : null,
    crossGroup:
      c.crossGroupId && groupById.get(c.crossGroupId) ? shape(groupById.get(c.crossGroupId) as Loaded, c.id) : null,
    evidence: c.evidence.map((e) => ({
      id: e.id,
      stance: e.stance as "supports" | "contradicts" | "context",
      url: e.url,
      source: e.source
        ? {
            id: e.source.id,
            name: e.source.name,
            kind: e.source.kind as ExportRow["source"]["kind"],
            documentId: sourceKeyDocument(e.source.normalizedName),
          }
        : null,
      targetClaimId: e.targetClaimId,
      note: e.note,
      createdAt: e.createdAt.toISOString(),
    })),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  }));
}

describe.each(databaseLegs())("export stream rows on %s", (leg) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(leg);
    await ingestDocument({ text: referenceArticle, title: "Reference", publishedAt: "2026-01-15" }, database.client);
    await ingestDocument({ text: tricky, title: '=Tricky,\r\n"quoted"', outlet: "Wire" }, database.client);
    await database.client.quantityGroup.updateMany({ where: { verdict: "conflict" }, data: { decision: "confirmed" } });
    // Some claims assigned to an editor whose name needs quoting: the assignee column on both paths.
    await database.client.user.create({
      data: { id: "ed-1", email: "ed@example.test", name: 'Ed "the desk", Jr', role: "editor" },
    });
    const some = await database.client.claim.findMany({ orderBy: { position: "asc" }, take: 5, select: { id: true } });
    await database.client.claim.updateMany({
      where: { id: { in: some.map((c) => c.id) } },
      data: { assigneeId: "ed-1" },
    });
  }, 180_000);
  afterAll(async () => database?.drop());

  it("streams the same records as a Prisma reading of the claims, across batch boundaries", async () => {
    const expected = await viaPrisma(database);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.some((r) => r.group && r.group.others.length > 0)).toBe(true);
    expect(expected.some((r) => r.document.title.includes("\r\n") && r.sentence.text.includes("homes"))).toBe(true);
    expect(expected.filter((r) => r.assignee?.name === 'Ed "the desk", Jr')).toHaveLength(5);
    const streamed: ExportRow[] = [];
    const query = claimsQuerySchema.parse({ sort: "position" });
    for await (const row of streamClaimRows(query, { target: resolveDatabase(database.url), batchSize: 4 }))
      streamed.push(row);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(expected));
  }, 60_000);

  it.each([
    [{}],
    [{ sort: "value", dir: "desc" }],
    [{ sort: "value", dir: "asc", q: "homes" }],
    [{ sort: "source", dir: "asc", flag: "conflict" }],
    [{ sort: "status", dir: "desc", status: "unverified" }],
    [{ sort: "claim", dir: "asc" }],
    [{ sort: "flag", dir: "desc" }],
    [{ assignee: "ed-1" }],
  ])(
    "writes the same CSV from SQL rows as from export records for %j",
    async (params) => {
      const query = claimsQuerySchema.parse(params);
      const target = resolveDatabase(database.url);
      const records: ExportRow[] = [];
      for await (const row of streamClaimRows(query, { target, batchSize: 5 })) records.push(row);
      expect(records.length).toBeGreaterThan(0);
      const fromSql = await collect(toCsv(streamClaimRows(query, { target, batchSize: 5 })));
      expect(fromSql).toBe(await collect(toCsv(rowsOf(records))));
    },
    60_000,
  );

  it("writes the real rows' CSV byte for byte as csv-stringify did", async () => {
    const rows = await viaPrisma(database);
    const library = stringify(rows.map(csvRecord), {
      bom: true,
      header: true,
      columns: csvColumns.map(([name]) => name),
      record_delimiter: "\r\n",
      quoted_match: /[\r\n]/, // any line break, not only the record delimiter (ADR 006)
      cast: { number: (n) => String(n) },
    });
    let ours = "";
    const query = claimsQuerySchema.parse({ sort: "position" });
    for await (const chunk of toCsv(streamClaimRows(query, { target: resolveDatabase(database.url) }))) ours += chunk;
    expect(ours).toBe(library);
  }, 60_000);
});
