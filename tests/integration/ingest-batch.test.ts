/**
 * The batch ingest path (issue 15) stores what ingesting the same documents one at a time stores: two databases,
 * one filled by ingestDocument in order, one by ingestInBatches in batches of 7 (extraction on the pool, one
 * transaction per batch, one regroup transaction per batch), compared row for row by natural keys — documents by
 * content hash, claims by their stable key, figures by claim and ordinal, cross-document groups by their members.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { type BatchOutcome, inBatchesOf, ingestInBatches } from "@/lib/documents/batch";
import { type IngestInput, ingestDocument } from "@/lib/documents/mutations";
import { sourceKeyDocument } from "@/lib/sources/normalize";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

function corpus(): IngestInput[] {
  const texts: string[] = [referenceArticle];
  for (const dir of ["ecbplus-dev", "clusters/t03-ecb", "clusters/t08-ecb", "clusters/t08-plus", "clusters/t18-ecb"]) {
    for (const f of readdirSync(path.join(fixtures, dir)).sort()) {
      if (f.endsWith(".txt")) texts.push(readFileSync(path.join(fixtures, dir, f), "utf8"));
    }
  }
  // Two outlets' copies of one story (cross-document groups), a repeat inside the batch, and an empty text.
  texts.push(referenceArticle.replace("approximately 850", "approximately 900"));
  texts.push(texts[3]);
  texts.push("   ");
  return texts.map((text, i) => ({
    text,
    title: `Doc ${i}`,
    outlet: `Outlet ${i % 3}`,
    publishedAt: `2026-01-${String(10 + (i % 5)).padStart(2, "0")}`,
  }));
}

/** Everything ingest writes, keyed so two databases with different ids compare equal. */
async function snapshot(client: Db) {
  const docs = await client.document.findMany({
    select: {
      id: true,
      sha256: true,
      title: true,
      claimCount: true,
      flagCount: true,
      regroupPending: true,
      eventId: true,
    },
  });
  const sha = new Map(docs.map((d) => [d.id, d.sha256]));
  const claims = await client.claim.findMany({
    select: {
      id: true,
      documentId: true,
      key: true,
      label: true,
      sourceName: true,
      sourceKind: true,
      flagRank: true,
      crossFlagRank: true,
      position: true,
    },
  });
  const claimKey = new Map(claims.map((c) => [c.id, `${sha.get(c.documentId)}|${c.key}`]));
  const quantities = await client.quantity.findMany({
    select: { id: true, claimId: true, ordinal: true, value: true, unit: true, concept: true, modifier: true },
  });
  const quantityKey = new Map(quantities.map((q) => [q.id, `${claimKey.get(q.claimId)}|${q.ordinal}`]));
  const groups = await client.quantityGroup.findMany({
    select: { documentId: true, concept: true, unit: true, verdict: true, members: { select: { quantityId: true } } },
  });
  const sources = await client.source.findMany({ select: { normalizedName: true, kind: true, claimCount: true } });
  const events = await client.event.findMany({
    select: {
      id: true,
      title: true,
      place: true,
      startAt: true,
      endAt: true,
      documentCount: true,
      profile: true,
      names: { select: { name: true } },
    },
  });
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    documents: sorted(docs.map(({ id, eventId, ...d }) => d)),
    // Events as the sets of documents they hold, with everything stored about them.
    events: sorted(
      events.map(({ id, names, ...e }) => ({
        ...e,
        names: names.map((n) => n.name).sort(),
        documents: docs
          .filter((d) => d.eventId === id)
          .map((d) => d.sha256)
          .sort(),
      })),
    ),
    claims: sorted(claims.map(({ id, documentId, ...c }) => ({ doc: sha.get(documentId), ...c }))),
    quantities: sorted(quantities.map(({ id, claimId, ...q }) => ({ claim: claimKey.get(claimId), ...q }))),
    groups: sorted(
      groups.map((g) => ({
        doc: g.documentId ? sha.get(g.documentId) : null,
        concept: g.concept,
        unit: g.unit,
        verdict: g.verdict,
        members: g.members.map((m) => quantityKey.get(m.quantityId)).sort(),
      })),
    ),
    // A document's description is keyed by its document's id (ADR 019): compared by the document's hash instead.
    sources: sorted(
      sources.map((s) => {
        const doc = sourceKeyDocument(s.normalizedName);
        const key = doc === null ? s.normalizedName : `${s.normalizedName.slice(0, -doc.length)}${sha.get(doc)}`;
        return { ...s, normalizedName: key };
      }),
    ),
  };
}

