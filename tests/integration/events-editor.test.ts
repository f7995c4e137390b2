/**
 * Editors move a document between events and merge events (issue 11): audited, kept across re-extraction, and the
 * cross-document groups follow the event. SQLite and PostgreSQL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { getEvent, listEvents } from "@/lib/events/data";
import { mergeEvents, moveDocumentToEvent } from "@/lib/events/mutations";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../fixtures/events/ashulia", name), "utf8");

describe.each(databaseLegs())("editing events on %s", (leg) => {
  let t: TestDatabase;
  let morning: string;
  let evening: string;
  let fireEvent: string;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    const m = {
      title: "Fire",
      outlet: "Morning Wire",
      publishedAt: "2026-01-13T04:30:00Z",
      text: fixture("fire-morning.txt"),
    };
    const e = {
      title: "Toll 17",
      outlet: "Evening Courier",
      publishedAt: "2026-01-13T13:00:00Z",
      text: fixture("fire-evening.txt"),
    };
    morning = (await ingestDocument(m, t.client)).documentId;
    evening = (await ingestDocument(e, t.client)).documentId;
    fireEvent = (await t.client.document.findUniqueOrThrow({ where: { id: morning } })).eventId as string;
  }, 120_000);
  afterAll(async () => t?.drop());

  /** The cross-document group of the morning's "at least 12": its verdict and member documents. */
  async function tollGroup() {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId: morning, text: "At least 12 people" } });
    const g = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId: null, members: { some: { quantityId: q.id } } },
      select: { verdict: true, members: { select: { quantity: { select: { documentId: true } } } } },
    });
    return { verdict: g.verdict, documents: new Set(g.members.map((m) => m.quantity.documentId)) };
  }

  it("the event page's data: span, documents, toll tracker of the dead, the developing group", async () => {
    const event = await getEvent(fireEvent, t.client);
    expect(event?.documents.map((d) => d.id)).toEqual([morning, evening]);
    const dead = event?.tracker.find((s) => s.concept === "dead");
    expect(dead?.points.map((p) => p.figure)).toEqual(["at least 12", "15", "17", "17", "16"]);
    expect(dead?.points.map((p) => p.figure)).not.toContain("over 1,100");
    expect(event?.groups[0]).toMatchObject({ verdict: "developing" });
    expect((await listEvents("", t.client)).map((e) => e.id)).toContain(fireEvent);
  });

  it("moving the evening report out splits the toll group; re-extraction keeps it where the editor put it", async () => {
    const moved = await moveDocumentToEvent(
      {
        documentId: evening,
        eventId: null,
        reason: "checking",
        actorId: null,
      },
      t.client,
    );
    expect(moved.ok).toBe(true);
    const own = moved.ok ? moved.eventId : "";
    expect(own).not.toBe(fireEvent);
    expect((await tollGroup()).documents).toEqual(new Set([morning]));
    await reextractDocument(evening, t.client);
    const doc = await t.client.document.findUniqueOrThrow({ where: { id: evening } });
    expect(doc).toMatchObject({ eventId: own, eventPinned: true });
    expect((await getEvent(fireEvent, t.client))?.documentCount).toBe(1);
    // The document's history: ingest, the editor's move, the system's re-extraction (in that order).
    const audit = await t.client.auditEvent.findMany({
      where: { entityType: "document", entityId: evening },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(audit.map((a) => a.action)).toEqual(["ingest", "move-event", "re-extract"]);
    expect(JSON.parse(audit[1].after ?? "{}")).toMatchObject({ eventId: own, reason: "checking" });
  });

  it("merging the events back makes 12 -> 17 one developing group again, audited", async () => {
    const own = (await t.client.document.findUniqueOrThrow({ where: { id: evening } })).eventId as string;
    const merged = await mergeEvents({ intoId: fireEvent, fromId: own, reason: "same fire", actorId: null }, t.client);
    expect(merged).toEqual({ ok: true, eventId: fireEvent });
    expect(await t.client.event.findUnique({ where: { id: own } })).toBeNull();
    const group = await tollGroup();
    expect(group.verdict).toBe("developing");
    expect(group.documents).toEqual(new Set([morning, evening]));
    const audit = await t.client.auditEvent.findFirstOrThrow({ where: { entityType: "event", entityId: fireEvent } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ from: own, documents: [evening], reason: "same fire" });
    expect(
      await mergeEvents({ intoId: fireEvent, fromId: own, reason: "again", actorId: null }, t.client),
    ).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});
