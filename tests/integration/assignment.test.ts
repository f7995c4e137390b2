/**
 * Issue 13 item 4 and item 3's saved views, on both databases: claims assigned to editors (one or many, undoable,
 * audited by name), "My claims" (the Assignee filter's "me") in the table, the REST list and the export, and
 * per-user saved views of the table.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as assignRoute } from "@/app/api/claims/bulk-assign/route";
import { GET as listRoute } from "@/app/api/claims/route";
import { GET as exportRoute } from "@/app/api/export/route";
import type { Actor, Gate } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { assignableUsers, bulkAssign, bulkSetStatus } from "@/lib/claims/bulk";
import { undoBulkChange } from "@/lib/claims/bulk-undo";
import { listClaims } from "@/lib/claims/data";
import { updateClaimStatus } from "@/lib/claims/mutations";
import { bulkAssignSchema, claimsQuerySchema } from "@/lib/claims/query-schema";
import { bulkComment, bulkCommentSchema, undoBulkComment } from "@/lib/comments/bulk";
import { addComment } from "@/lib/comments/mutations";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { resolveDatabase } from "@/lib/db/url";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { toCsv } from "@/lib/export/csv";
import { streamClaimRows } from "@/lib/export/stream";
import {
  canonicalQuery,
  deleteView,
  listSavedViews,
  SAVED_VIEW_LIMIT,
  saveView,
  saveViewSchema,
} from "@/lib/views/saved-views";
import { call } from "./api-rest-client";
import { act, actOn } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

describe.each(databaseLegs())("claim assignment and saved views on %s", (leg) => {
  let t: TestDatabase;
  let ana: TestUser;
  let ben: TestUser;
  let rev: TestUser;
  let ids: string[] = [];
  const gateOf = (user: TestUser, role: Role = user.role): Gate => ({
    ok: true,
    user: { id: user.id, email: user.email, name: user.email, role },
  });
  const userOf = (user: TestUser, role: Role = user.role): Actor => ({ id: user.id, role });
  const cookieOf = (user: TestUser) => user.headers.get("cookie") ?? "";
  const query = (params: Record<string, string>) => claimsQuerySchema.parse({ pageSize: 100, ...params });

  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    ana = await signedInUser(db(), "editor");
    ben = await signedInUser(db(), "admin");
    rev = await signedInUser(db(), "reviewer");
    const id = newId();
    const { text, extraction } = makeExtraction(
      id,
      Array.from({ length: 20 }, (_, i) => ({
        sentence: `Monitors said ${i + 10} people were arrested.`,
        source: "Monitors",
        quantity: { text: `${i + 10} people`, value: i + 10 },
      })),
    );
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    ids = (await t.client.claim.findMany({ orderBy: { position: "asc" }, select: { id: true } })).map((c) => c.id);
  }, 300_000);
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it("offers editors and admins, not reviewers, as assignees", async () => {
    const people = (await assignableUsers(t.client)).map((p) => p.id);
    expect(people).toContain(ana.id);
    expect(people).toContain(ben.id);
    expect(people).not.toContain(rev.id);
  });

  it("assigns 12 claims in one change, leaves their versions alone and audits each by name", async () => {
    const result = await bulkAssign(userOf(ben), { assigneeId: ana.id, ids: ids.slice(0, 12) }, t.client);
    expect(result).toMatchObject({ ok: true, changed: 12, unchanged: 0, assignee: { id: ana.id } });
    const claims = await t.client.claim.findMany({ where: { id: { in: ids.slice(0, 12) } } });
    expect(claims.every((c) => c.assigneeId === ana.id && c.version === 1)).toBe(true);
    const audit = await t.client.auditEvent.findFirstOrThrow({
      where: { entityType: "claim", entityId: ids[0], action: "assign" },
    });
    expect(audit.actorId).toBe(ben.id);
    expect(JSON.parse(audit.before ?? "")).toMatchObject({ assignee: null, assigneeId: null });
    const anaName = (await t.client.user.findUniqueOrThrow({ where: { id: ana.id } })).name;
    expect(JSON.parse(audit.after ?? "")).toMatchObject({ assignee: anaName, assigneeId: ana.id });
    // An editor who opened a claim before it was assigned still saves its status: no conflict.
    expect(
      await updateClaimStatus({ claimId: ids[0], status: "disputed", version: 1, actorId: ana.id }, t.client),
    ).toEqual({ ok: true, version: 2 });
  });

  it("'My claims': the Assignee filter's me, none and a person, with the assignee on each row", async () => {
    const mine = await listClaims(query({ assignee: "me" }), { userId: ana.id }, t.client);
    expect(mine.total).toBe(12);
    expect(new Set(mine.rows.map((r) => r.assignee?.id))).toEqual(new Set([ana.id]));
    expect(mine.rows[0].assignee?.name).toBe((await t.client.user.findUniqueOrThrow({ where: { id: ana.id } })).name);
    expect((await listClaims(query({ assignee: "me" }), { userId: ben.id }, t.client)).total).toBe(0);
    // Nobody signed in (the CLI): "me" is nobody, never everybody.
    expect((await listClaims(query({ assignee: "me" }), {}, t.client)).total).toBe(0);
    const none = await listClaims(query({ assignee: "none" }), {}, t.client);
    expect(none.total).toBe(8);
    expect(none.rows.every((r) => r.assignee === null)).toBe(true);
    expect((await listClaims(query({ assignee: `none,${ana.id}` }), {}, t.client)).total).toBe(20);
    // With a text search too (SQLite's count-first path must not ignore the assignee).
    expect((await listClaims(query({ assignee: "me", q: "arrested" }), { userId: ana.id }, t.client)).total).toBe(12);
  });

  it("undo puts back the assignee before, keeps claims reassigned since, and names people in the history", async () => {
    const first = await bulkAssign(userOf(ana), { assigneeId: ben.id, ids: ids.slice(10, 16) }, t.client);
    if (!first.ok) throw new Error(first.message);
    expect(first).toMatchObject({ changed: 6, unchanged: 0 });
    // Someone reassigns one of them to Ana after the bulk change.
    await bulkAssign(userOf(ben), { assigneeId: ana.id, ids: [ids[14]] }, t.client);
    const undo = await undoBulkChange(userOf(ana), first.bulkId, t.client);
    expect(undo).toMatchObject({ ok: true, restored: 5, kept: 1, keptIds: [ids[14]] });
    const after = new Map(
      (await t.client.claim.findMany({ where: { id: { in: ids.slice(10, 16) } } })).map((c) => [c.id, c.assigneeId]),
    );
    expect(
      [...after.entries()].map(([id, a]) => [ids.indexOf(id), a]).sort((x, y) => Number(x[0]) - Number(y[0])),
    ).toEqual([
      [10, ana.id],
      [11, ana.id],
      [12, null],
      [13, null],
      [14, ana.id],
      [15, null],
    ]);
    const undone = await t.client.auditEvent.findFirstOrThrow({
      where: { entityType: "claim", entityId: ids[12], action: "assign", after: { contains: "undoOf" } },
    });
    const benName = (await t.client.user.findUniqueOrThrow({ where: { id: ben.id } })).name;
    expect(JSON.parse(undone.before ?? "")).toMatchObject({ assignee: benName, assigneeId: ben.id });
    expect(JSON.parse(undone.after ?? "")).toMatchObject({ assignee: null, assigneeId: null });
    expect(await undoBulkChange(userOf(ana), first.bulkId, t.client)).toMatchObject({ ok: false, code: "conflict" });
    // Status undo still works as before beside it.
    const status = await bulkSetStatus(userOf(ana), { status: "refuted", ids: [ids[19]] }, t.client);
    if (!status.ok) throw new Error(status.message);
    expect(await undoBulkChange(userOf(ana), status.bulkId, t.client)).toMatchObject({ ok: true, restored: 1 });
  });

  it("refuses a reviewer as assignee, an unknown user, and reviewers assigning", async () => {
    for (const assigneeId of [rev.id, "no-such-user"]) {
      expect(await bulkAssign(userOf(ana), { assigneeId, ids: [ids[0]] }, t.client)).toMatchObject({
        ok: false,
        code: "invalid",
        message: "Claims can be assigned to editors and admins only.",
      });
    }
    expect(
      await act(gateOf(rev), "editor", (user) => bulkAssign(user, { assigneeId: ana.id, ids }, t.client)),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await t.client.claim.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ assigneeId: ana.id });
  });

  it("assigns every claim matching the table's filters, 'me' resolved for the actor", async () => {
    const result = await bulkAssign(
      userOf(ana),
      bulkAssignSchema.parse({ assigneeId: ben.id, filter: { assignee: ["me"], q: "arrested" } }),
      t.client,
    );
    const mine = await t.client.claim.count({ where: { assigneeId: ana.id } });
    expect(mine).toBe(0);
    // Ana's 13 (0-11 and 14), not the 7 claims assigned to nobody.
    expect(result).toMatchObject({ ok: true, changed: 13, unchanged: 0 });
    // Hand them back for the tests below.
    await bulkAssign(
      userOf(ben),
      bulkAssignSchema.parse({ assigneeId: ana.id, filter: { assignee: ["me"] } }),
      t.client,
    );
    expect(await t.client.claim.count({ where: { assigneeId: ana.id } })).toBe(result.ok ? result.changed : -1);
  });

  it("REST: POST /api/claims/bulk-assign for editors (403 for reviewers); GET /api/claims?assignee=me", async () => {
    const body = { assigneeId: ana.id, ids: ids.slice(16, 18) };
    expect((await call(assignRoute, "POST", "/api/claims/bulk-assign", { cookie: cookieOf(rev), body })).status).toBe(
      403,
    );
    const res = await call(assignRoute, "POST", "/api/claims/bulk-assign", { cookie: cookieOf(ana), body });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, changed: 2, assignee: { id: ana.id } });
    const bad = await call(assignRoute, "POST", "/api/claims/bulk-assign", {
      cookie: cookieOf(ana),
      body: { assigneeId: rev.id, ids },
    });
    expect(bad.status).toBe(422);
    const expected = await t.client.claim.count({ where: { assigneeId: ana.id } });
    const list = await call(listRoute, "GET", "/api/claims?assignee=me&limit=100", { cookie: cookieOf(ana) });
    const page = (await list.json()) as { items: Array<{ assignee: { id: string } | null }> };
    expect(page.items).toHaveLength(expected);
    expect(page.items.every((r) => r.assignee?.id === ana.id)).toBe(true);
    const none = await call(listRoute, "GET", "/api/claims?assignee=me&limit=100", { cookie: cookieOf(rev) });
    expect(((await none.json()) as { items: unknown[] }).items).toHaveLength(0);
  });

  it("exports the assignee (JSON, CSV) and filters the export by 'me' for the caller", async () => {
    const expected = await t.client.claim.count({ where: { assigneeId: ana.id } });
    expect(expected).toBe(15); // of 20: the filter has something to leave out
    const anaName = (await t.client.user.findUniqueOrThrow({ where: { id: ana.id } })).name;
    const res = await call(exportRoute, "GET", "/api/export?format=json&assignee=me", { cookie: cookieOf(ana) });
    const rows = (await res.json()) as Array<{ assignee: { id: string; name: string } | null }>;
    expect(rows).toHaveLength(expected);
    expect(rows.every((r) => r.assignee?.id === ana.id && r.assignee.name === anaName)).toBe(true);
    // CSV: the table's own read (stream-csv.ts) and the record path write the same assignee column.
    const target = resolveDatabase(t.url);
    const viaSql = await collect(toCsv(streamClaimRows(query({ sort: "position" }), { target })));
    const header = viaSql
      .split("\r\n")[0]
      .replace(/^\uFEFF/, "")
      .split(",");
    expect(header).toContain("assignee");
    expect(viaSql.split(anaName).length - 1).toBeGreaterThanOrEqual(expected);
  });

  it("bulk comment: one thread per claim for reviewers, audited; undo deletes the ones nobody answered or edited", async () => {
    const some = ids.slice(0, 5);
    /** As bulkCommentAction runs it: the reviewer role, the input parsed by the write's schema. */
    const comment = (gate: Gate, raw: unknown) =>
      actOn(gate, { role: "reviewer", input: bulkCommentSchema }, raw, (user, input) =>
        bulkComment(user, input, t.client),
      );
    expect(await comment(gateOf(rev, "researcher"), { body: "x", ids: some })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await comment(gateOf(rev), { body: "   ", ids: some })).toMatchObject({ code: "invalid" });
    const posted = await comment(gateOf(rev), { body: "Check against the ministry's list", ids: some });
    if (!posted.ok) throw new Error(posted.message);
    expect(posted.commented).toBe(5);
    const threads = await t.client.comment.findMany({ where: { body: "Check against the ministry's list" } });
    expect(new Set(threads.map((c) => c.claimId))).toEqual(new Set(some));
    expect(threads.every((c) => c.authorId === rev.id && c.parentId === null)).toBe(true);
    expect(
      await t.client.auditEvent.count({ where: { entityType: "comment", entityId: { in: threads.map((c) => c.id) } } }),
    ).toBe(5);
    // By filter, "me" for the actor: Ana's claims.
    const byFilter = await comment(gateOf(ana), { body: "Mine to check", filter: { assignee: ["me"] } });
    expect(byFilter).toMatchObject({
      ok: true,
      commented: await t.client.claim.count({ where: { assigneeId: ana.id } }),
    });
    // Someone answers one thread; undo keeps it.
    const answered = threads.find((c) => c.claimId === some[2]);
    await addComment(userOf(ana), { parentId: answered?.id, body: "Done: it matches." }, t.client);
    expect(await undoBulkComment(userOf(ana, "editor"), posted.bulkId, t.client)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await undoBulkComment(userOf(rev), posted.bulkId, t.client)).toMatchObject({
      ok: true,
      removed: 4,
      kept: 1,
    });
    const left = await t.client.comment.findMany({
      where: { body: "Check against the ministry's list", deletedAt: null },
    });
    expect(left.map((c) => c.claimId)).toEqual([some[2]]);
    expect(await undoBulkComment(userOf(rev), posted.bulkId, t.client)).toMatchObject({ ok: false, code: "conflict" });
  });

  it("saved views: per user, canonical, replace by name, delete own only, bounded", async () => {
    /** As saveViewAction runs it: any signed-in user, the input parsed by the write's schema. */
    const save = (user: TestUser, raw: unknown) =>
      actOn(gateOf(user), { role: "researcher", input: saveViewSchema }, raw, (actor, input) => saveView(actor, input));
    const saved = await save(rev, { name: "  Disputed   tolls ", query: "page=3&status=disputed&junk=1" });
    expect(saved).toMatchObject({
      ok: true,
      replaced: false,
      view: { name: "Disputed tolls", query: "status=disputed" },
    });
    const replaced = await save(rev, {
      name: "Disputed tolls",
      query: "status=disputed,refuted&sort=value",
    });
    expect(replaced).toMatchObject({ ok: true, replaced: true });
    expect(await listSavedViews(rev.id, t.client)).toEqual([
      { id: expect.any(String), name: "Disputed tolls", query: "sort=value&status=disputed%2Crefuted" },
    ]);
    expect(await listSavedViews(ana.id, t.client)).toEqual([]);
    expect(await save(rev, { name: "   ", query: "" })).toMatchObject({ ok: false, code: "invalid" });
    const id = saved.ok ? saved.view.id : "";
    expect(await deleteView(userOf(ana), id, t.client)).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteView(userOf(rev), id, t.client)).toEqual({ ok: true });
    for (let i = 0; i < SAVED_VIEW_LIMIT; i++) await save(ana, { name: `View ${i}`, query: "" });
    expect(await save(ana, { name: "One more", query: "" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/delete one/),
    });
    expect(canonicalQuery("assignee=me&pageSize=25&hide=position")).toBe("pageSize=25&assignee=me&hide=position");
  });
});

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
