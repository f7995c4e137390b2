/**
 * Documents -> events (what happened, where, when). Pure: the app assigns one document at a time against the few
 * candidate events its publication time and names select (lib/events/assign.ts); `claimtrack compare`, the dev report
 * and tests cluster many documents with clusterEvents, which runs the very same decision document by document.
 *
 * A document joins the most similar candidate event when
 * - its publication time falls inside the event's span widened by EVENT_WINDOW_MS (an undated side is compatible),
 * - and the texts are alike: a cosine of log-weighted content-word vectors of at least JOIN_WITH_NAMES together with a
 *   shared name (a place, person or organisation written as a proper name), or at least JOIN_WITHOUT_NAMES alone,
 * - and, once the event has COHESION_MIN_DOCUMENTS documents, the document is nearly as close to them as they are to
 *   each other (JOIN_COHESION, see coheres): a report of another incident of the same kind shares the kind's words and
 *   a name or two, but not what the event's own reports repeat to each other — above all their figures, which weigh
 *   FIGURE_WEIGHT times a word in the vector.
 * Hand-written on purpose (docs/decisions/015-event-clustering.md): no corpus-wide IDF table, so a document's event
 * does not depend on what was ingested before it beyond its candidates, and a shared proper name stands in for IDF.
 */
import { MONTHS } from "@/lib/extract/lexicon/quantities.ts";

/** How far outside an event's time span a report may be published and still belong to it. */
export const EVENT_WINDOW_MS = 4 * 24 * 3600 * 1000;
/** Cosine needed with at least one shared name (same place or actor, same kind of story). */
export const JOIN_WITH_NAMES = 0.2;
/** Cosine needed without any shared name: a copy or a close rewrite. */
export const JOIN_WITHOUT_NAMES = 0.5;
/** From this many documents on, an event's centroid says how alike its own reports are (coheres). */
export const COHESION_MIN_DOCUMENTS = 4;
/**
 * The share of the event's own mean pairwise cosine a document's dot product with the centroid must reach (0.7 before
 * FIGURE_WEIGHT: figures make an event's own reports closer to each other, so the same share asks more of a report).
 */
export const JOIN_COHESION = 0.65;
/**
 * How much more a figure written in digits ("31-24", "2,301", "95", "2012", "4:08") weighs in a document's term vector
 * than a word written as often. Reports of one incident repeat its figures (the score, the toll, the sum, the age, the
 * date), while a report of another incident of the same kind shares the kind's words and a name or two but not its
 * figures: a figure is a rare term almost by construction, so it stands in for an IDF weight as a shared proper name
 * does, with no corpus table. General rather than read from one topic: it holds for any kind of incident whose reports
 * give figures, and a text without figures keeps the vector it had. Chosen with JOIN_COHESION on the tuned clusters
 * only (docs/dev-report-conflicts.md, eighteenth session).
 */
export const FIGURE_WEIGHT = 2.5;
/** Terms and names kept in an event's profile (the centroid is truncated so rows stay small). */
const PROFILE_TERMS = 80;
const PROFILE_NAMES = 30;

export interface EventDocument {
  id: string;
  text: string;
  title?: string | null;
  /** ISO publication time, or null when undated. */
  publishedAt: string | null;
}

/** What a document says about its event: content-word weights, proper names, where and when. */
export interface DocumentProfile {
  /** Unit-length vector of log-weighted content words. */
  terms: Record<string, number>;
  /** Lower-cased proper names ("dhaka", "enam medical college hospital"), most frequent first. */
  names: string[];
  /** The dateline's place, else the most frequent name; null when none. */
  place: string | null;
  time: number | null;
  title: string;
}

/** An event as the matcher sees it: the centroid of its documents and the span of their times. */
export interface EventProfile {
  id: string;
  terms: Record<string, number>;
  /** name -> how many documents mention it. */
  names: Record<string, number>;
  start: number | null;
  end: number | null;
  documents: number;
}

