/**
 * The stored events a new document may join (server-only), for event assignment (assign.ts): those whose
 * publication span is near its time (Event startAt/endAt indexes) and those sharing one of its names (EventName
 * index), read in bounded numbers, each as the matcher's profile.
 */
import { type DocumentProfile, EVENT_WINDOW_MS, type EventProfile } from "@/lib/compare/events.ts";
import type { Tx } from "@/lib/db/client";

/** Bounds on candidate events read per document. */
const TIME_CANDIDATES = 400;
const NAME_CANDIDATES = 200;
export const LOOKUP_NAMES = 12;
/** Bounds on a batch's reads of the same (past them, its documents' candidates are read one by one). */
const BATCH_TIME_CANDIDATES = 5_000;
const BATCH_NAME_HITS = 20_000;

const eventSelect = { id: true, profile: true, startAt: true, endAt: true, documentCount: true } as const;
type EventRow = { id: string; profile: string; startAt: Date | null; endAt: Date | null; documentCount: number };

/**
 * The stored events a batch's documents may join: those whose span is near any of their times and those sharing
 * one of their names, read at once. Where a batch read reaches its bound (an archive whose batch spans years), the
 * documents' candidates are read one by one instead, as a single document's are.
 */
export async function readStoredCandidates(
  tx: Tx,
  profiles: DocumentProfile[],
): Promise<{ candidatesFor: (tx: Tx, profile: DocumentProfile) => Promise<EventProfile[]> }> {
  const rows = new Map<string, EventProfile>();
  const dated = profiles.map((p) => p.time).filter((t): t is number => t !== null);
  let near: EventProfile[] | null = [];
  if (dated.length > 0) {
    const found = await tx.event.findMany({
      where: {
        startAt: { lte: new Date(Math.max(...dated) + EVENT_WINDOW_MS) },
        endAt: { gte: new Date(Math.min(...dated) - EVENT_WINDOW_MS) },
      },
      select: eventSelect,
      take: BATCH_TIME_CANDIDATES,
    });
    near = found.length === BATCH_TIME_CANDIDATES ? null : found.map(toProfile);
    for (const e of near ?? []) rows.set(e.id, e);
  }
  const names = [...new Set(profiles.flatMap((p) => p.names.slice(0, LOOKUP_NAMES)))];
  let named: Map<string, string[]> | null = new Map();
  if (names.length > 0) {
    const hits = await tx.eventName.findMany({
      where: { name: { in: names } },
      select: { eventId: true, name: true },
      take: BATCH_NAME_HITS,
    });
    if (hits.length === BATCH_NAME_HITS) named = null;
    else {
      for (const h of hits) {
        const ids = named.get(h.name);
        if (ids) ids.push(h.eventId);
        else named.set(h.name, [h.eventId]);
      }
      const missing = [...new Set(hits.map((h) => h.eventId))].filter((id) => !rows.has(id));
      for (let i = 0; i < missing.length; i += 500) {
        const found = await tx.event.findMany({
          where: { id: { in: missing.slice(i, i + 500) } },
          select: eventSelect,
        });
        for (const r of found) rows.set(r.id, toProfile(r));
      }
    }
  }
  return {
    async candidatesFor(tx: Tx, profile: DocumentProfile): Promise<EventProfile[]> {
      if (near === null || named === null) return (await candidateEvents(tx, profile)).map(toProfile);
      const byId = new Map<string, EventProfile>();
      const time = profile.time;
      if (time !== null) {
        const inWindow = near.filter((e) => nearTime(e, time)).sort((a, b) => (b.end ?? 0) - (a.end ?? 0));
        for (const e of inWindow.slice(0, TIME_CANDIDATES)) byId.set(e.id, e);
      }
      const ids = new Set<string>();
      for (const name of profile.names.slice(0, LOOKUP_NAMES)) {
        for (const id of named.get(name) ?? []) if (!byId.has(id)) ids.add(id);
      }
      for (const id of [...ids].slice(0, NAME_CANDIDATES)) byId.set(id, rows.get(id) as EventProfile);
      return [...byId.values()];
    },
  };
}

/** The candidate-event time test of the Event startAt/endAt query, on a profile. */
export function nearTime(event: EventProfile, time: number): boolean {
  return (
    event.start !== null &&
    event.end !== null &&
    event.start <= time + EVENT_WINDOW_MS &&
    event.end >= time - EVENT_WINDOW_MS
  );
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
