/**
 * Incremental event assignment (server-only): a new document is compared only with its candidate events — those whose
 * publication span is near its time (Event startAt/endAt indexes) and those sharing one of its names (EventName
 * index) — with the pure matcher of lib/compare/events.ts, then joins the best one or starts a new event. The cost
 * does not grow with the database: a bounded number of candidate rows, each a small JSON profile.
 */
import {
  addToEvent,
  chooseEvent,
  type DocumentProfile,
  datelineDate,
  EVENT_WINDOW_MS,
  type EventProfile,
} from "@/lib/compare/events.ts";
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { profileOffThread } from "@/lib/workers/extract-pool";

/** Bounds on candidate events read per document. */
const TIME_CANDIDATES = 400;
const NAME_CANDIDATES = 200;
const LOOKUP_NAMES = 12;

export interface AssignResult {
  eventId: string;
  created: boolean;
  /** Candidate events compared. */
  candidates: number;
}

const eventSelect = { id: true, profile: true, startAt: true, endAt: true, documentCount: true } as const;
type EventRow = { id: string; profile: string; startAt: Date | null; endAt: Date | null; documentCount: number };

/**
 * Gives the document its publication time from the dateline when none was given, then its event: kept when it has
 * one (an editor's placement, or an earlier assignment: re-extraction does not move documents), else the best
 * candidate's, else a new event.
 *
 * @example
 * await db().$transaction((tx) => assignEventInTx(tx, documentId)) // { eventId, created: false, candidates: 3 }
 */
export async function assignEventInTx(tx: Tx, documentId: string): Promise<AssignResult> {
  const [result] = await assignEventsInTx(tx, [documentId]);
  return result;
}

/**
 * assignEventInTx for a batch of documents, with the same result as one after another in the order given: the
 * documents are read in one query and their profiles (the CPU part, on the worker pool) computed all at once — a
 * profile depends on its document alone — then each document meets its candidate events in turn, so a later one
 * sees the events the earlier ones started or joined.
 *
 * @example
 * await db().$transaction((tx) => assignEventsInTx(tx, batchIds)) // one AssignResult per id, in order
 */
