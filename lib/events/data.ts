/**
 * Reads of events (server-only): the /events list and one event's page — its documents, its cross-document groups and
 * the toll tracker (lib/compare/tracker.ts: each casualty concept as figure x source x publication time).
 */
import "server-only";
import { cache } from "react";
import { type TrackerSeries, tollTracker } from "@/lib/compare/tracker.ts";
import { type Db, db } from "@/lib/db/client";
import { literalContains } from "@/lib/db/literal-contains";
import { loadItems } from "@/lib/groups/items";

export interface EventSummary {
  id: string;
  title: string;
  place: string | null;
  startAt: string | null;
  endAt: string | null;
  documentCount: number;
}

/** Bound on the list: the newest events first (by the end of their span, undated last). */
const LIST_LIMIT = 200;

/**
 * The newest events, optionally those whose title or place contains `q`.
 * @example const events = await listEvents(db()); events[0].title
 */
export async function listEvents(q = "", database: Db = db()): Promise<EventSummary[]> {
  const text = q.trim();
  const rows = await database.event.findMany({
    where: text ? await literalContains("Event", ["title", "place"], text, database) : {},
    orderBy: [{ endAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, title: true, place: true, startAt: true, endAt: true, documentCount: true },
  });
  return rows.map(summary);
}

function summary(r: {
  id: string;
  title: string;
  place: string | null;
  startAt: Date | null;
  endAt: Date | null;
  documentCount: number;
}): EventSummary {
  return {
    id: r.id,
    title: r.title,
    place: r.place,
    startAt: r.startAt?.toISOString() ?? null,
    endAt: r.endAt?.toISOString() ?? null,
    documentCount: r.documentCount,
  };
}

export interface EventDocumentRow {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** "dateline" when the time was read from the text; null when given. */
  datedFrom: string | null;
  pinned: boolean;
}

export interface EventGroupRow {
  id: string;
  concept: string;
  verdict: string;
  decision: string | null;
  explanation: string;
  size: number;
}

export interface EventView extends EventSummary {
  documents: EventDocumentRow[];
  groups: EventGroupRow[];
  tracker: Array<TrackerSeries & { outlets: Record<string, string | null> }>;
}

/**
 * One event with its documents (oldest first), its cross-document groups of two or more figures (worst first) and
 * its toll tracker.
 * @example const event = await getEvent(id); event?.tracker[0].concept // "dead"
 */
export async function getEvent(id: string, database: Db = db()): Promise<EventView | null> {
  const event = await database.event.findUnique({
    where: { id },
    select: { id: true, title: true, place: true, startAt: true, endAt: true, documentCount: true },
  });
  if (!event) return null;
  const docs = await database.document.findMany({
    where: { eventId: id },
    select: { id: true, title: true, outlet: true, publishedAt: true, datedFrom: true, eventPinned: true },
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  const ids = docs.map((d) => d.id);
  const items = await database.$transaction((tx) => loadItems(tx, { documentId: { in: ids } }));
  const outletOf = Object.fromEntries(docs.map((d) => [d.id, d.outlet ?? d.title]));
  const groups = await database.quantityGroup.findMany({
    where: { documentId: null, key: { contains: `|e:${id}` } },
    select: {
      id: true,
      concept: true,
      verdict: true,
      decision: true,
      explanation: true,
      _count: { select: { members: true } },
    },
  });
  const rank: Record<string, number> = { conflict: 3, developing: 2, soft: 1, none: 0 };
  return {
    ...summary(event),
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      outlet: d.outlet,
      publishedAt: d.publishedAt?.toISOString() ?? null,
      datedFrom: d.datedFrom,
      pinned: d.eventPinned,
    })),
    groups: groups
      .filter((g) => g._count.members > 1)
      .map((g) => ({
        id: g.id,
        concept: g.concept,
        verdict: g.verdict,
        decision: g.decision,
        explanation: g.explanation,
        size: g._count.members,
      }))
      .sort((a, b) => (rank[b.verdict] ?? 0) - (rank[a.verdict] ?? 0) || b.size - a.size || a.id.localeCompare(b.id)),
    tracker: tollTracker(items).map((s) => ({ ...s, outlets: outletOf })),
  };
}

/**
 * The other events an editor may move a document to or merge with: those near this one in time, newest first.
 * @example const choices = await eventChoices(id)
 */
export async function eventChoices(id: string, database: Db = db()): Promise<EventSummary[]> {
  const rows = await database.event.findMany({
    where: { id: { not: id } },
    orderBy: [{ endAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 100,
    select: { id: true, title: true, place: true, startAt: true, endAt: true, documentCount: true },
  });
  return rows.map(summary);
}

/** getEvent on the app's database, once per request (metadata and body share it). */
export const eventForPage = cache((id: string) => getEvent(id));

/** listEvents on the app's database. */
export function eventsForPage(q = ""): Promise<EventSummary[]> {
  return listEvents(q);
}

/** eventChoices on the app's database. */
export function eventChoicesForPage(id: string): Promise<EventSummary[]> {
  return eventChoices(id);
}
