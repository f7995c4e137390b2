import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { auditLog, claimAuditHistory } from "@/lib/audit/record";
import { gate } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { setUserRole } from "@/lib/auth/users";
import { editClaim } from "@/lib/claims/edit";
import { listThreads, unresolvedCounts } from "@/lib/comments/data";
import { addComment, deleteComment, editComment, resolveThread } from "@/lib/comments/mutations";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { addEvidence, addEvidenceSchema, removeEvidence, removeEvidenceSchema } from "@/lib/evidence/mutations";
import { act, actOn, actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

type Who = Role | "anonymous";
const everyone: Who[] = ["anonymous", "researcher", "reviewer", "editor", "admin"];
const atLeast = (min: Role) => (who: Who) => who !== "anonymous" && everyone.indexOf(who) >= everyone.indexOf(min);

describe.each(databaseLegs())("editorial writes by role on %s", (leg) => {
  let t: TestDatabase;
  const users = {} as Record<Role, TestUser>;
  const ids = { claim: "", other: "", source: "", otherSource: "" };
  const previousUrl = process.env.DATABASE_URL;
  const gateOf = async (who: Who) => gate(who === "anonymous" ? new Headers() : users[who].headers, "researcher");

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    for (const role of ["researcher", "reviewer", "editor", "admin"] as Role[])
      users[role] = await signedInUser(db(), role);
    const id = newId();
    const { text, extraction } = makeExtraction(id, [
      { sentence: "Over 800 fighters crossed.", source: "Monitors", quantity: { text: "800 fighters", value: 800 } },
      { sentence: "At least 38 people died.", source: "Officials", quantity: { text: "38 people", value: 38 } },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    const claims = await t.client.claim.findMany({ orderBy: { position: "asc" } });
    ids.claim = claims[0].id;
    ids.other = claims[1].id;
    ids.source = claims[0].sourceId;
    ids.otherSource = claims[1].sourceId;
  }, 120_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const expected = (ok: boolean, who: Who) => (ok ? "ok" : who === "anonymous" ? "unauthenticated" : "forbidden");
  const code = (r: { ok: boolean; code?: string }) => (r.ok ? "ok" : r.code);

  it.each(everyone)("comments on a claim and on a source as %s (reviewer and up)", async (who) => {
    const g = await gateOf(who);
    const allowed = atLeast("reviewer")(who);
    const before = await t.client.comment.count();
    expect(
      code(await act(g, "reviewer", (user) => addComment(user, { claimId: ids.claim, body: `by ${who}` }, t.client))),
    ).toBe(expected(allowed, who));
    expect(
      code(await act(g, "reviewer", (user) => addComment(user, { sourceId: ids.source, body: `by ${who}` }, t.client))),
    ).toBe(expected(allowed, who));
    expect(await t.client.comment.count()).toBe(before + (allowed ? 2 : 0));
  });

  it.each(everyone)("evidence as %s (editor and up)", async (who) => {
    const g = await gateOf(who);
    const allowed = atLeast("editor")(who);
    const added = await actOn(
      g,
      { role: "editor", input: addEvidenceSchema },
      { claimId: ids.claim, url: "https://example.org/report", stance: "contradicts", note: who },
      (user, input) => addEvidence(user, input, t.client),
    );
    expect(code(added)).toBe(expected(allowed, who));
    const seed = await addEvidence(
      await actorOf(gateOf("editor")),
      addEvidenceSchema.parse({ claimId: ids.claim, targetClaimId: ids.other, stance: "context" }),
      t.client,
    );
    expect(seed.ok).toBe(true);
    const removed = await actOn(
      g,
      { role: "editor", input: removeEvidenceSchema },
      { evidenceId: seed.ok ? seed.id : "" },
      (user, input) => removeEvidence(user, input, t.client),
    );
    expect(code(removed)).toBe(expected(allowed, who));
  });

  it.each(everyone)("claim correction as %s (editor and up)", async (who) => {
    const g = await gateOf(who);
    const allowed = atLeast("editor")(who);
    const current = await t.client.claim.findUniqueOrThrow({ where: { id: ids.claim } });
    const result = await act(g, "editor", (user) =>
      editClaim(
        user,
        {
          claimId: ids.claim,
          version: current.version,
          value: current.sortValue === 800 ? 850 : 800,
        },
        t.client,
      ),
    );
    expect(code(result)).toBe(expected(allowed, who));
    const after = await t.client.claim.findUniqueOrThrow({ where: { id: ids.claim } });
    expect(after.version).toBe(current.version + (allowed ? 1 : 0));
  });

  it.each(everyone)("role changes as %s (admin only)", async (who) => {
    // setUserRole is the write behind the admin-only action; the action's gate is requireRole("admin").
    const g = await gate(who === "anonymous" ? new Headers() : users[who].headers, "admin");
    expect(g.ok).toBe(who === "admin");
    if (g.ok)
      expect((await setUserRole({ userId: users.researcher.id, role: "researcher" }, g.user.id, t.client)).ok).toBe(
        true,
      );
  });

  it("invalid evidence is refused: a javascript: link, two targets at once", async () => {
    const g = await gateOf("editor");
    /** As addEvidenceAction runs it: the editor role, the input parsed by the write's schema. */
    const add = (raw: unknown) =>
      actOn(g, { role: "editor", input: addEvidenceSchema }, raw, (user, input) => addEvidence(user, input, t.client));
    expect(code(await add({ claimId: ids.claim, url: "javascript:alert(1)", stance: "supports" }))).toBe("invalid");
    expect(
      code(await add({ claimId: ids.claim, url: "https://a.org", sourceId: ids.source, stance: "supports" })),
    ).toBe("invalid");
  });

  it("threads: reply, edit own only, delete shows as deleted with the text kept in history, resolve and reopen", async () => {
    const reviewer = await gateOf("reviewer");
    const editor = await gateOf("editor");
    const root = await addComment(
      await actorOf(reviewer),
      {
        sourceId: ids.otherSource,
        body: "Is this <img src=x onerror=alert(1)> outlet state-run?",
      },
      t.client,
    );
    if (!root.ok) throw new Error(root.message);
    const reply = await addComment(
      await actorOf(editor),
      { parentId: root.id, body: "Yes, see https://example.org" },
      t.client,
    );
    if (!reply.ok) throw new Error(reply.message);
    const nested = await addComment(await actorOf(reviewer), { parentId: reply.id, body: "Thanks" }, t.client);
    expect(nested.ok).toBe(true);
    expect(code(await editComment(await actorOf(editor), { commentId: root.id, body: "hijacked" }, t.client))).toBe(
      "forbidden",
    );
    expect(
      code(
        await editComment(await actorOf(reviewer), { commentId: root.id, body: "Is this outlet state-run?" }, t.client),
      ),
    ).toBe("ok");
    expect(code(await deleteComment(await actorOf(reviewer), { commentId: reply.id }, t.client))).toBe("forbidden");
    expect(code(await deleteComment(await actorOf(editor), { commentId: reply.id }, t.client))).toBe("ok");

    let [thread] = await listThreads({ sourceId: ids.otherSource }, t.client);
    expect(thread.body).toBe("Is this outlet state-run?");
    expect(thread.editedAt).not.toBeNull();
    expect(thread.replies.map((r) => [r.deleted, r.body])).toEqual([
      [true, null],
      [false, "Thanks"],
    ]);
    expect((await unresolvedCounts("sourceId", [ids.otherSource], t.client)).get(ids.otherSource)).toBe(1);

    expect(code(await resolveThread(await actorOf(editor), { commentId: reply.id, resolved: true }, t.client))).toBe(
      "ok",
    );
    [thread] = await listThreads({ sourceId: ids.otherSource }, t.client);
    expect(thread.resolved).toBe(true);
    expect((await unresolvedCounts("sourceId", [ids.otherSource], t.client)).get(ids.otherSource)).toBeUndefined();
    expect(code(await resolveThread(await actorOf(reviewer), { commentId: root.id, resolved: false }, t.client))).toBe(
      "ok",
    );
    expect((await unresolvedCounts("sourceId", [ids.otherSource], t.client)).get(ids.otherSource)).toBe(1);

    const log = await auditLog({ actorId: users.editor.id }, t.client);
    const deletion = log.find((e) => e.entityId === reply.id && e.action === "delete");
    expect(deletion?.before).toEqual({ body: "Yes, see https://example.org" });
    expect(log.some((e) => e.entityId === root.id && e.action === "resolve")).toBe(true);
  });

  it("two editors correcting the same claim at once: one conflict, nothing lost, original value in history", async () => {
    const a = await gateOf("editor");
    const b = await gateOf("admin");
    const current = await t.client.claim.findUniqueOrThrow({ where: { id: ids.other } });
    const [ra, rb] = await Promise.all([
      editClaim(await actorOf(a), { claimId: ids.other, version: current.version, value: 40 }, t.client),
      editClaim(await actorOf(b), { claimId: ids.other, version: current.version, sourceId: ids.source }, t.client),
    ]);
    expect([code(ra), code(rb)].sort()).toEqual(["conflict", "ok"]);
    const after = await t.client.claim.findUniqueOrThrow({ where: { id: ids.other }, include: { quantities: true } });
    expect(after.version).toBe(current.version + 1);
    if (ra.ok) expect(after.quantities[0].value).toBe(40);
    else expect(after.sourceId).toBe(ids.source);
    const history = await claimAuditHistory(ids.other, t.client);
    const edit = history.find((e) => e.entityType === "claim" && e.action === "edit");
    expect(edit?.actor?.id).toBe(ra.ok ? users.editor.id : users.admin.id);
    expect(edit?.before).toMatchObject(ra.ok ? { value: 38 } : { sourceId: ids.otherSource });
  });

  it("a claim's history lists status, evidence, comment and edit events with their authors; the log filters by date", async () => {
    const history = await claimAuditHistory(ids.claim, t.client);
    const kinds = new Set(history.map((e) => `${e.entityType}:${e.action}`));
    for (const k of ["comment:comment", "evidence:add", "claim:edit", "quantity:edit", "claim:evidence-removed"]) {
      expect(kinds).toContain(k);
    }
    expect(history.every((e) => e.actor !== null)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await auditLog({ from: today, to: today }, t.client)).length).toBeGreaterThan(0);
    expect(await auditLog({ from: "2000-01-01", to: "2000-01-02" }, t.client)).toEqual([]);
  });
});
