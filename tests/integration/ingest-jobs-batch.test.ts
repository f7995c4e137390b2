/**
 * A job's worker stores the items it claims as one batch (lib/jobs/run.ts): it claims up to CLAIMTRACK_JOB_BATCH
 * items and no more than JOB_BATCH_CHARS of text, and each item of a batch still gets its own outcome — a refused
 * text fails alone, a text repeated inside the batch is a duplicate of the first, the others are stored — on both
 * databases. A worker never takes back its own lease; a claim whose lease was taken over commits nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { claimItems, JOB_BATCH_CHARS, workerId } from "@/lib/jobs/claim";
import { createIngestJob } from "@/lib/jobs/create";
import { commitOutcomes, drainJob } from "@/lib/jobs/run";
import { articleItem } from "./support/job-worker";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

describe.each(databaseLegs())("ingest job batches on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
  });
  afterAll(async () => t?.drop());
  afterEach(() => {
    delete process.env.CLAIMTRACK_JOB_BATCH;
  });

  it("claims CLAIMTRACK_JOB_BATCH items at a time, and a text past JOB_BATCH_CHARS closes its batch", async () => {
    process.env.CLAIMTRACK_JOB_BATCH = "3";
    const small = await createIngestJob({ items: Array.from({ length: 5 }, (_, i) => articleItem(100 + i)) }, t.client);
    const worker = workerId();
    const first = await claimItems(worker, small, undefined, t.client);
    // Claimed at random among the first pending ones, handed back in upload order.
    expect(first.map((i) => i.position)).toEqual(first.map((i) => i.position).sort((a, b) => a - b));
    expect(first).toHaveLength(3);
    // Claimed items are no longer claimable: another worker finds only what is left.
    const rest = await claimItems(workerId(), small, undefined, t.client);
    expect(rest).toHaveLength(2);
    expect(new Set([...first, ...rest].map((i) => i.id)).size).toBe(5);

    const padding = "Word ".repeat(JOB_BATCH_CHARS / 5);
    const large = await createIngestJob(
      {
        items: [0, 1, 2].map((i) => ({ ...articleItem(900 + i), text: `${articleItem(900 + i).text}\n\n${padding}` })),
      },
      t.client,
    );
    const sizes = [];
    for (let round = 0; round < 4; round++) sizes.push((await claimItems(worker, large, undefined, t.client)).length);
    expect(sizes).toEqual([1, 1, 1, 0]);
  });

  it("gives each item of a batch its own outcome", async () => {
    const good = [articleItem(200), articleItem(201)];
    const jobId = await createIngestJob(
      {
        items: [good[0], { name: "blank.txt", text: "   \n  " }, good[1], { name: "again.txt", text: good[0].text }],
      },
      t.client,
    );
    process.env.CLAIMTRACK_JOB_BATCH = "4";
    const worker = workerId();
    expect(await drainJob(worker, jobId, undefined, t.client)).toBe(4);
    const rows = await t.client.ingestJobItem.findMany({ where: { jobId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["done", "failed", "done", "duplicate"]);
    expect(rows[1].error).toMatch(/empty|no text/i);
    expect(rows[3].documentId).toBe(rows[0].documentId);
    expect(rows.every((r) => r.lockedBy === null && r.finishedBy === worker)).toBe(true);
    const docs = await t.client.document.findMany({
      where: { id: { in: [rows[0].documentId, rows[2].documentId].filter((id): id is string => id !== null) } },
      select: { id: true, claimCount: true, regroupPending: true },
    });
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      expect(d.regroupPending).toBe(false);
      expect(rows.find((r) => r.documentId === d.id)?.claimCount).toBe(d.claimCount);
    }
    expect((await t.client.ingestJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("done");
  });

  it("drains a job batch by batch: every document whole, and found again by a job of the same texts", async () => {
    const items = Array.from({ length: 7 }, (_, i) => articleItem(300 + i));
    process.env.CLAIMTRACK_JOB_BATCH = "4";
    const batchJob = await createIngestJob({ items }, t.client);
    expect(await drainJob(workerId(), batchJob, undefined, t.client)).toBe(7);
    const stored = await t.client.ingestJobItem.findMany({ where: { jobId: batchJob }, orderBy: { position: "asc" } });
    expect(stored.map((r) => r.status)).toEqual(Array(7).fill("done"));
    for (const [i, row] of stored.entries()) {
      expect(row.claimCount, items[i].name).toBe(analyze({ id: "x", text: items[i].text }).claims.length);
      const doc = await t.client.document.findUniqueOrThrow({
        where: { id: row.documentId ?? "" },
        select: { _count: { select: { claims: true } } },
      });
      expect(doc._count.claims).toBe(row.claimCount);
    }

    process.env.CLAIMTRACK_JOB_BATCH = "1";
    const oneJob = await createIngestJob({ items }, t.client);
    expect(await drainJob(workerId(), oneJob, undefined, t.client)).toBe(7);
    const again = await t.client.ingestJobItem.findMany({ where: { jobId: oneJob }, orderBy: { position: "asc" } });
    expect(again.map((r) => r.status)).toEqual(Array(7).fill("duplicate"));
    expect(again.map((r) => r.documentId)).toEqual(stored.map((r) => r.documentId));
  });

  it("never takes back its own lease, and commits only the latest claim of an item", async () => {
    process.env.CLAIMTRACK_JOB_BATCH = "1";
    const jobId = await createIngestJob({ items: [articleItem(400)] }, t.client);
    const expire = (id: string) =>
      t.client.ingestJobItem.update({ where: { id }, data: { lockedAt: new Date(Date.now() - 3_600_000) } });
    const w = workerId();
    const v = workerId();
    const [first] = await claimItems(w, jobId, undefined, t.client);
    await expire(first.id);
    // Its lease ran out while its batch was in hand (a loaded machine): not claimable by itself, only by another.
    expect(await claimItems(w, jobId, undefined, t.client)).toEqual([]);
    const [byOther] = await claimItems(v, jobId, undefined, t.client);
    await expire(first.id);
    const [again] = await claimItems(w, jobId, undefined, t.client);
    expect([byOther.attempts, again.attempts]).toEqual([first.attempts + 1, first.attempts + 2]);

    const answer = (error: string) => [{ status: "failed" as const, error, code: "x" }];
    expect(await commitOutcomes(w, [first], answer("the first claim's"), t.client)).toBe(0);
    expect(await commitOutcomes(v, [byOther], answer("the other worker's"), t.client)).toBe(0);
    expect((await t.client.ingestJobItem.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("running");
    expect(await commitOutcomes(w, [again], answer("the latest claim's"), t.client)).toBe(1);
    const row = await t.client.ingestJobItem.findUniqueOrThrow({ where: { id: first.id } });
    expect([row.status, row.error]).toEqual(["failed", "the latest claim's"]);
  });
});
