/**
 * Editor decisions on events (server-only): move a document to another (or a new) event, merge two events. Both need a
 * reason, are audited through recordAudit, pin the moved documents (Document.eventPinned: automatic assignment and
 * re-extraction leave them where the editor put them) and regroup the moved documents' figures, so cross-document
 * groups follow the event.
 */
import { recordAudit } from "@/lib/audit/record";
import { type Db, db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { lockRegroups, regroupInTx } from "@/lib/groups/mutations";
import { rebuildEvent } from "./assign.ts";

export type EventResult = { ok: true; eventId: string } | { ok: false; code: "not_found" | "invalid"; message: string };

const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

/**
 * Moves one document into `eventId`, or into a new event of its own when `eventId` is null (a split).
 * @example await moveDocumentToEvent({ documentId, eventId: other, reason: "same fire, later report", actorId })
 */
export async function moveDocumentToEvent(
  input: { documentId: string; eventId: string | null; reason: string; actorId: string | null },
  database: Db = db(),
): Promise<EventResult> {
  if (input.reason.trim() === "") return { ok: false, code: "invalid", message: "Give a reason." };
  return database.$transaction(async (tx) => {
    await lockRegroups(tx, database);
    const doc = await tx.document.findUnique({
      where: { id: input.documentId },
      select: { id: true, title: true, eventId: true },
    });
    if (!doc) return { ok: false, code: "not_found", message: "This document no longer exists." };
    if (input.eventId !== null && input.eventId === doc.eventId) {
      return { ok: false, code: "invalid", message: "The document is already in this event." };
    }
    let target = input.eventId;
    if (target === null) {
      target = newId();
      await tx.event.create({ data: { id: target, title: doc.title } });
    } else if (!(await tx.event.findUnique({ where: { id: target }, select: { id: true } }))) {
      return { ok: false, code: "not_found", message: "That event no longer exists." };
    }
    await tx.document.update({ where: { id: doc.id }, data: { eventId: target, eventPinned: true } });
    await rebuildEvent(tx, target);
    if (doc.eventId !== null) await rebuildEvent(tx, doc.eventId);
    await regroupInTx(tx, doc.id);
    await recordAudit(tx, {
      actorId: input.actorId,
      entityType: "document",
      entityId: doc.id,
      action: "move-event",
      before: { eventId: doc.eventId },
      after: { eventId: target, reason: input.reason },
    });
    return { ok: true, eventId: target };
  }, TRANSACTION_OPTIONS);
}

/**
 * Moves every document of `fromId` into `intoId` and deletes `fromId`.
 * @example await mergeEvents({ intoId, fromId, reason: "one fire, two headlines", actorId })
 */
export async function mergeEvents(
  input: { intoId: string; fromId: string; reason: string; actorId: string | null },
  database: Db = db(),
): Promise<EventResult> {
  if (input.intoId === input.fromId) return { ok: false, code: "invalid", message: "Choose another event to merge." };
  if (input.reason.trim() === "") return { ok: false, code: "invalid", message: "Give a reason." };
  return database.$transaction(async (tx) => {
    await lockRegroups(tx, database);
    const events = await tx.event.findMany({
      where: { id: { in: [input.intoId, input.fromId] } },
      select: { id: true },
    });
    if (events.length !== 2) return { ok: false, code: "not_found", message: "One of these events no longer exists." };
    const moved = await tx.document.findMany({ where: { eventId: input.fromId }, select: { id: true } });
    await tx.document.updateMany({
      where: { eventId: input.fromId },
      data: { eventId: input.intoId, eventPinned: true },
    });
    await tx.event.delete({ where: { id: input.fromId } });
    await rebuildEvent(tx, input.intoId);
    for (const d of moved) await regroupInTx(tx, d.id);
    await recordAudit(tx, {
      actorId: input.actorId,
      entityType: "event",
      entityId: input.intoId,
      action: "merge",
      after: { from: input.fromId, documents: moved.map((d) => d.id), reason: input.reason },
    });
    return { ok: true, eventId: input.intoId };
  }, TRANSACTION_OPTIONS);
}
