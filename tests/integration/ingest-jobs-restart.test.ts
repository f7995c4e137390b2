/**
 * A 500-file ingest job survives its worker being killed (SIGKILL, mid-job) and restarted, on both databases: the
 * job finishes, every file is stored exactly once, and every document is whole (its claims match a fresh
 * extraction of its text, its counters match its rows).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { createIngestJob } from "@/lib/jobs/create";
import { articleItem, startWorker, waitFor } from "./support/job-worker";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 600_000, hookTimeout: 120_000 });

const FILES = 500;

describe.each(databaseLegs())("ingest job killed and restarted on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
  });
  afterAll(async () => t?.drop());

  it("finishes with every file stored exactly once and no half-written document", async () => {
    const items = Array.from({ length: FILES }, (_, i) => articleItem(i));
    // One unreadable file: a failure with its reason, not a stuck job.
    items.push({ name: "broken.txt", text: "   ", publishedAt: "2024-01-01" });
    const jobId = await createIngestJob({ items }, t.client);
    const finished = () =>
      t.client.ingestJobItem.count({ where: { jobId, status: { in: ["done", "duplicate", "failed"] } } });

    const first = startWorker(t.url);
    await waitFor(async () => (await finished()) >= 60, 300_000, "the first worker to finish 60 items");
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = await finished();
    expect(atKill).toBeLessThan(FILES);

    const second = startWorker(t.url, ["--exit-when-idle"]);
    expect(await second.exited, second.output()).toBe(0);

    const job = await t.client.ingestJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("done");
    const rows = await t.client.ingestJobItem.findMany({ where: { jobId }, orderBy: { position: "asc" } });
    expect(rows.filter((r) => r.status === "done")).toHaveLength(FILES);
    expect(rows[FILES]).toMatchObject({ status: "failed", name: "broken.txt" });
    expect(rows[FILES].error).toMatch(/empty|no text/i);
    // Both workers committed items: the second really resumed the first one's job.
    const finishers = new Set(rows.filter((r) => r.status === "done").map((r) => r.finishedBy));
    expect(finishers.size).toBeGreaterThanOrEqual(2);

    const docIds = rows.slice(0, FILES).map((r) => r.documentId);
    expect(new Set(docIds).size).toBe(FILES);
    expect(await t.client.document.count()).toBe(FILES);

    const docs = await t.client.document.findMany({
      select: { id: true, text: true, claimCount: true, _count: { select: { claims: true } } },
    });
    for (const d of docs) {
      const expected = analyze({ id: d.id, text: d.text }).claims.length;
      expect(d._count.claims, `claims of ${d.id}`).toBe(expected);
      expect(d.claimCount).toBe(expected);
    }
    const byDoc = new Map(rows.map((r) => [r.documentId, r]));
    for (const d of docs) expect(byDoc.get(d.id)?.claimCount).toBe(d.claimCount);
  });
});
