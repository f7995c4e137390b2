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
  type EventProfile,
} from "@/lib/compare/events.ts";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { newId } from "@/lib/db/ids";
import { profileOffThread } from "@/lib/workers/extract-pool";
import { LOOKUP_NAMES, nearTime, readStoredCandidates } from "./candidates.ts";

export interface AssignResult {
  eventId: string;
  created: boolean;
  /** Candidate events compared. */
  candidates: number;
}

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
 * profile depends on its document alone —, the stored events near any of them read in two or three queries, then
 * each document meets its candidate events in turn in memory, so a later one sees the events the earlier ones
 * started or joined; each event the batch touched is written once at the end.
 *
 * @example
 * await db().$transaction((tx) => assignEventsInTx(tx, batchIds)) // one AssignResult per id, in order
 */
export async function assignEventsInTx(
  tx: Tx,
  documentIds: string[],
  given: ReadonlyMap<string, DocumentProfile> = new Map(),
): Promise<AssignResult[]> {
  const rows = await tx.document.findMany({
    where: { id: { in: documentIds } },
    select: { id: true, title: true, publishedAt: true, eventId: true, datedFrom: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const docs = documentIds.map((id) => {
    const doc = byId.get(id);
    if (!doc) throw new Error(`No document ${id}`);
    return doc;
  });
  // A profile computed beforehand is used when it was computed from what is stored: the same title and, for a dated
  // document, the same time (an undated one's is checked once its dateline is read below); the texts of the others
  // are read.
  const usable = new Map<string, DocumentProfile>();
  for (const doc of docs) {
    const profile = given.get(doc.id);
    if (doc.eventId !== null || profile === undefined || profile.title !== doc.title) continue;
    if (doc.publishedAt === null ? doc.datedFrom === null : profile.time === doc.publishedAt.getTime()) {
      usable.set(doc.id, profile);
    }
  }
  const needText = docs.filter((d) => d.eventId === null && (!usable.has(d.id) || d.publishedAt === null));
  const texts = new Map(
    needText.length === 0
      ? []
      : (
          await tx.document.findMany({
            where: { id: { in: needText.map((d) => d.id) } },
            select: { id: true, text: true },
          })
        ).map((r) => [r.id, r.text]),
  );
  // Publication times from datelines (the events are not read here, so the order of these writes does not matter).
  const times = new Map<string, Date | null>();
  for (const doc of docs) {
    let publishedAt = doc.publishedAt;
    const text = texts.get(doc.id);
    if (publishedAt === null && doc.datedFrom === null && text !== undefined) {
      const dated = datelineDate(text);
      if (dated !== null) {
        publishedAt = new Date(dated);
        await tx.document.update({ where: { id: doc.id }, data: { publishedAt, datedFrom: "dateline" } });
      }
    }
    times.set(doc.id, publishedAt);
  }
  const profiles = await Promise.all(
    docs.map((doc) => {
      if (doc.eventId !== null) return null;
      const profile = usable.get(doc.id);
      if (profile !== undefined && profile.time === (times.get(doc.id)?.getTime() ?? null)) return profile;
      return profileOffThread({
        id: doc.id,
        text: texts.get(doc.id) ?? "",
        title: doc.title,
        publishedAt: times.get(doc.id)?.toISOString() ?? null,
      });
    }),
  );
  const stored = await readStoredCandidates(
    tx,
    profiles.filter((p): p is DocumentProfile => p !== null),
  );
  const batch = new TouchedEvents();
  const results: AssignResult[] = [];
  for (const [i, doc] of docs.entries()) {
    const profile = profiles[i];
    if (doc.eventId !== null || profile === null) {
      results.push({ eventId: doc.eventId as string, created: false, candidates: 0 });
      continue;
    }
    const candidates = [
      ...(await stored.candidatesFor(tx, profile)).filter((e) => !batch.has(e.id)),
      ...batch.matching(profile),
    ];
    const chosen = chooseEvent(profile, candidates);
    const eventId = chosen ?? newId();
    const current = chosen === null ? null : (candidates.find((c) => c.id === chosen) as EventProfile);
    batch.add(addToEvent(current, eventId, profile), profile, doc.id, chosen === null);
    results.push({ eventId, created: chosen === null, candidates: candidates.length });
  }
  await batch.write(tx);
  return results;
}

/** The events a batch started or joined, as they stand after its documents so far; written once by `write`. */
class TouchedEvents {
  private readonly events = new Map<string, { profile: EventProfile; first: DocumentProfile; created: boolean }>();
  private readonly members = new Map<string, string[]>();

  has(id: string): boolean {
    return this.events.has(id);
  }

  /** The touched events a document's candidate queries would find, were they already written. */
  matching(profile: DocumentProfile): EventProfile[] {
    const names = profile.names.slice(0, LOOKUP_NAMES);
    const time = profile.time;
    return [...this.events.values()]
      .map((e) => e.profile)
      .filter((e) => (time !== null && nearTime(e, time)) || names.some((n) => e.names[n] !== undefined));
  }

  add(event: EventProfile, doc: DocumentProfile, documentId: string, created: boolean): void {
    const before = this.events.get(event.id);
    this.events.set(event.id, { profile: event, first: before?.first ?? doc, created: before?.created ?? created });
    const members = this.members.get(event.id);
    if (members) members.push(documentId);
    else this.members.set(event.id, [documentId]);
  }

  /** New events in one insert, each joined event updated once, their names synced, the documents pointed at them. */
  async write(tx: Tx): Promise<void> {
    if (this.events.size === 0) return;
    const all = [...this.events.values()];
    const created = all.filter((e) => e.created);
    if (created.length > 0) {
      await tx.event.createMany({
        data: created.map(({ profile, first }) => ({
          id: profile.id,
          title: first.title,
          place: first.place,
          ...eventColumns(profile),
        })),
      });
    }
    for (const { profile } of all.filter((e) => !e.created)) {
      await tx.event.update({ where: { id: profile.id }, data: eventColumns(profile) });
    }
    await syncNames(
      tx,
      all.map(({ profile }) => ({ eventId: profile.id, names: Object.keys(profile.names) })),
    );
    // Every document of the batch pointed at its event in one statement (a CASE over ids, both databases).
    const placed = [...this.members].flatMap(([eventId, ids]) => ids.map((id) => ({ id, eventId })));
    for (let i = 0; i < placed.length; i += 1_000) {
      const chunk = placed.slice(i, i + 1_000);
      await tx.$executeRaw`UPDATE "Document" SET "eventId" = CASE "id" ${Prisma.join(
        chunk.map((p) => Prisma.sql`WHEN ${p.id} THEN ${p.eventId}`),
        " ",
      )} END WHERE "id" IN (${Prisma.join(chunk.map((p) => p.id))})`;
    }
  }
}

function eventColumns(event: EventProfile) {
  return {
    profile: JSON.stringify({ terms: event.terms, names: event.names }),
    startAt: event.start === null ? null : new Date(event.start),
    endAt: event.end === null ? null : new Date(event.end),
    documentCount: event.documents,
  };
}

/** Makes each event's EventName rows its names: one read for all, one insert for all, a delete per event that lost some. */
async function syncNames(tx: Tx, events: Array<{ eventId: string; names: string[] }>): Promise<void> {
  const stored = new Map<string, Set<string>>();
  const rows = await tx.eventName.findMany({
    where: { eventId: { in: events.map((e) => e.eventId) } },
    select: { eventId: true, name: true },
  });
  for (const r of rows) stored.set(r.eventId, (stored.get(r.eventId) ?? new Set()).add(r.name));
  const added: Array<{ eventId: string; name: string }> = [];
  for (const { eventId, names } of events) {
    const had = stored.get(eventId) ?? new Set<string>();
    const wanted = new Set(names);
    const gone = [...had].filter((n) => !wanted.has(n));
    if (gone.length > 0) await tx.eventName.deleteMany({ where: { eventId, name: { in: gone } } });
    for (const name of names) if (!had.has(name)) added.push({ eventId, name });
  }
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
  await tx.event.update({ where: { id: eventId }, data: eventColumns(done) });
  await syncNames(tx, [{ eventId, names: Object.keys(done.names) }]);
  return true;
}
