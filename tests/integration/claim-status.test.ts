import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { claimAuditHistory } from "@/lib/audit/record";
import { decideFlag, updateClaimStatus } from "@/lib/claims/mutations";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { storedUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

describe.each(databaseLegs())("claim status with optimistic locking on %s", (leg) => {
  let t: TestDatabase;
  let actorId: string;
  const claimIds: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    actorId = await storedUser(t.client, "editor");
    const id = newId();
    const { text, extraction } = makeExtraction(id, [
      {
        sentence: "Over 800 fighters crossed.",
        source: "Independent sources",
        quantity: { text: "800 fighters", value: 800 },
      },
      { sentence: "At least 38 people died.", source: "Monitors", quantity: { text: "38 people", value: 38 } },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    claimIds.push(
      ...(await t.client.claim.findMany({ orderBy: { position: "asc" }, select: { id: true } })).map((c) => c.id),
    );
  }, 300_000);
  afterAll(async () => t?.drop());

  it("applies a change with the current version, bumps the version and records before -> after", async () => {
    const result = await updateClaimStatus(
      {
        claimId: claimIds[0],
        status: "corroborated",
        version: 1,
        actorId,
      },
      t.client,
    );
    expect(result).toEqual({ ok: true, version: 2 });
    const claim = await t.client.claim.findUniqueOrThrow({ where: { id: claimIds[0] } });
    expect([claim.status, claim.version]).toEqual(["corroborated", 2]);
    const [event] = await claimAuditHistory(claimIds[0], t.client);
    expect(event.before).toEqual({ status: "unverified", version: 1 });
    expect(event.after).toEqual({ status: "corroborated", version: 2 });
    expect(event.actor?.id).toBe(actorId);
  });

  it("refuses a stale version with a conflict and leaves the other editor's change in place", async () => {
    const stale = await updateClaimStatus({ claimId: claimIds[0], status: "refuted", version: 1, actorId }, t.client);
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/changed this claim first/),
    });
    const claim = await t.client.claim.findUniqueOrThrow({ where: { id: claimIds[0] } });
    expect([claim.status, claim.version]).toEqual(["corroborated", 2]);
    expect(await claimAuditHistory(claimIds[0], t.client)).toHaveLength(1);
  });

  it("lets exactly one of two concurrent saves with the same version win", async () => {
    const results = await Promise.all(
      (["disputed", "retracted"] as const).map((status) =>
        updateClaimStatus({ claimId: claimIds[1], status, version: 1, actorId }, t.client),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    const winner = results.findIndex((r) => r.ok) === 0 ? "disputed" : "retracted";
    const claim = await t.client.claim.findUniqueOrThrow({ where: { id: claimIds[1] } });
    expect([claim.status, claim.version]).toEqual([winner, 2]);
    expect(await claimAuditHistory(claimIds[1], t.client)).toHaveLength(1);
  });

  // PostgreSQL only: two better-sqlite3 connections in ONE process deadlock by construction (the driver is
  // synchronous, so the waiting connection blocks the event loop the lock holder needs to commit). SQLite deployments
  // run one server process, whose saves the adapter serialises; the test above covers that.
  it.skipIf(leg === "sqlite")(
    "lets exactly one win across two separate connections (two server processes)",
    async () => {
      const { createDb } = await import("@/lib/db/client");
      const { resolveDatabase } = await import("@/lib/db/url");
      const other = createDb(resolveDatabase(t.url));
      try {
        const results = await Promise.all([
          updateClaimStatus({ claimId: claimIds[1], status: "needs-review", version: 2, actorId }, t.client),
          updateClaimStatus({ claimId: claimIds[1], status: "refuted", version: 2, actorId }, other),
        ]);
        expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
        expect((await t.client.claim.findUniqueOrThrow({ where: { id: claimIds[1] } })).version).toBe(3);
      } finally {
        await other.$disconnect();
      }
    },
  );

  it("reports an unknown claim as not found", async () => {
    expect(
      await updateClaimStatus({ claimId: "nope", status: "disputed", version: 1, actorId }, t.client),
    ).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("records a flag decision on the group, audited, and can clear it", async () => {
    const groupId = newId();
    const documentId = (await t.client.document.findFirstOrThrow()).id;
    await t.client.quantityGroup.create({
      data: { id: groupId, documentId, key: "k#0", concept: "fighters", verdict: "conflict" },
    });
    expect(await decideFlag({ groupId, decision: "dismissed", actorId }, t.client)).toEqual({ ok: true });
    expect((await t.client.quantityGroup.findUniqueOrThrow({ where: { id: groupId } })).decision).toBe("dismissed");
    await decideFlag({ groupId, decision: null, actorId }, t.client);
    const group = await t.client.quantityGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect([group.decision, group.decidedById]).toEqual([null, null]);
    const events = await t.client.auditEvent.findMany({ where: { entityId: groupId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.after)).toEqual(['{"decision":"dismissed"}', '{"decision":null}']);
    expect(await decideFlag({ groupId: "nope", decision: "confirmed", actorId }, t.client)).toMatchObject({
      code: "not_found",
    });
  });
});
