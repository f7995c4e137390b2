/**
 * Two `npm run worker` processes against one PostgreSQL share a 1,000-document job through pg-boss: each commits
 * part of it, together every document exactly once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIngestJob } from "@/lib/jobs/create";
import { announceJob, stopAnnouncer } from "@/lib/jobs/queue";
import { articleItem, startWorker } from "./support/job-worker";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 120_000 });

const DOCS = 1_000;

describe.skipIf(!process.env.TEST_POSTGRES_URL)("two workers on PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await stopAnnouncer();
    await t?.drop();
  });

  it("share a 1,000-document job", async () => {
    const items = Array.from({ length: DOCS }, (_, i) => articleItem(i));
    const jobId = await createIngestJob({ items }, t.client);
    const a = startWorker(t.url, ["--exit-when-idle"]);
    const b = startWorker(t.url, ["--exit-when-idle"]);
    // As the web server does after storing a job.
    await announceJob(t.url, jobId, DOCS);
    const [codeA, codeB] = await Promise.all([a.exited, b.exited]);
    expect(codeA, a.output()).toBe(0);
    expect(codeB, b.output()).toBe(0);

    const rows = await t.client.ingestJobItem.findMany({ where: { jobId } });
    const notDone = rows.filter((r) => r.status !== "done").map((r) => `${r.position} ${r.status}: ${r.error}`);
    expect(notDone, [a.output(), b.output()].join("\n---\n").slice(-4000)).toEqual([]);
    expect(new Set(rows.map((r) => r.documentId)).size).toBe(DOCS);
    expect(await t.client.document.count()).toBe(DOCS);
    const perWorker = new Map<string, number>();
    for (const r of rows) perWorker.set(r.finishedBy ?? "", (perWorker.get(r.finishedBy ?? "") ?? 0) + 1);
    expect([...perWorker.keys()].filter((k) => k !== "")).toHaveLength(2);
    for (const n of perWorker.values()) expect(n).toBeGreaterThan(0);
    console.log("items per worker:", Object.fromEntries(perWorker));
  });
});
