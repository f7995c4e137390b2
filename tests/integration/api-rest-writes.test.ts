import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as reopen } from "@/app/api/comments/[id]/reopen/route";
import { POST as resolve } from "@/app/api/comments/[id]/resolve/route";
import { DELETE as deleteComment, PATCH as patchComment } from "@/app/api/comments/[id]/route";
import { GET as listComments, POST as postComment } from "@/app/api/comments/route";
import { POST as decide } from "@/app/api/groups/[id]/decision/route";
import { GET as listGroups } from "@/app/api/groups/route";
import { commentSchema, threadSchema } from "@/lib/api/endpoints/comments";
import { groupSchema } from "@/lib/api/endpoints/groups";
import { createApiToken } from "@/lib/auth/tokens-store";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { call, expectError, walk } from "./api-rest-client";
import { signedInUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const cookieOf = async (role: "researcher" | "reviewer" | "editor") =>
  (await signedInUser(db(), role)).headers.get("cookie") ?? "";

describe.each(databaseLegs())("REST writes (comments, group decisions) on %s", (leg) => {
  let t: TestDatabase;
  const cookies = { researcher: "", reviewer: "", other: "", editor: "" };
  let claimId = "";
  let sourceId = "";
  let groupId = "";
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    const id = newId();
    const group = { name: "fighters", verdict: "conflict" as const };
    const { text, extraction } = makeExtraction(id, [
      {
        sentence: "Over 800 fighters crossed, sources said.",
        source: "Independent sources",
        quantity: { text: "Over 800 fighters", value: 800, modifier: "moreThan", unit: "fighter" },
        group,
      },
      {
        sentence: "Some 1,200 fighters crossed, police said.",
        source: "Police",
        kind: "official",
        quantity: { text: "1,200 fighters", value: 1200, unit: "fighter" },
        group,
      },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text), title: "Crossing" }, extraction);
    claimId = (await t.client.claim.findFirstOrThrow()).id;
    sourceId = (await t.client.source.findFirstOrThrow({ where: { name: "Police" } })).id;
    groupId = (await t.client.quantityGroup.findFirstOrThrow({ where: { verdict: "conflict" } })).id;
    cookies.researcher = await cookieOf("researcher");
    cookies.reviewer = await cookieOf("reviewer");
    cookies.other = await cookieOf("reviewer");
    cookies.editor = await cookieOf("editor");
  });
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const post = (body: unknown, cookie = cookies.reviewer) =>
    call(postComment, "POST", "/api/comments", { cookie, body });
  const audits = (entityId: string, action: string) =>
    t.client.auditEvent.count({ where: { entityType: "comment", entityId, action } });

  describe("comments", () => {
    it("refuses a write without a session (401), from a researcher (403), and empty text (422)", async () => {
      await expectError(await post({ claimId, body: "hi" }, ""), 401, "unauthenticated");
      await expectError(await post({ claimId, body: "hi" }, cookies.researcher), 403, "forbidden");
      await expectError(await post({ claimId, body: "   " }), 422, "invalid");
      await expectError(await post({ claimId, body: "x".repeat(10_001) }), 422, "invalid");
      await expectError(await post({ claimId, sourceId, body: "both" }), 422, "invalid");
      await expectError(await post({ claimId: "gone", body: "hi" }), 404, "not_found");
      expect(await t.client.comment.count()).toBe(0);
    });

    it("adds a thread (201, audited) and a reply that joins the thread", async () => {
      const res = await post({ claimId, body: "  Which police force?  " });
      expect(res.status).toBe(201);
      const comment = commentSchema.parse(await res.json());
      expect(comment).toMatchObject({ claimId, sourceId: null, parentId: null, body: "Which police force?" });
      expect(await audits(comment.id, "comment")).toBe(1);
      const reply = commentSchema.parse(
        await (await post({ parentId: comment.id, body: "The border police." })).json(),
      );
      const nested = commentSchema.parse(
        await (await post({ parentId: reply.id, body: "Confirmed." }, cookies.other)).json(),
      );
      expect([reply.parentId, nested.parentId, nested.claimId]).toEqual([comment.id, comment.id, claimId]);
      expect(await audits(reply.id, "reply")).toBe(1);
    });

    it("walks the threads oldest first, each once with its replies", async () => {
      for (let i = 0; i < 4; i++) expect((await post({ claimId, body: `thread ${i}` })).status).toBe(201);
      await post({ sourceId, body: "On the source, not the claim" });
      const { items, pages } = await walk<{ id: string; replies: unknown[] }>(
        listComments,
        `/api/comments?claimId=${claimId}`,
        2,
        cookies.researcher,
      );
      const roots = await t.client.comment.findMany({
        where: { claimId, parentId: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      expect(pages).toBe(3);
      expect(items.map((i) => i.id)).toEqual(roots.map((r) => r.id));
      const [first] = items.map((i) => threadSchema.parse(i));
      expect(first.replies.map((r) => r.body)).toEqual(["The border police.", "Confirmed."]);
      const onSource = await walk<{ body: string }>(
        listComments,
        `/api/comments?sourceId=${sourceId}`,
        5,
        cookies.researcher,
      );
      expect(onSource.items.map((i) => i.body)).toEqual(["On the source, not the claim"]);
    });

    it("refuses a list without exactly one target, and bad cursors or limits", async () => {
      const get = (q: string) => call(listComments, "GET", `/api/comments?${q}`, { cookie: cookies.researcher });
      await expectError(await get(""), 422, "invalid");
      await expectError(await get(`claimId=${claimId}&sourceId=${sourceId}`), 422, "invalid");
      await expectError(await get(`claimId=${claimId}&cursor=garbage`), 422, "invalid_cursor");
      await expectError(await get(`claimId=${claimId}&limit=0`), 422, "invalid");
      await expectError(await get(`claimId=${claimId}&limit=501`), 422, "invalid");
    });

    it("edits and deletes only one's own comment, resolves and reopens a thread, all audited", async () => {
      const mine = commentSchema.parse(await (await post({ claimId, body: "typo hre" })).json());
      const as = (cookie: string, body?: unknown) => ({ cookie, params: { id: mine.id }, body });
      const path = `/api/comments/${mine.id}`;
      await expectError(
        await call(patchComment, "PATCH", path, as(cookies.other, { body: "mine now" })),
        403,
        "forbidden",
      );
      await expectError(await call(patchComment, "PATCH", path, as(cookies.reviewer, { body: "" })), 422, "invalid");
      const edited = await call(patchComment, "PATCH", path, as(cookies.reviewer, { body: "typo here" }));
      expect(edited.status).toBe(200);
      expect(commentSchema.parse(await edited.json())).toMatchObject({
        body: "typo here",
        editedAt: expect.any(String),
      });
      expect(await audits(mine.id, "edit")).toBe(1);

      const resolved = await call(resolve, "POST", `${path}/resolve`, as(cookies.other));
      expect(commentSchema.parse(await resolved.json()).resolved).toBe(true);
      const reopened = await call(reopen, "POST", `${path}/reopen`, as(cookies.other));
      expect(commentSchema.parse(await reopened.json()).resolved).toBe(false);
      expect([await audits(mine.id, "resolve"), await audits(mine.id, "reopen")]).toEqual([1, 1]);

      await expectError(await call(deleteComment, "DELETE", path, as(cookies.other)), 403, "forbidden");
      await expectError(await call(deleteComment, "DELETE", path, as(cookies.researcher)), 403, "forbidden");
      const deleted = await call(deleteComment, "DELETE", path, as(cookies.reviewer));
      expect(deleted.status).toBe(204);
      expect(await audits(mine.id, "delete")).toBe(1);
      await expectError(await call(deleteComment, "DELETE", path, as(cookies.reviewer)), 404, "not_found");
      await expectError(
        await call(patchComment, "PATCH", path, as(cookies.reviewer, { body: "again" })),
        404,
        "not_found",
      );
      // Issue 14, finding 10: a deleted comment takes no replies (it used to, and the reply hung under "deleted").
      const before = await t.client.comment.count();
      const replied = await post({ parentId: mine.id, body: "replying to a deleted comment" });
      await expectError(replied, 404, "not_found");
      expect(await t.client.comment.count()).toBe(before);
      const threads = await walk<{ id: string; body: string | null; deleted: boolean }>(
        listComments,
        `/api/comments?claimId=${claimId}`,
        50,
        cookies.researcher,
      );
      expect(threads.items.find((c) => c.id === mine.id)).toMatchObject({ body: null, deleted: true });
    });
  });

  it("accepts a reviewer's API token in place of the cookie, acting as that reviewer", async () => {
    const reviewer = await signedInUser(db(), "reviewer");
    const { token } = await createApiToken(reviewer.id, { name: "script" });
    const res = await call(postComment, "POST", "/api/comments", { token, body: { sourceId, body: "From a script" } });
    expect(res.status).toBe(201);
    expect(commentSchema.parse(await res.json())).toMatchObject({ authorId: reviewer.id, sourceId });
    const list = await call(listComments, "GET", `/api/comments?sourceId=${sourceId}`, { token });
    expect(list.status).toBe(200);
  });

  describe("group decision", () => {
    const decideAs = (cookie: string, body: unknown, id = groupId) =>
      call(decide, "POST", `/api/groups/${id}/decision`, { cookie, params: { id }, body });

    it("lets an editor confirm or dismiss a flag (audited), and no one below", async () => {
      await expectError(await decideAs("", { decision: "dismissed" }), 401, "unauthenticated");
      await expectError(await decideAs(cookies.reviewer, { decision: "dismissed" }), 403, "forbidden");
      await expectError(await decideAs(cookies.editor, { decision: "maybe" }), 422, "invalid");
      await expectError(await decideAs(cookies.editor, { decision: "confirmed" }, "gone"), 404, "not_found");
      const res = await decideAs(cookies.editor, { decision: "dismissed" });
      expect(res.status).toBe(200);
      expect(groupSchema.parse(await res.json())).toMatchObject({ id: groupId, decision: "dismissed" });
      const audit = await t.client.auditEvent.findFirstOrThrow({
        where: { entityType: "quantityGroup", entityId: groupId, action: "decision" },
      });
      expect(JSON.parse(audit.after ?? "{}")).toEqual({ decision: "dismissed" });
      const dismissed = await walk<{ id: string }>(listGroups, "/api/groups?decision=dismissed", 5, cookies.researcher);
      expect(dismissed.items.map((g) => g.id)).toEqual([groupId]);
    });
  });
});
