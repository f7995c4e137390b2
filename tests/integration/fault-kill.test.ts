/**
 * Fault test (issue 14): the writing process is killed (SIGKILL, no chance to clean up) at several points of a
 * bulk ingest and of an import, then run again. Afterwards: every file stored exactly once with all of its claims,
 * the counts true, nothing left pending after the repair the server runs at start, SQLite's integrity check ok, the
 * cross-document groups exactly what grouping all stored figures from scratch gives, and the cross flags unchanged by
 * a full recomputation. A killed import leaves the database empty (one transaction), and running it again imports
 * everything.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { resolveDatabase } from "@/lib/db/url";
import { serialize } from "@/lib/export/formats";
import { streamClaimRows } from "@/lib/export/stream";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { expectWholeAsFromScratch } from "./support/groups-recomputation";
import { articleItem, spawnScript, type WorkerProcess, waitFor } from "./support/job-worker";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 300_000 });

const FILES = 300;

function cli(url: string, args: string[]): WorkerProcess {
  const p = spawnScript("cli/claimtrack.ts", args, { DATABASE_URL: url, CLAIMTRACK_EXTRACT_THREADS: "1" });
  return { ...p, output: () => p.output().slice(-3000) };
}

async function kill(run: ReturnType<typeof cli>): Promise<void> {
  run.child.kill("SIGKILL");
  await run.exited;
}

/** Whether another connection holds a write transaction open on the database right now. */
async function writing(db: TestDatabase): Promise<boolean> {
  if (db.url.startsWith("file:")) {
    const conn = new Database(db.url.replace(/^file:/, ""), { timeout: 0 });
    try {
      conn.exec("BEGIN IMMEDIATE");
      conn.exec("ROLLBACK");
      return false;
    } catch {
      return true; // SQLITE_BUSY: the import holds the write lock inside its transaction
    } finally {
      conn.close();
    }
  }
  const rows = await db.client.$queryRaw<Array<{ n: number }>>`
    SELECT COUNT(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
      AND xact_start IS NOT NULL AND query ILIKE 'INSERT%'`;
  return rows[0].n > 0;
}

describe.each(databaseLegs())("killed mid-write on %s", (leg) => {
  let t: TestDatabase;
  let copy: TestDatabase;
  let dir = "";
  beforeAll(async () => {
    [t, copy] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    dir = mkdtempSync(path.join(tmpdir(), "claimtrack-fault-"));
    mkdirSync(path.join(dir, "articles"));
    for (let i = 0; i < FILES; i++) {
      const { text } = articleItem(i);
      writeFileSync(path.join(dir, "articles", `${String(i).padStart(4, "0")}.txt`), text);
    }
  });
  afterAll(async () => {
    await t?.drop();
    await copy?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a bulk ingest killed three times, then finished: every file once, whole, and grouped as from scratch", async () => {
    // Before anything committed (starting, extracting the first batch), then inside the second and third batches.
    for (const atLeast of [0, 100, 200]) {
      const run = cli(t.url, ["ingest", path.join(dir, "articles")]);
      if (atLeast === 0) await new Promise((r) => setTimeout(r, 3_000));
      await waitFor(async () => (await t.client.document.count()) >= atLeast, 600_000, `${atLeast} documents`);
      // Let it get into the next batch's extraction, write or regroup before the kill.
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 700));
      await kill(run);
    }
    const last = cli(t.url, ["ingest", path.join(dir, "articles")]);
    expect(await last.exited, last.output()).toBe(0);
    // What the server does at start (instrumentation.ts) and every worker sweep.
    await repairPendingRegroups({}, t.client);

    await expectWholeAsFromScratch(t.client, leg, FILES);
  });

  it("an import killed inside its transaction leaves the database empty; run again, it imports everything", async () => {
    let jsonl = "";
    const query = claimsQuerySchema.parse({});
    for await (const chunk of serialize("jsonl", streamClaimRows(query, { target: resolveDatabase(t.url) }))) {
      jsonl += chunk;
    }
    const file = path.join(dir, "export.jsonl");
    writeFileSync(file, jsonl);
    const claims = jsonl.split("\n").filter(Boolean).length;
    for (const afterMs of [0, 300]) {
      const run = cli(copy.url, ["import", file]);
      // Kill while the import holds its transaction open (it has written rows nobody else can see yet).
      await waitFor(() => writing(copy), 120_000, "the import to be writing");
      await new Promise((r) => setTimeout(r, afterMs));
      await kill(run);
      expect(await copy.client.claim.count()).toBe(0);
      expect(await copy.client.document.count()).toBe(0);
      expect(await copy.client.source.count()).toBe(0);
      expect(await copy.client.quantityGroup.count()).toBe(0);
    }
    const run = cli(copy.url, ["import", file]);
    expect(await run.exited, run.output()).toBe(0);
    expect(await copy.client.claim.count()).toBe(claims);
    expect(await copy.client.document.count()).toBe(FILES);
  });
});
