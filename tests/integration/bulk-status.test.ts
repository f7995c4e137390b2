import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as undoRoute } from "@/app/api/claims/bulk-status/[id]/undo/route";
import { POST as bulkRoute } from "@/app/api/claims/bulk-status/route";
import type { Actor, Gate } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { bulkSetStatus, matchingClaimIds } from "@/lib/claims/bulk";
import { undoBulkChange } from "@/lib/claims/bulk-undo";
import { updateClaimStatus } from "@/lib/claims/mutations";
import { BULK_LIMIT, bulkStatusSchema, claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { call } from "./api-rest-client";
import { act, actOn } from "./support/act";
import { signedInUser, storedUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

describe.each(databaseLegs())("bulk status and undo on %s", (leg) => {
  let t: TestDatabase;
  let actorId: string;
  let docA: string;
  let ids: string[] = [];
  const userOf = (role: Role): Actor => ({ id: actorId, role });
  const gateOf = (role: Role): Gate => ({ ok: true, user: { ...userOf(role), email: "e@x.test", name: "E" } });

  async function addDocument(n: number, source: string): Promise<string> {
    const id = newId();
    const { text, extraction } = makeExtraction(
      id,
      Array.from({ length: n }, (_, i) => ({
        sentence: `${source} said ${i + 10} fighters crossed.`,
        source,
        quantity: { text: `${i + 10} fighters`, value: i + 10 },
      })),
    );
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    return id;
  }

  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    actorId = await storedUser(t.client, "editor");
    docA = await addDocument(30, "Monitors");
    await addDocument(5, "Ministry");
    ids = (
      await t.client.claim.findMany({ where: { documentId: docA }, orderBy: { position: "asc" }, select: { id: true } })
    ).map((c) => c.id);
  }, 300_000);
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it("sets 30 claims in one change, bumps each version, audits each claim and records the bulk", async () => {
    expect(ids).toHaveLength(30);
    const result = await bulkSetStatus(userOf("editor"), { status: "corroborated", ids }, t.client);
    expect(result).toMatchObject({ ok: true, status: "corroborated", changed: 30, unchanged: 0 });
    const claims = await t.client.claim.findMany({ where: { id: { in: ids } } });
    expect(claims.every((c) => c.status === "corroborated" && c.version === 2)).toBe(true);
    const audits = await t.client.auditEvent.findMany({ where: { entityType: "claim", entityId: { in: ids } } });
    expect(audits).toHaveLength(30);
    expect(JSON.parse(audits[0].before ?? "")).toEqual({ status: "unverified", version: 1 });
    expect(JSON.parse(audits[0].after ?? "")).toMatchObject({ status: "corroborated", version: 2 });
    const bulk = await t.client.auditEvent.findMany({ where: { entityType: "bulkChange" } });
    expect(bulk).toHaveLength(1);
    expect(bulk[0].actorId).toBe(actorId);
  });

  it("undo restores every claim not changed since and keeps (and reports) the one an editor changed", async () => {
    const other = ids.slice(0, 10);
    const first = await bulkSetStatus(userOf("editor"), { status: "disputed", ids: other }, t.client);
    if (!first.ok) throw new Error(first.message);
    // Another editor changes one claim after the bulk change.
    const edited = await updateClaimStatus({ claimId: other[3], status: "refuted", version: 3, actorId }, t.client);
    expect(edited).toEqual({ ok: true, version: 4 });
    const undo = await undoBulkChange(userOf("editor"), first.bulkId, t.client);
    expect(undo).toMatchObject({ ok: true, restored: 9, kept: 1, keptIds: [other[3]] });
    const claims = await t.client.claim.findMany({ where: { id: { in: other } } });
    for (const c of claims) {
      if (c.id === other[3]) expect([c.status, c.version]).toEqual(["refuted", 4]);
      else expect([c.status, c.version]).toEqual(["corroborated", 4]);
    }
    const undoAudits = await t.client.auditEvent.findMany({ where: { entityType: "claim", entityId: other[0] } });
    expect(undoAudits.map((a) => JSON.parse(a.after ?? "").status).sort()).toEqual([
      "corroborated",
      "corroborated",
      "disputed",
    ]);
    expect(await t.client.auditEvent.count({ where: { entityType: "bulkChange", action: "bulk-undo" } })).toBe(1);
    // Undone once only.
    expect(await undoBulkChange(userOf("editor"), first.bulkId, t.client)).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("acts on the claims' current state: a claim changed after it was selected is still set", async () => {
    // The editor selected ids[20] at version 2; someone sets it to refuted (version 3) before Apply.
    await updateClaimStatus({ claimId: ids[20], status: "refuted", version: 2, actorId }, t.client);
    const result = await bulkSetStatus(userOf("admin"), { status: "retracted", ids: ids.slice(20, 22) }, t.client);
    expect(result).toMatchObject({ ok: true, changed: 2 });
    const c = await t.client.claim.findUniqueOrThrow({ where: { id: ids[20] } });
    expect([c.status, c.version]).toEqual(["retracted", 4]);
  });

  it("refuses reviewers and researchers (403) and changes nothing", async () => {
    for (const role of ["reviewer", "researcher"] as const) {
      const result = await act(gateOf(role), "editor", (user) =>
        bulkSetStatus(user, { status: "refuted", ids }, t.client),
      );
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await act(gateOf(role), "editor", (user) => undoBulkChange(user, "x", t.client))).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await t.client.claim.count({ where: { status: "refuted" } })).toBe(1);
  });

  it("REST: POST /api/claims/bulk-status and .../undo for editors; 403 for reviewer and researcher", async () => {
    const cookie = async (role: Role) => (await signedInUser(db(), role)).headers.get("cookie") ?? "";
    const body = { status: "disputed", ids: ids.slice(25, 30) };
    for (const role of ["reviewer", "researcher"] as const) {
      const res = await call(bulkRoute, "POST", "/api/claims/bulk-status", { cookie: await cookie(role), body });
      expect(res.status).toBe(403);
    }
    const editor = await cookie("editor");
    const res = await call(bulkRoute, "POST", "/api/claims/bulk-status", { cookie: editor, body });
    expect(res.status).toBe(200);
    const result = (await res.json()) as { bulkId: string; changed: number };
    expect(result.changed).toBe(5);
    const path = `/api/claims/bulk-status/${result.bulkId}/undo`;
    const params = { id: result.bulkId };
    expect((await call(undoRoute, "POST", path, { cookie: await cookie("reviewer"), params })).status).toBe(403);
    const undo = await call(undoRoute, "POST", path, { cookie: editor, params });
    expect(undo.status).toBe(200);
    expect(await undo.json()).toMatchObject({ restored: 5, kept: 0 });
    expect((await call(undoRoute, "POST", path, { cookie: editor, params })).status).toBe(409);
    const byFilter = await call(bulkRoute, "POST", "/api/claims/bulk-status", {
      cookie: editor,
      body: { status: "corroborated", filter: { source: "Monitors", q: "fighters" } },
    });
    expect(await byFilter.json()).toMatchObject({ ok: true });
  });

  it("select all matching resolves the table's filter on the server, not just a page", async () => {
    const filter = claimsQuerySchema.parse({ source: "Ministry", pageSize: 10 });
    expect(await matchingClaimIds(filter, t.client)).toHaveLength(5);
    const result = await bulkSetStatus(
      userOf("editor"),
      bulkStatusSchema.parse({ status: "needs-review", filter: { source: ["Ministry"], q: "fighters" } }),
      t.client,
    );
    expect(result).toMatchObject({ ok: true, changed: 5 });
    const statuses = await t.client.claim.groupBy({ by: ["sourceName", "status"], _count: true });
    expect(statuses.filter((s) => s.status === "needs-review").map((s) => [s.sourceName, s._count])).toEqual([
      ["Ministry", 5],
    ]);
  });

  it(`refuses more than ${BULK_LIMIT.toLocaleString("en")} claims with a clear error`, async () => {
    const tooMany = Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `c${i}`);
    // Refused by the bulk input's schema, as bulkStatusAction parses it.
    const refused = await actOn(
      gateOf("editor"),
      { role: "editor", input: bulkStatusSchema },
      { status: "refuted", ids: tooMany },
      (user, input) => bulkSetStatus(user, input, t.client),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "invalid",
    });
    // A filter matching more than the limit: 10,001 cheap claim rows copied from one real claim.
    const base = await t.client.claim.findUniqueOrThrow({ where: { id: ids[0] } });
    const { id: _id, key: _key, ...rest } = base;
    await t.client.claim.createMany({
      data: Array.from({ length: BULK_LIMIT + 1 }, (_, i) => ({
        ...rest,
        id: `bulk-${i}`,
        key: `bulk-${i}`,
        sourceName: "Wire",
      })),
    });
    const result = await bulkSetStatus(
      userOf("editor"),
      bulkStatusSchema.parse({ status: "refuted", filter: { source: "Wire" } }),
      t.client,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/More than 10,000/) });
    expect(await t.client.claim.count({ where: { sourceName: "Wire", status: "refuted" } })).toBe(0);
  });
});