const STOPWORDS = new Set(
  (
    "the and for that with from this have has had was were are been being its it's not but they them their there " +
    "said says say told also would will could should may might can about after before into over under more most " +
    "than then when where which who whom whose what while other some such only own same very just one two three " +
    "four five six seven eight nine ten his her him she he you your our out off again further once here all any both " +
    "each few many much per via did does doing done upon because until against between through during above below " +
    "those these how why now new according including people year years day days week weeks month months time " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning evening night " +
    "today yesterday tomorrow news report reported reports reporting official officials"
  ).split(" "),
);
/** Capitalised words that are not names: sentence furniture, titles, calendar words. */
const NOT_NAMES = new Set(
  (
    "the a an i it he she we they this that these those his her their its our in on at of for to by from with and or " +
    "but mr mrs ms dr gen col lt sgt st monday tuesday wednesday thursday friday saturday sunday january february " +
    "march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct " +
    "nov dec police officials official president minister authorities government"
  ).split(" "),
);

/**
 * Reads a document's profile.
 * @example profileOf({ id: "a", text: "DHAKA, Jan 13 — A fire in Ashulia killed 12.", publishedAt: null }).place // "dhaka"
 */
export function profileOf(doc: EventDocument): DocumentProfile {
  const text = doc.text;
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
    // The possessive dropped ("police's" -> "police"); most words end otherwise, and skip the slice.
    const w = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const figures = figuresOf(text);
  let norm = 0;
  for (const n of counts.values()) {
    const weight = 1 + Math.log(n);
    norm += weight * weight;
  }
  for (const n of figures.values()) {
    const weight = FIGURE_WEIGHT * (1 + Math.log(n));
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  const terms: Record<string, number> = {};
  for (const [w, n] of counts) terms[w] = (1 + Math.log(n)) / norm;
  for (const [f, n] of figures) terms[f] = (FIGURE_WEIGHT * (1 + Math.log(n))) / norm;
  const nameCounts = namesOf(text);
  const names = [...nameCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  const time = Date.parse(doc.publishedAt ?? "");
  return {
    terms,
    names,
    place: datelinePlace(text) ?? names[0] ?? null,
    time: Number.isFinite(time) ? time : null,
    title: (doc.title ?? "").trim() || firstLine(text),
  };
}

/**
 * Figures written in digits, at least two characters ("31-24", "2,301", "95"; "$82 million" gives "82"), as "#31-24"
 * terms (no word starts with "#") with how often the text writes each. Digits right after a letter ("MS08", an id in a
 * link) are no figure; a trailing point or comma is punctuation.
 */
function figuresOf(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const figure of text.match(/(?<![\p{L}\d])\d[\d,.:/-]*\d/gu) ?? []) {
    const key = `#${figure}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  return found;
}

/**
 * Proper names: runs of capitalised words ("Enam Medical College Hospital"), possessive dropped. A single capitalised
 * word opening a sentence counts only when the text also capitalises it mid-sentence ("Police said" is not a name);
 * an all-capitals dateline word ("DHAKA,") always counts.
 */
/** The punctuation tokens that end a name, and the last characters a token's cleanup may drop. */
const NAME_BREAKS = new Set([...',;:()"“”—–']);
const TRIMMED_ENDS = new Set(["s", ".", "'", "’"]);

function namesOf(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const midSentence = new Set<string>();
  const initial: string[] = [];
  for (const sentence of text.split(/(?<=[.!?…"”])\s+|\n+/u)) {
    // Punctuation ends a name: "Kermanshah, Lorestan, Ilam" are three.
    const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|[,;:()"“”—–]/gu) ?? [];
    let run: string[] = [];
    let runStart = -1;
    const flush = (end: number) => {
      while (run.length > 0 && NOT_NAMES.has(run[0].toLowerCase())) {
        run.shift();
        runStart++;
      }
      if (run.length > 0) {
        const name = run.join(" ").toLowerCase();
        if (runStart === 0 && run.length === 1 && !/^\p{Lu}{3,}$/u.test(run[0])) initial.push(name);
        else {
          found.set(name, (found.get(name) ?? 0) + 1);
          if (run.length === 1) midSentence.add(name);
        }
      }
      run = [];
      runStart = end;
    };
    tokens.forEach((raw, i) => {
      // The possessive or trailing points dropped; most tokens end in none of these and skip the regex.
      const token = TRIMMED_ENDS.has(raw[raw.length - 1]) ? raw.replace(/['’]s$|[.'’]+$/u, "") : raw;
      if (raw.length === 1 && NAME_BREAKS.has(raw)) {
        flush(i + 1);
        return;
      }
      if (/^\p{Lu}/u.test(token) && !NOT_NAMES.has(token.toLowerCase()) && token.length > 1) {
        if (run.length === 0) runStart = i;
        run.push(token);
      } else if (run.length > 0 && /^(?:of|de|al|el)$/.test(token) && /^\p{Lu}/u.test(tokens[i + 1] ?? "")) {
        run.push(token);
      } else flush(i + 1);
      if (raw.endsWith("'s") || raw.endsWith("’s")) flush(i + 1);
    });
    flush(tokens.length);
  }
  for (const name of initial) if (midSentence.has(name)) found.set(name, (found.get(name) ?? 0) + 1);
  return found;
}

/** "DHAKA, January 13 —", "NAIROBI (Reuters) -": the place a dateline names. */
function datelinePlace(text: string): string | null {
  const m = /^\s*([\p{Lu}][\p{Lu}. '-]{2,40}?)\s*(?:,|\(|—|–|-)/u.exec(text);
  return m ? m[1].trim().toLowerCase() : null;
}

function firstLine(text: string): string {
  const line = text.trim().split("\n", 1)[0].trim();
  return line.length <= 90 ? line : `${line.slice(0, Math.max(line.slice(0, 90).lastIndexOf(" "), 60))}…`;
}

/**
 * How alike a document and an event are, or null when the document's time rules the event out.
 * @example similarity(profileOf(evening), eventOf(morning)) // { cosine: 0.41, sharedNames: 3 }
 */
export function similarity(doc: DocumentProfile, event: EventProfile): { cosine: number; sharedNames: number } | null {
  if (!timeCompatible(doc.time, event)) return null;
  let dot = 0;
  const norm = squaredNorm(event.terms);
  for (const w in doc.terms) {
    const e = event.terms[w];
    if (e !== undefined) dot += doc.terms[w] * e;
  }
  const cosine = norm === 0 ? 0 : dot / Math.sqrt(norm);
  let sharedNames = 0;
  for (const n of doc.names) if (event.names[n] !== undefined) sharedNames++;
  return { cosine, sharedNames };
}

/** An event's terms are compared with every new document of a batch: their norm is computed once per profile object. */
const squaredNorms = new WeakMap<Record<string, number>, number>();
function squaredNorm(terms: Record<string, number>): number {
  let norm = squaredNorms.get(terms);
  if (norm === undefined) {
    norm = 0;
    for (const w in terms) norm += terms[w] * terms[w];
    squaredNorms.set(terms, norm);
  }
  return norm;
}

function timeCompatible(time: number | null, event: EventProfile): boolean {
  if (time === null || event.start === null || event.end === null) return true;
  return time >= event.start - EVENT_WINDOW_MS && time <= event.end + EVENT_WINDOW_MS;
}

/**
 * The candidate event a document belongs to, or null for a new event. Ties go to the higher cosine, then the id.
 * @example chooseEvent(profileOf(evening), [morningEvent, protestEvent]) // morningEvent.id
 */
export function chooseEvent(doc: DocumentProfile, candidates: EventProfile[]): string | null {
  let best: { id: string; cosine: number } | null = null;
  for (const event of candidates) {
    const s = similarity(doc, event);
    if (s === null) continue;
    // An undated document has no time to check: it needs a name in common as well as the text.
    const joins =
      (s.sharedNames > 0 && s.cosine >= JOIN_WITH_NAMES) ||
      (s.cosine >= JOIN_WITHOUT_NAMES && (doc.time !== null || s.sharedNames > 0));
    if (!joins || !coheres(event, s.cosine)) continue;
    if (best === null || s.cosine > best.cosine || (s.cosine === best.cosine && event.id < best.id)) {
      best = { id: event.id, cosine: s.cosine };
    }
  }
  return best?.id ?? null;
}

/**
 * Whether a document is about as close to an event as the event's documents are to each other. The centroid c of n
 * unit vectors has |c|² = (1 + (n − 1) · their mean pairwise cosine) / n, so that mean is (n|c|² − 1) / (n − 1), and a
 * further report of the same incident has a dot product with c near it. On the undated ECB+ dev clusters, where each
 * topic pairs two incidents of one kind (docs/decisions/015-event-clustering.md), reports of the other incident reached
 * a median 0.5-0.8 of it when the two incidents have other actors and places, the event's own reports a median
 * 1.1-1.4; where the two share actors too (a rule and its repeal) both sit near 1 and only time separates them. Small
 * events are exempt: below COHESION_MIN_DOCUMENTS documents the mean rests on one or three pairs. The centroid is
 * truncated (PROFILE_TERMS), which lowers |c|² and so errs towards joining.
 * @example coheres(fourFireReports, similarity(profileOf(otherTownsFire), fourFireReports).cosine) // false
 */
export function coheres(event: EventProfile, cosine: number): boolean {
  const n = event.documents;
  if (n < COHESION_MIN_DOCUMENTS) return true;
  const squared = squaredNorm(event.terms);
  const memberCosine = (n * squared - 1) / (n - 1);
  return memberCosine <= 0 || cosine * Math.sqrt(squared) >= JOIN_COHESION * memberCosine;
}

/**
 * The event profile after a document joins (or a new event's, from `null`): the centroid of its documents' term
 * vectors (truncated to the strongest terms), name document counts and the span of their times.
 * @example addToEvent(null, "e1", profileOf(morning)).documents // 1
 */
export function addToEvent(event: EventProfile | null, id: string, doc: DocumentProfile): EventProfile {
  const n = event?.documents ?? 0;
  const terms: Record<string, number> = {};
  for (const [w, v] of Object.entries(event?.terms ?? {})) terms[w] = (v * n) / (n + 1);
  for (const [w, v] of Object.entries(doc.terms)) terms[w] = (terms[w] ?? 0) + v / (n + 1);
  const names: Record<string, number> = { ...(event?.names ?? {}) };
  for (const name of doc.names.slice(0, PROFILE_NAMES)) names[name] = (names[name] ?? 0) + 1;
  const times = [event?.start, event?.end, doc.time].filter((t): t is number => typeof t === "number");
  return {
    id,
    terms: top(terms, PROFILE_TERMS),
    names: top(names, PROFILE_NAMES),
    start: times.length > 0 ? Math.min(...times) : null,
    end: times.length > 0 ? Math.max(...times) : null,
    documents: n + 1,
  };
}

function top(values: Record<string, number>, keep: number): Record<string, number> {
  const entries = Object.entries(values);
  if (entries.length <= keep) return values;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, keep));
}

/**
 * Clusters documents into events the way the app does when they are ingested one by one in time order (undated
 * last): document id -> event id ("e1", "e2", ... in order of creation).
 * @example clusterEvents([morning, evening, protest]) // Map { morning => "e1", evening => "e1", protest => "e2" }
 */
export function clusterEvents(docs: EventDocument[]): Map<string, string> {
  const profiles = docs.map((d) => ({ doc: d, profile: profileOf(d) }));
  profiles.sort(
    (a, b) =>
      (a.profile.time ?? Number.POSITIVE_INFINITY) - (b.profile.time ?? Number.POSITIVE_INFINITY) ||
      (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0),
  );
  const events: EventProfile[] = [];
  const out = new Map<string, string>();
  for (const { doc, profile } of profiles) {
    const id = chooseEvent(profile, events);
    if (id === null) {
      const created = addToEvent(null, `e${events.length + 1}`, profile);
      events.push(created);
      out.set(doc.id, created.id);
    } else {
      const i = events.findIndex((e) => e.id === id);
      events[i] = addToEvent(events[i], id, profile);
      out.set(doc.id, id);
    }
  }
  return out;
}

/**
 * The date a dateline gives ("DHAKA, January 13, 2026 —", "13 March 2013", "2026-01-13"), as an ISO date at 00:00 UTC,
 * or null. Only the first 200 characters are read, and only a full date with its year counts: without a year there
 * is no date (never the ingest time).
 * @example datelineDate("NAIROBI, January 13, 2026 — At least 12 ...") // "2026-01-13T00:00:00.000Z"
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 200);
  const iso = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(head);
  const mdy =
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/i.exec(head);
  const dmy =
    /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/i.exec(head);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (mdy) parts = [Number(mdy[3]), MONTHS[mdy[1].slice(0, 3).toLowerCase()], Number(mdy[2])];
  else if (dmy) parts = [Number(dmy[3]), MONTHS[dmy[2].slice(0, 3).toLowerCase()], Number(dmy[1])];
  if (parts === null) return null;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString();
}