export async function assignEventsInTx(tx: Tx, documentIds: string[]): Promise<AssignResult[]> {
  const rows = await tx.document.findMany({
    where: { id: { in: documentIds } },
    select: { id: true, title: true, text: true, publishedAt: true, eventId: true, datedFrom: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const docs = documentIds.map((id) => {
    const doc = byId.get(id);
    if (!doc) throw new Error(`No document ${id}`);
    return doc;
  });
  // Publication times from datelines (the events are not read here, so the order of these writes does not matter).
  const times = new Map<string, Date | null>();
  for (const doc of docs) {
    let publishedAt = doc.publishedAt;
    if (publishedAt === null && doc.datedFrom === null) {
      const dated = datelineDate(doc.text);
      if (dated !== null) {
        publishedAt = new Date(dated);
        await tx.document.update({ where: { id: doc.id }, data: { publishedAt, datedFrom: "dateline" } });
      }
    }
    times.set(doc.id, publishedAt);
  }
  const profiles = await Promise.all(
    docs.map((doc) =>
      doc.eventId !== null
        ? null
        : profileOffThread({
            id: doc.id,
            text: doc.text,
            title: doc.title,
            publishedAt: times.get(doc.id)?.toISOString() ?? null,
          }),
    ),
  );
  const results: AssignResult[] = [];
  for (const [i, doc] of docs.entries()) {
    const profile = profiles[i];
    results.push(
      doc.eventId !== null || profile === null
        ? { eventId: doc.eventId as string, created: false, candidates: 0 }
        : await placeDocument(tx, doc.id, profile),
    );
  }
  return results;
}

/** Compares a document with its candidate events and joins the best one, or starts a new event. */
async function placeDocument(tx: Tx, documentId: string, profile: DocumentProfile): Promise<AssignResult> {
  const doc = { id: documentId };
  const rows = await candidateEvents(tx, profile);
  const candidates = rows.map(toProfile);
  const chosen = chooseEvent(profile, candidates);
  if (chosen === null) {
    const eventId = newId();
    await writeEvent(tx, addToEvent(null, eventId, profile), profile, true);
    await tx.document.update({ where: { id: doc.id }, data: { eventId } });
    return { eventId, created: true, candidates: candidates.length };
  }
  const current = candidates.find((c) => c.id === chosen) as EventProfile;
  await writeEvent(tx, addToEvent(current, chosen, profile), profile, false);
  await tx.document.update({ where: { id: doc.id }, data: { eventId: chosen } });
  return { eventId: chosen, created: false, candidates: candidates.length };
}

async function candidateEvents(tx: Tx, profile: DocumentProfile): Promise<EventRow[]> {
  const byId = new Map<string, EventRow>();
  if (profile.time !== null) {
    const rows = await tx.event.findMany({
      where: {
        startAt: { lte: new Date(profile.time + EVENT_WINDOW_MS) },
        endAt: { gte: new Date(profile.time - EVENT_WINDOW_MS) },
      },
      select: eventSelect,
      orderBy: { endAt: "desc" },
      take: TIME_CANDIDATES,
    });
    for (const r of rows) byId.set(r.id, r);
  }
  const names = profile.names.slice(0, LOOKUP_NAMES);
  if (names.length > 0) {
    const hits = await tx.eventName.findMany({
      where: { name: { in: names } },
      select: { eventId: true },
      take: NAME_CANDIDATES * 4,
    });
    const ids = [...new Set(hits.map((h) => h.eventId))].filter((id) => !byId.has(id)).slice(0, NAME_CANDIDATES);
    if (ids.length > 0) {
      for (const r of await tx.event.findMany({ where: { id: { in: ids } }, select: eventSelect })) byId.set(r.id, r);
    }
  }
  return [...byId.values()];
}

function toProfile(row: EventRow): EventProfile {
  const stored = JSON.parse(row.profile) as Partial<Pick<EventProfile, "terms" | "names">>;
  return {
    id: row.id,
    terms: stored.terms ?? {},
    names: stored.names ?? {},
    start: row.startAt?.getTime() ?? null,
    end: row.endAt?.getTime() ?? null,
    documents: row.documentCount,
  };
}

/** Writes an event's profile, span and count (creating it, titled after its first document), and its names. */
async function writeEvent(tx: Tx, event: EventProfile, first: DocumentProfile, create: boolean): Promise<void> {
  const data = {
    profile: JSON.stringify({ terms: event.terms, names: event.names }),
    startAt: event.start === null ? null : new Date(event.start),
    endAt: event.end === null ? null : new Date(event.end),
    documentCount: event.documents,
  };
  if (create) {
    await tx.event.create({ data: { id: event.id, title: first.title, place: first.place, ...data } });
  } else {
    await tx.event.update({ where: { id: event.id }, data });
  }
  await syncNames(tx, event.id, Object.keys(event.names));
}

async function syncNames(tx: Tx, eventId: string, names: string[]): Promise<void> {
  const stored = new Set(
    (await tx.eventName.findMany({ where: { eventId }, select: { name: true } })).map((n) => n.name),
  );
  const wanted = new Set(names);
  const gone = [...stored].filter((n) => !wanted.has(n));
  if (gone.length > 0) await tx.eventName.deleteMany({ where: { eventId, name: { in: gone } } });
  const added = names.filter((n) => !stored.has(n)).map((name) => ({ eventId, name }));
  if (added.length > 0) await tx.eventName.createMany({ data: added });
}

/**
 * Rebuilds an event's profile, span and count from its documents (after an editor moved documents in or out);
 * deletes it when no document is left. Returns false when deleted.
 *
 * @example await rebuildEvent(tx, eventId)
 */
export async function rebuildEvent(tx: Tx, eventId: string): Promise<boolean> {
  const docs = await tx.document.findMany({
    where: { eventId },
    select: { id: true, title: true, text: true, publishedAt: true },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
  });
  if (docs.length === 0) {
    await tx.event.delete({ where: { id: eventId } });
    return false;
  }
  let event: EventProfile | null = null;
  for (const d of docs) {
    event = addToEvent(
      event,
      eventId,
      await profileOffThread({
        id: d.id,
        text: d.text,
        title: d.title,
        publishedAt: d.publishedAt?.toISOString() ?? null,
      }),
    );
  }
  const done = event as EventProfile;
  await tx.event.update({
    where: { id: eventId },
    data: {
      profile: JSON.stringify({ terms: done.terms, names: done.names }),
      startAt: done.start === null ? null : new Date(done.start),
      endAt: done.end === null ? null : new Date(done.end),
      documentCount: done.documents,
    },
  });
  await syncNames(tx, eventId, Object.keys(done.names));
  return true;
}