describe.each(databaseLegs())("batch ingest on %s", (leg) => {
  let oneByOne: TestDatabase;
  let batched: TestDatabase;
  let outcomes: BatchOutcome[] = [];
  const inputs = corpus();
  // Distinct non-empty texts (two fixture folders share a file, besides the repeat added on purpose).
  const distinct = new Set(inputs.filter((i) => i.text.trim() !== "").map((i) => i.text)).size;
  beforeAll(async () => {
    [oneByOne, batched] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    for (const input of inputs) {
      try {
        await ingestDocument(input, oneByOne.client);
      } catch {
        // The empty text: refused on both paths.
      }
    }
    outcomes = await ingestInBatches(inBatchesOf(inputs, 7), undefined, batched.client);
  });
  afterAll(async () => {
    await oneByOne?.drop();
    await batched?.drop();
  });

  it("answers every input in order: created, duplicate (in the batch) or failed with the reason", () => {
    expect(outcomes).toHaveLength(inputs.length);
    expect(outcomes.filter((o) => o.status === "created")).toHaveLength(distinct);
    expect(outcomes.at(-2)).toMatchObject({ status: "duplicate", created: false });
    expect((outcomes.at(-2) as { documentId: string }).documentId).toBe(
      (outcomes[3] as { documentId: string }).documentId,
    );
    expect(outcomes.at(-1)).toMatchObject({ status: "failed", code: "empty" });
  });

  it("stores the same documents, claims, figures, sources and groups as ingesting one at a time", async () => {
    const a = await snapshot(oneByOne.client);
    const b = await snapshot(batched.client);
    expect(a.documents.length).toBe(distinct);
    expect(a.groups.some((g) => JSON.parse(g).doc === null)).toBe(true);
    expect(b.documents).toEqual(a.documents);
    expect(a.events.length).toBeGreaterThan(3);
    expect(a.events.some((e) => JSON.parse(e).documents.length > 1)).toBe(true);
    expect(b.events).toEqual(a.events);
    expect(b.claims).toEqual(a.claims);
    expect(b.quantities).toEqual(a.quantities);
    expect(b.sources).toEqual(a.sources);
    expect(b.groups).toEqual(a.groups);
  });

  it("is a no-op the second time: every input a duplicate or the same refusal", async () => {
    const again = await ingestInBatches(inBatchesOf(inputs, 50), undefined, batched.client);
    expect(again.filter((o) => o.status === "created")).toHaveLength(0);
    expect(await batched.client.document.count()).toBe(distinct);
  });
});

/**
 * Past the bound on a batch's candidate-event read (5,000 events near its times, lib/events/assign.ts) a batch reads
 * each document's candidates one by one, and still meets the events its earlier documents started: 5,001 unrelated
 * events dated a day before the corpus (so the corpus's own events rank first by end time, as one at a time sees
 * them) put every batch past the bound.
 */
describe.each(databaseLegs())("batch ingest past the candidate bound on %s", (leg) => {
  let oneByOne: TestDatabase;
  let batched: TestDatabase;
  const inputs = corpus().filter((i) => i.text.trim() !== "");
  beforeAll(async () => {
    [oneByOne, batched] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    const day = new Date("2026-01-09T00:00:00.000Z");
    const fillers = Array.from({ length: 5_001 }, (_, i) => ({
      id: `filler-${String(i).padStart(5, "0")}`,
      title: `Unrelated ${i}`,
      startAt: day,
      endAt: day,
      documentCount: 1,
      profile: JSON.stringify({ terms: { [`unrelated${i}`]: 1 }, names: {} }),
      createdAt: day,
      updatedAt: day,
    }));
    for (const t of [oneByOne, batched]) await insertRows(t.client, "Event", fillers);
    for (const input of inputs) await ingestDocument(input, oneByOne.client);
    await ingestInBatches(inBatchesOf(inputs, 7), undefined, batched.client);
  });
  afterAll(async () => {
    await oneByOne?.drop();
    await batched?.drop();
  });

  it("places every document in the same event as one at a time, and leaves the unrelated events alone", async () => {
    const a = await snapshot(oneByOne.client);
    const b = await snapshot(batched.client);
    const joined = (s: typeof a) => s.events.filter((e) => JSON.parse(e).documents.length > 0);
    expect(joined(a).length).toBeGreaterThan(3);
    expect(joined(a).some((e) => JSON.parse(e).documents.length > 1)).toBe(true);
    expect(b.events).toEqual(a.events);
    expect(b.groups).toEqual(a.groups);
    expect(await batched.client.event.count({ where: { id: { startsWith: "filler-" }, documentCount: 1 } })).toBe(
      5_001,
    );
  });
});
