/**
 * Issue 14, finding 1 (and 3): one upload must not stall the server, and a crash between a document's commit and its
 * regroup must not lose its cross-document flags for good. The route handlers run in this process, as in the server:
 * extraction on the pool's threads leaves this thread free to answer a concurrent GET; a 1.9 MB run without spaces is
 * refused at the edge with a reason; a document over the time budget is stored with the reason and no claims.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getDocumentRoute } from "@/app/api/documents/[id]/route";
import { GET as listDocumentsRoute, POST as postDocument } from "@/app/api/documents/route";
import { analyze } from "@/lib/analysis/analyze";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, ingestDocument, insertExtractedDocument } from "@/lib/documents/mutations";
import { maskLongTokens } from "@/lib/extract/tokens/long-tokens";
import { repairPendingRegroups } from "@/lib/groups/mutations";
import { call } from "./api-rest-client";
import { signedInUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** ~1.9 MB of real news (the ECB+ bench texts, twice with distinct headers): the size limit's worth of article. */
function largeRealArticle(): string {
  const lines = readFileSync(path.resolve(import.meta.dirname, "../fixtures/bench/ecbplus-1mb.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const parts: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < 1_900_000; round++) {
    for (const [i, text] of lines.entries()) {
      const part = `Part ${round}.${i}\n\n${text}`;
      if (bytes + Buffer.byteLength(part) > 1_950_000) break;
      parts.push(part);
      bytes += Buffer.byteLength(part) + 2;
    }
  }
  return parts.join("\n\n");
}

/**
 * Issues GETs while `slow` is in flight: the slowest answer, and the longest this thread was blocked (event-loop
 * delay) meanwhile — the server's own share of any wait, as opposed to the database's.
 */
async function slowestGetDuring(
  slow: Promise<unknown>,
  get: () => Promise<Response>,
): Promise<{ slowest: number; blocked: number }> {
  let done = false;
  slow.finally(() => {
    done = true;
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let slowest = 0;
  // Let the upload reach the extractor first.
  await new Promise((r) => setTimeout(r, 300));
  while (!done) {
    // Timed from when the request is due, not from when this thread gets round to sending it: a GET arriving while
    // the thread is busy waits for it, and that wait is what a user sees.
    const due = performance.now();
    const res = await get();
    expect(res.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - due);
    const next = performance.now() + 100;
    await new Promise((r) => setTimeout(r, 100));
    slowest = Math.max(slowest, performance.now() - next);
  }
  delay.disable();
  return { slowest, blocked: delay.max / 1e6 };
}

describe.each(databaseLegs())("bounded ingest on %s", (leg) => {
  let t: TestDatabase;
  let cookie = "";
  const previousUrl = process.env.DATABASE_URL;
  const previousBudget = process.env.CLAIMTRACK_EXTRACT_BUDGET_MS;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    cookie = (await signedInUser(db(), "editor")).headers.get("cookie") ?? "";
  });
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = previousBudget;
    await t?.drop();
  });

  const list = () => call(listDocumentsRoute, "GET", "/api/documents?limit=5", { cookie });

  it("refuses a 1.9 MB run without spaces at once with a reason, storing nothing", async () => {
    const text = `Officials said 800 died. ${"z".repeat(1_900_000)}`;
    const started = performance.now();
    const res = await call(postDocument, "POST", "/api/documents", { cookie, body: { text } });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/1,900,000-character run without spaces/);
    console.log(`[${leg}] 1.9 MB single token refused in ${elapsed.toFixed(0)} ms`);
    // Issue 14 asks that a GET issued meanwhile answer in < 500 ms: the refusal itself comes within that, so no
    // request behind it on this thread can wait longer (the old code held the thread for over 15 minutes).
    expect(elapsed).toBeLessThan(500);
    expect(await t.client.document.count()).toBe(0);
  });

  it("extracts past over-long runs in linear time, offsets intact", () => {
    const text = `Officials said 800 people died. ${"z".repeat(9_000)} Police said 12 were hurt.`;
    const started = performance.now();
    const out = analyze({ id: "long", text });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(out.quantities.map((q) => q.value)).toEqual([800, 12]);
    for (const q of out.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(maskLongTokens(text)).toHaveLength(text.length);
  });

  it("stores a document over the time budget with the reason and no claims, and keeps answering GETs", async () => {
    process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = "1000";
    try {
      const text = largeRealArticle();
      const upload = call(postDocument, "POST", "/api/documents", { cookie, body: { text, title: "Too slow" } });
      const { slowest, blocked } = await slowestGetDuring(upload, list);
      const res = await upload;
      expect(res.status).toBe(201);
      const result = (await res.json()) as { documentId: string; claimCount: number; extractionError: string };
      expect(result.claimCount).toBe(0);
      expect(result.extractionError).toMatch(/budget/);
      console.log(
        `[${leg}] over budget: slowest GET ${slowest.toFixed(0)} ms, thread blocked ${blocked.toFixed(0)} ms`,
      );
      // An extraction on the request thread would hold a GET for the whole 1,000 ms budget. (On PostgreSQL this was
      // 636 ms in clean-clone CI: the event profile of the 1.9 MB text, ~0.5 s of CPU, ran on this thread; it runs on
      // the pool now, lib/workers/extract-pool.ts profileOffThread.)
      expect(slowest).toBeLessThan(500);
      const detail = await call(getDocumentRoute, "GET", `/api/documents/${result.documentId}`, {
        cookie,
        params: { id: result.documentId },
      });
      expect(((await detail.json()) as { extractionError: string }).extractionError).toMatch(/budget/);
      // Posting it again is the same document, still telling why it has no claims.
      const again = await call(postDocument, "POST", "/api/documents", { cookie, body: { text } });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { extractionError: string }).extractionError).toMatch(/budget/);
    } finally {
      process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = previousBudget;
    }
  });

  it("extracts a 1.9 MB real article off the request thread: a concurrent GET waits < 500 ms", async () => {
    // A generous budget: this machine is shared, and the point here is the thread, not the budget.
    process.env.CLAIMTRACK_EXTRACT_BUDGET_MS = "240000";
    const text = largeRealArticle().replace(/^Part /gm, "Section ");
    const upload = call(postDocument, "POST", "/api/documents", { cookie, body: { text, title: "Large" } });
    const { slowest, blocked } = await slowestGetDuring(upload, list);
    const res = await upload;
    expect(res.status).toBe(201);
    const result = (await res.json()) as { claimCount: number; extractionError: string | null };
    expect(result.extractionError).toBeNull();
    expect(result.claimCount).toBeGreaterThan(1000);
    console.log(
      `[${leg}] during a 1.9 MB ingest: slowest concurrent GET ${slowest.toFixed(0)} ms, ` +
        `server thread blocked at most ${blocked.toFixed(0)} ms`,
    );
    // Extraction, the event profile and the bucket keys of the ~10,000 figures run on the pool; what stays on this
    // thread is building and sending the rows. This file runs alone (npm run test:timing), so the figure is the
    // server's, not a neighbouring test file's CPU. On the old code the GET waited for the whole extraction (20-40 s).
    expect(slowest).toBeLessThan(500);
  });

  it("finishes a regroup a crash cut short: on re-post and at start (finding 3)", async () => {
    const store = async (text: string) => {
      const id = newId();
      // What a process killed after the document's commit leaves: claims stored, regroup never run.
      await insertExtractedDocument(
        { id, text, sha256: contentHash(text), title: id },
        analyze({ id, text }),
        t.client,
      );
      return id;
    };
    const first = await store(referenceArticle);
    const second = await store(referenceArticle.replace("approximately 850", "approximately 900"));
    const crossMembers = () =>
      t.client.quantityGroupMember.count({ where: { group: { documentId: null }, quantity: { documentId: first } } });
    expect(await crossMembers()).toBe(0);
    expect(await t.client.document.count({ where: { regroupPending: true } })).toBe(2);

    const again = await ingestDocument({ text: referenceArticle }, t.client);
    expect(again).toMatchObject({ documentId: first, created: false });
    expect(await crossMembers()).toBeGreaterThan(0);
    expect(await t.client.document.count({ where: { id: first, regroupPending: true } })).toBe(0);

    // A worker's sweep leaves a document stored moments ago to its own batch's regroup.
    expect(await repairPendingRegroups({ olderThanMs: 60_000 }, t.client)).toBe(0);
    expect(await t.client.document.count({ where: { id: second, regroupPending: true } })).toBe(1);
    expect(await repairPendingRegroups({}, t.client)).toBe(1);
    expect(await t.client.document.count({ where: { regroupPending: true } })).toBe(0);
    const secondMembers = await t.client.quantityGroupMember.count({
      where: { group: { documentId: null }, quantity: { documentId: second } },
    });
    expect(secondMembers).toBeGreaterThan(0);
    expect(await repairPendingRegroups({}, t.client)).toBe(0);
  });
});
