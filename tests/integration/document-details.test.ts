/**
 * Editors set a document's title, outlet and publication time (issue 11, item 3): audited, with the version they
 * read, and a new time places the document in its event again and regroups its figures — the evening report of the
 * fire re-dated a month later leaves the fire's event and its rising-toll group, and comes back when the date is put
 * back. Over REST too (PATCH /api/documents/{id}): 409 on a stale version, 403 below editor, 422 on a date that does
 * not exist. Two editors saving the same document at once: one wins, the other is told.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchDocument } from "@/app/api/documents/[id]/route";
import { gate } from "@/lib/auth/require";
import { editDocumentMeta } from "@/lib/documents/edit";
import { ingestDocument } from "@/lib/documents/mutations";
import { call, expectError } from "./api-rest-client";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/events", name), "utf8");
const MORNING = "2026-03-04T06:00:00.000Z";
const EVENING = "2026-03-04T18:00:00.000Z";

describe.each(databaseLegs())("editing a document's details on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let reviewer: TestUser;
  const id = { morning: "", evening: "" };
  const previous = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(t.client, "editor");
    reviewer = await signedInUser(t.client, "reviewer");
    id.morning = (
      await ingestDocument(
        {
          title: "Fire kills at least 12",
          outlet: "Morning Ledger",
          publishedAt: MORNING,
          text: fixture("fire-morning.txt"),
        },
        t.client,
      )
    ).documentId;
    id.evening = (
      await ingestDocument(
        {
          title: "Toll rises",
          outlet: "Evening Post",
          publishedAt: EVENING,
          text: fixture("fire-evening.txt"),
        },
        t.client,
      )
    ).documentId;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previous;
    await t.drop();
  });

  const as = (user: TestUser) => gate(user.headers, "researcher", t.client);
  const doc = (docId: string) =>
    t.client.document.findUniqueOrThrow({
      where: { id: docId },
      select: { title: true, outlet: true, publishedAt: true, version: true, eventId: true, datedFrom: true },
    });
  /** The documents sharing a cross-document group with the morning report's 12. */
  async function tollPartners(): Promise<string[]> {
    const twelve = await t.client.quantity.findFirstOrThrow({ where: { documentId: id.morning, value: 12 } });
    const group = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId: null, members: { some: { quantityId: twelve.id } } },
      select: { verdict: true, members: { select: { quantity: { select: { documentId: true } } } } },
    });
    return [...new Set(group.members.map((m) => m.quantity.documentId))].sort();
  }

  it("starts with both reports in one event and one rising-toll group", async () => {
    expect((await doc(id.evening)).eventId).toBe((await doc(id.morning)).eventId);
    expect(await tollPartners()).toEqual([id.morning, id.evening].sort());
  });

  it("a title and outlet edit is saved, versioned and audited; the outlet regroups (explanations name it), a title alone not", async () => {
    const result = await editDocumentMeta(
      await actorOf(as(editor)),
      id.evening,
      { title: "Ashulia toll rises to 17", outlet: "Evening Post (web)", publishedAt: EVENING, version: 1 },
      t.client,
    );
    expect(result).toEqual({ ok: true, version: 2, regrouped: true });
    const after = await doc(id.evening);
    expect(after).toMatchObject({ title: "Ashulia toll rises to 17", outlet: "Evening Post (web)", version: 2 });
    const audit = await t.client.auditEvent.findFirstOrThrow({
      where: { entityType: "document", entityId: id.evening, action: "edit-details" },
    });
    expect(audit.actorId).toBe(editor.id);
    expect(JSON.parse(audit.before as string)).toMatchObject({ title: "Toll rises", outlet: "Evening Post" });
    expect(JSON.parse(audit.after as string)).toMatchObject({ title: "Ashulia toll rises to 17", version: 2 });
    const titleOnly = await editDocumentMeta(
      await actorOf(as(editor)),
      id.evening,
      { title: "Ashulia fire: toll rises to 17", outlet: "Evening Post (web)", publishedAt: EVENING, version: 2 },
      t.client,
    );
    expect(titleOnly).toEqual({ ok: true, version: 3, regrouped: false });
  });

  it("re-dated a month later, the evening report leaves the fire's event and its toll group; put back, it returns", async () => {
    const later = await editDocumentMeta(
      await actorOf(as(editor)),
      id.evening,
      {
        title: "Ashulia fire: toll rises to 17",
        outlet: "Evening Post (web)",
        publishedAt: "2026-04-10T18:00Z",
        version: 3,
      },
      t.client,
    );
    expect(later).toEqual({ ok: true, version: 4, regrouped: true });
    const moved = await doc(id.evening);
    expect(moved.publishedAt?.toISOString()).toBe("2026-04-10T18:00:00.000Z");
    expect(moved.datedFrom).toBe("editor");
    expect(moved.eventId).not.toBe((await doc(id.morning)).eventId);
    expect(await tollPartners()).toEqual([id.morning]);
    const back = await editDocumentMeta(
      await actorOf(as(editor)),
      id.evening,
      { title: "Ashulia fire: toll rises to 17", outlet: "Evening Post (web)", publishedAt: EVENING, version: 4 },
      t.client,
    );
    expect(back).toMatchObject({ ok: true, version: 5 });
    expect((await doc(id.evening)).eventId).toBe((await doc(id.morning)).eventId);
    expect(await tollPartners()).toEqual([id.morning, id.evening].sort());
  });

  it("over REST: PATCH saves; a stale version is 409, a reviewer 403, a date that does not exist 422", async () => {
    const cookie = editor.headers.get("cookie") ?? "";
    const path = `/api/documents/${id.morning}`;
    const body = { title: "Fire kills at least 12", outlet: null, publishedAt: MORNING, version: 1 };
    const ok = await call(patchDocument, "PATCH", path, { cookie, params: { id: id.morning }, body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, version: 2, regrouped: true });
    expect((await doc(id.morning)).outlet).toBeNull();
    await expectError(
      await call(patchDocument, "PATCH", path, { cookie, params: { id: id.morning }, body }),
      409,
      "conflict",
    );
    const asReviewer = { cookie: reviewer.headers.get("cookie") ?? "", params: { id: id.morning } };
    await expectError(
      await call(patchDocument, "PATCH", path, { ...asReviewer, body: { ...body, version: 2 } }),
      403,
      "forbidden",
    );
    await expectError(
      await call(patchDocument, "PATCH", path, {
        cookie,
        params: { id: id.morning },
        body: { ...body, publishedAt: "2026-02-30", version: 2 },
      }),
      422,
      "invalid",
    );
    await expectError(
      await call(patchDocument, "PATCH", "/api/documents/nope", { cookie, params: { id: "nope" }, body }),
      404,
      "not_found",
    );
    expect((await doc(id.morning)).version).toBe(2);
  });

  it("two editors saving the same version at once: one is saved, the other told, nothing lost silently", async () => {
    const { version } = await doc(id.morning);
    const [a, b] = await Promise.all(
      ["Headline A", "Headline B"].map(async (title) =>
        editDocumentMeta(
          await actorOf(as(editor)),
          id.morning,
          { title, outlet: null, publishedAt: MORNING, version },
          t.client,
        ),
      ),
    );
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, code: "conflict" });
    const winner = results[0].ok ? "Headline A" : "Headline B";
    expect(await doc(id.morning)).toMatchObject({ title: winner, version: version + 1 });
  });
});
