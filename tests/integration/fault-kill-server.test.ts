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
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { refreshAllCrossFlags } from "@/lib/groups/cross-flags";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { groupsMatchRecomputation } from "./support/groups-recomputation";
import { smallArticle, waitFor } from "./support/job-worker";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 300_000 });

const root = path.resolve(import.meta.dirname, "../..");
const FILES = 150;
/** Kills at most this many times looking for the commit-to-regroup window; at least MIN_KILLS in any case. */
const MAX_KILLS = 20;
const MIN_KILLS = 3;

function ingest(
  url: string,
  dir: string,
): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/ingest-one-by-one.ts", dir], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CLAIMTRACK_EXTRACT_THREADS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (d) => {
    text += String(d);
  });
  child.stderr?.on("data", (d) => {
    text += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => text.slice(-3000) };
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
    await repairPendingRegroups(t.client);
    expect(await pending()).toBe(0);
    const last = ingest(t.url, dir);
    expect(await last.exited, last.output()).toBe(0);

    expect(await t.client.document.count()).toBe(FILES);
    expect(new Set((await t.client.document.findMany({ select: { sha256: true } })).map((d) => d.sha256)).size).toBe(
      FILES,
    );
    expect(await pending()).toBe(0);
    const counts = await t.client.document.findMany({
      select: { claimCount: true, _count: { select: { claims: true } } },
    });
    for (const c of counts) {
      expect(c.claimCount).toBe(c._count.claims);
      expect(c.claimCount).toBeGreaterThan(0);
    }
    if (leg === "sqlite") {
      expect(await t.client.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    }
    const { stored, fresh } = await groupsMatchRecomputation(t.client);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(fresh);
    const flags = async () =>
      (await t.client.claim.findMany({ select: { id: true, crossFlagRank: true }, orderBy: { id: "asc" } })).map(
        (c) => `${c.id}:${c.crossFlagRank}`,
      );
    const before = await flags();
    await refreshAllCrossFlags(t.client);
    expect(await flags()).toEqual(before);
  });
});
