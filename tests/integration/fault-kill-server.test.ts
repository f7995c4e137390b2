/**
 * Fault test for the server's own ingest path (issue 14: "kill the server process at several points of an ingest";
 * fault-kill.test.ts kills the CLI's batch ingest and import). A process storing documents one at a time through
 * ingestDocument — what POST /api/documents, the upload form and the job workers run — is SIGKILLed again and again
 * until a kill has landed between a document's commit and its cross-document regroup (finding 3's window: the
 * document is left `regroupPending`). Re-posting repairs the documents it reaches; the repair the server runs at
 * start (instrumentation.ts -> repairPendingRegroups) the rest. Afterwards: every file stored once with all its
 * claims, nothing pending, SQLite's integrity check ok, the stored cross-document groups exactly what grouping every
 * stored figure from scratch gives, and a full cross-flag recomputation changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { expectWholeAsFromScratch } from "./support/groups-recomputation";
import { smallArticle, spawnScript, type WorkerProcess, waitFor } from "./support/job-worker";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 300_000 });

const FILES = 150;
/** Kills at most this many times looking for the commit-to-regroup window; at least MIN_KILLS in any case. */
const MAX_KILLS = 20;
const MIN_KILLS = 3;

function ingest(url: string, dir: string): WorkerProcess {
  const p = spawnScript("tests/integration/support/ingest-one-by-one.ts", [dir], {
    DATABASE_URL: url,
    CLAIMTRACK_EXTRACT_THREADS: "1",
  });
  return { ...p, output: () => p.output().slice(-3000) };
}

describe.each(databaseLegs())("the server's ingest killed mid-write on %s", (leg) => {
  let t: TestDatabase;
  let dir = "";
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    dir = mkdtempSync(path.join(tmpdir(), "claimtrack-fault-server-"));
    // Ten reports a day, so documents share cross-document groups and each regroup has work to do.
    for (let i = 0; i < FILES; i++) {
      const publishedAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10);
      const item = { text: smallArticle(i), title: `Report ${i}`, publishedAt };
      writeFileSync(path.join(dir, `${String(i).padStart(4, "0")}.json`), JSON.stringify(item));
    }
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("killed until a kill lands between commit and regroup, then repaired: whole, once, grouped as from scratch", async () => {
    const pending = () => t.client.document.count({ where: { regroupPending: true } });
    let kills = 0;
    let leftPending = 0;
    while (kills < MIN_KILLS || (leftPending === 0 && kills < MAX_KILLS)) {
      const stored = await t.client.document.count();
      const run = ingest(t.url, dir);
      // Past the documents already stored (re-posted: each answers at once), into new ones.
      await waitFor(async () => (await t.client.document.count()) > stored, 300_000, `more than ${stored} documents`);
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      run.child.kill("SIGKILL");
      await run.exited;
      kills += 1;
      leftPending += await pending();
      expect(await t.client.document.count(), "no kill should reach the last file").toBeLessThan(FILES);
    }
    // The window was hit: a document committed whose cross-document regroup never ran.
    expect(leftPending, `${kills} kills`).toBeGreaterThan(0);
    // What the server does at start (instrumentation.ts), then the rest of the files.
    await repairPendingRegroups({}, t.client);
    expect(await pending()).toBe(0);
    const last = ingest(t.url, dir);
    expect(await last.exited, last.output()).toBe(0);

    await expectWholeAsFromScratch(t.client, leg, FILES);
  });
});
