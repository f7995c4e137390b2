/**
 * The sources of one document: canonical names, kinds, aliases, and the recency order that pronouns, surnames and
 * "these accounts" resolve against. One registry per document; it never outlives an extract() call.
 */
import { BUSINESS_DESCRIPTIONS, GENERIC_REFERENTS, PUBLIC_BODY_WORDS } from "../lexicon/attribution.ts";
import {
  KNOWN_ORGANIZATIONS,
  KNOWN_OUTLETS,
  ORG_WORDS,
  OUTLET_WORDS,
  SOURCE_NOUNS,
  TIME_NAMES,
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { Source, SourceKind, SourceScope } from "../schema.ts";
import type { SentenceSegment } from "../tokens/segment.ts";
import { quotedMask } from "./quotes.ts";

const NO_QUOTES: readonly boolean[] = [];

/** Prepositions after which a capitalized name is a place ("in Santa Rosa", "near Cedar Rapids"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "around"]);

/** Outlet words that name a newspaper even alone: "the Journal said", "the Times reported". */
const NEWSPAPER_WORDS = new Set([
  "times",
  "journal",
  "post",
  "guardian",
  "telegraph",
  "herald",
  "tribune",
  "gazette",
  "chronicle",
  "inquirer",
  "examiner",
]);

/** What the document asserts on its own account is attributed to this one stable source (one per document). */
export const DOCUMENT_SOURCE = {
  name: "the document",
  kind: "unattributed",
  affiliation: null,
  scope: "document",
} as const;

export interface SourceRef {
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  /** "document": a description ("Police", "the fire service"), stored per document; "global": a name (ADR 019). */
  scope: SourceScope;
}

interface SourceEntry extends SourceRef {
  key: string;
  words: string[];
  aliases: Set<string>;
}

export interface SourceRegistry {
  entries: Map<string, SourceEntry>;
  /** Surname (lower case) -> full personal name seen anywhere in the document ("feig" -> "Paul Feig"). */
  names: Map<string, string>;
  /** Personal names in document order with the offset where each mention ends, for pronouns with no named source. */
  mentions: Array<{ end: number; name: string }>;
  /** Entries in order of their latest mention, most recent last. */
  recent: SourceEntry[];
  /** Organization names in document order ("Bangladesh Garment ... Association"), for "the association said". */
  orgs: Array<{ end: number; name: string; words: string[] }>;
}

/**
 * A fresh, empty registry for one document.
 * @example const registry = createSourceRegistry();
 */
export function createSourceRegistry(): SourceRegistry {
  return { entries: new Map(), recent: [], names: new Map(), mentions: [], orgs: [] };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
}

/**
 * Decides the kind of a proper name from its words, a title in front of it and the phrase it came from.
 * @example classifyName(["Fox", "News"], null, false) // "outlet"
 * @example classifyName(["Lisa", "Daftari"], "person", false) // "person"
 */
export function classifyName(words: string[], title: SourceKind | null, news: boolean): SourceKind {
  const lower = words.map((w) => w.toLowerCase());
  const full = lower.join(" ");
  if (KNOWN_OUTLETS.has(full) || KNOWN_OUTLETS.has(full.replace(/^the /, ""))) return "outlet";
  if (KNOWN_ORGANIZATIONS.has(full.replace(/^the /, ""))) return "organization";
  const last = lower[lower.length - 1];
  if ((words.length > 1 && OUTLET_WORDS.has(last)) || NEWSPAPER_WORDS.has(last)) return "outlet";
  if (lower.some((w) => ORG_WORDS.has(w))) return "organization";
  if (words.some((w) => /^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$/.test(w))) return news ? "outlet" : "organization";
  if (news) return "outlet";
  if (title) return title;
  // "T-Mobile" (read as "T" "Mobile"): a first word of one bare capital is a brand's, a person's initial has its stop.
  if (/^\p{Lu}$/u.test(words[0])) return "organization";
  return words.length >= 2 ? "person" : "organization";
}

/**
 * Adds (or finds) a source and marks it as the most recently mentioned.
 * @example registerSource(registry, { name: "Lisa Daftari", kind: "person", affiliation: null, scope: "global" }, "Expert Lisa Daftari")
 */
export function registerSource(registry: SourceRegistry, ref: SourceRef, alias?: string): SourceRef {
  const key = normalize(ref.name);
  let entry = registry.entries.get(key);
  if (!entry) {
    entry = { ...ref, key, words: key.split(" "), aliases: new Set() };
    registry.entries.set(key, entry);
  } else {
    if (entry.affiliation === null && ref.affiliation !== null) entry.affiliation = ref.affiliation;
    // A name read once as a proper name is one ("Police" as a description and as a name: the name).
    if (ref.scope === "global") entry.scope = "global";
  }
  if (alias && normalize(alias) !== key) entry.aliases.add(alias.trim());
  touch(registry, entry);
  return refOf(entry);
}

function refOf(entry: SourceEntry): SourceRef {
  return { name: entry.name, kind: entry.kind, affiliation: entry.affiliation, scope: entry.scope };
}

function touch(registry: SourceRegistry, entry: SourceEntry): void {
  const at = registry.recent.indexOf(entry);
  if (at >= 0) registry.recent.splice(at, 1);
  registry.recent.push(entry);
}

/**
 * Resolves a partial name ("Daftari", "Ben Taleblu") to a person named in full earlier in the document.
 * @example findByPartialName(registry, ["Daftari"]) // the "Lisa Daftari" entry, or null
 */
export function findByPartialName(registry: SourceRegistry, words: string[]): SourceRef | null {
  const wanted = words.map((w) => w.toLowerCase());
  for (let i = registry.recent.length - 1; i >= 0; i--) {
    const entry = registry.recent[i];
    if (entry.kind !== "person" && entry.kind !== "official") continue;
    if (entry.words.length <= wanted.length) continue;
    if (endsWith(entry.words, wanted)) return use(registry, entry, words.join(" "));
  }
  return null;
}

function endsWith(words: string[], tail: string[]): boolean {
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

function use(registry: SourceRegistry, entry: SourceEntry, alias: string): SourceRef {
  if (alias) entry.aliases.add(alias);
  touch(registry, entry);
  return refOf(entry);
}

/** "Police", "Officials", "Health ministry" are no "he"; "Jane Doe" and "Spokesman for the ministry" can be. */
function canBeHeOrShe(words: string[]): boolean {
  const head = words.find((w) => SOURCE_NOUNS.has(w));
  return head === undefined || TITLES.has(head);
}

/**
 * The person a "he" or "she" refers to: the most recent person or official not already referred to by the other
 * pronoun ("She claimed" after "Park Dietz ... he testified" skips Dietz).
 * @example findPerson(registry, "She") // the "Lisa Daftari" entry, or null
 */
export function findPerson(registry: SourceRegistry, pronoun: string): SourceRef | null {
  const other = pronoun.toLowerCase() === "he" ? "she" : "he";
  for (let i = registry.recent.length - 1; i >= 0; i--) {
    const entry = registry.recent[i];
    if (entry.kind !== "person" && entry.kind !== "official") continue;
    if (entry.name === "Unnamed speaker" || !canBeHeOrShe(entry.words)) continue;
    if ([...entry.aliases].some((a) => a.toLowerCase() === other)) continue;
    return use(registry, entry, pronoun);
  }
  return null;
}

/**
 * The most recent source matching `accept`, recorded under `alias` ("she", "these accounts").
 * @example findRecent(registry, (s) => s.kind === "person", "she")
 */
export function findRecent(
  registry: SourceRegistry,
  accept: (s: SourceRef) => boolean,
  alias: string,
): SourceRef | null {
  for (let i = registry.recent.length - 1; i >= 0; i--) {
    const entry = registry.recent[i];
    if (entry.kind !== "unattributed" && accept(entry)) return use(registry, entry, alias);
  }
  return null;
}

/**
 * The registry as the output's source list, in order of first mention, with ids "src1", "src2", ...
 * @example listSources(registry)[0] // { id: "src1", name: "Independent sources", kind: "anonymous", ... }
 */
export function listSources(registry: SourceRegistry): Array<Source & { key: string }> {
  return [...registry.entries.values()].map((entry, i) => ({
    id: `src${i + 1}`,
    key: entry.key,
    name: entry.name,
    kind: entry.kind,
    affiliation: entry.affiliation,
    scope: entry.scope,
    aliases: uniqueAliases(entry),
  }));
}

/** Aliases without the name itself and without case variants ("She" and "she" are one alias). */
function uniqueAliases(entry: SourceEntry): string[] {
  const seen = new Map<string, string>();
  for (const alias of entry.aliases) {
    const key = normalize(alias);
    if (key === entry.key || key === "") continue;
    const pronoun = /^(he|she|they|it|we|i)$/.test(key);
    if (!seen.has(key)) seen.set(key, pronoun ? key : alias.trim());
  }
  return [...seen.values()].sort();
}

/**
 * The key a source is listed under, to map a claim's source back to its id.
 * @example sourceKey({ name: "Lisa Daftari", kind: "person", affiliation: null, scope: "global" }) // "lisa daftari"
 */
export function sourceKey(ref: SourceRef): string {
  return normalize(ref.name);
}

function isNameWord(text: string, pos: string): boolean {
  if (pos !== "PROPN") return false;
  const lower = text.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'’.-]*$/u.test(text) &&
    !TITLES.has(lower) &&
    !TIME_NAMES.has(lower) &&
    !ORG_WORDS.has(lower) &&
    !OUTLET_WORDS.has(lower) &&
    !SOURCE_NOUNS.has(lower)
  );
}

/**
 * Indexes the personal names of a document by surname, so that a later "Feig stated" resolves to "Paul Feig" even
 * when the full name appeared outside any attribution. A surname shared by two names is left out (ambiguous).
 * @example collectPersonNames(segment("Director Paul Feig arrived. Feig said..."), registry) // names: feig -> Paul Feig
 */
export function collectPersonNames(sentences: SentenceSegment[], registry: SourceRegistry): void {
  const ambiguous = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // A title in quotation marks ("directing “The Golden Compass.”") names no person. (Most sentences hold no double
    // quotation mark: they skip the mask.)
    const quoted = /["“”«»]|``|''/.test(sentence.text) ? quotedMask(tokens) : NO_QUOTES;
    let i = 0;
    while (i < tokens.length) {
      if (!isNameWord(tokens[i].text, tokens[i].pos) || quoted[i]) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < tokens.length && isNameWord(tokens[end].text, tokens[end].pos)) end++;
      // Two to four name words that classify as a person: "Paul Feig", "Jack B. Weinstein".
      const words = tokens.slice(i, end).map((t) => t.text);
      const followedByOrg = end < tokens.length && ORG_WORDS.has(tokens[end].text.toLowerCase());
      // "at his home in Santa Rosa": a name after a preposition of place is a place.
      const place = i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1].text.toLowerCase());
      if (
        words.length >= 2 &&
        words.length <= 4 &&
        !followedByOrg &&
        !place &&
        classifyName(words, null, false) === "person"
      ) {
        const surname = words[words.length - 1].toLowerCase();
        const full = words.join(" ");
        const known = registry.names.get(surname);
        if (known !== undefined && known !== full && !known.endsWith(` ${full}`) && !full.endsWith(` ${known}`)) {
          ambiguous.add(surname);
        } else if (known === undefined || full.length > known.length) registry.names.set(surname, full);
        registry.mentions.push({ end: tokens[end - 1].end, name: full });
      } else if (words.length === 1) {
        // "Weitz has not helmed ..." after "Chris Weitz": a later surname alone mentions the same person.
        const known = registry.names.get(words[0].toLowerCase());
        if (known !== undefined) registry.mentions.push({ end: tokens[i].end, name: known });
      }
      i = end;
    }
  }
  for (const surname of ambiguous) registry.names.delete(surname);
}

/**
 * The person named last before `offset` anywhere in the text ("Hiller ... She said"), when no source is known.
 * @example lastNamedBefore(registry, 120) // "Yvonne Hiller", or null
 */
export function lastNamedBefore(registry: SourceRegistry, offset: number): string | null {
  let found: string | null = null;
  for (const m of registry.mentions) {
    if (m.end > offset) break;
    found = m.name;
  }
  return found;
}

/**
 * Whether `word` is one of the words of a personal name the document writes in full ("Felt" of "Mark Felt" and "Joan
 * Felt", "Doug" of "Doug McDermott").
 * @example isPartOfPersonName(registry, "Felt") // true after "Mark Felt died"
 */
export function isPartOfPersonName(registry: SourceRegistry, word: string): boolean {
  const lower = word.toLowerCase();
  return registry.mentions.some((m) => m.name.toLowerCase().split(" ").includes(lower));
}

/**
 * The full personal name a lone surname stands for in this document, or null.
 * @example personNameFor(registry, "Feig") // "Paul Feig"
 */
export function personNameFor(registry: SourceRegistry, surname: string): string | null {
  const full = registry.names.get(surname.toLowerCase());
  return full !== undefined && full.toLowerCase() !== surname.toLowerCase() ? full : null;
}

const ORG_CONNECTORS = new Set(["of", "and", "for", "the", "&", "on"]);

/**
 * Indexes the organization names of a document ("The Bangladesh Garment Manufacturers and Exporters Association
 * (BGMEA)"): capitalized runs, connectors allowed inside, holding an organization word. A later generic description
 * ("the association") resolves against them ({@link findReferent}).
 * @example collectOrgNames(segment("The National Garment Workers Union struck."), registry) // orgs: [National ...]
 */
export function collectOrgNames(sentences: SentenceSegment[], registry: SourceRegistry): void {
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (!startsUpper(tokens[i].text)) {
        i++;
        continue;
      }
      let end = i + 1;
      let org = ORG_WORDS.has(tokens[i].text.toLowerCase());
      for (;;) {
        const t = tokens[end];
        if (t === undefined) break;
        if (startsUpper(t.text)) org = ORG_WORDS.has(t.text.toLowerCase()) || org;
        else if (!(ORG_CONNECTORS.has(t.text) && tokens[end + 1] && startsUpper(tokens[end + 1].text))) break;
        end++;
      }
      const start = tokens[i].text === "The" ? i + 1 : i;
      if (org && end - start >= 2) {
        const parts = tokens.slice(start, end).map((t) => t.text);
        registry.orgs.push({
          end: tokens[end - 1].end,
          name: parts.join(" "),
          words: parts.map((w) => w.toLowerCase()),
        });
      }
      i = end;
    }
  }
}

/** A capital letter first (ASCII fast path; any cased script otherwise). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * The named organization a generic description refers back to ("the association" -> "Bangladesh Garment
 * Manufacturers and Exporters Association", "the union" -> "... Workers Federation", "police" -> "Gazipur police"),
 * named before `offset` in the same document; null when there is none.
 * @example findReferent(registry, "association", 240) // { name: "Bangladesh Garment ...", kind: "organization", ... }
 */
export function findReferent(registry: SourceRegistry, head: string, offset: number, alias: string): SourceRef | null {
  const wanted = GENERIC_REFERENTS.get(head) ?? (BUSINESS_DESCRIPTIONS.has(head) ? new Set<string>() : undefined);
  if (!wanted) return null;
  // The word must head the name ("... Exporters Association", "Health Ministry of Bangladesh"), not modify a title
  // ("Police Const. Tim Fanning").
  const fits = (words: string[]) =>
    words.length > 1 &&
    words.some((w, i) => (w === head || wanted.has(w)) && (i === words.length - 1 || words[i + 1] === "of"));
  for (let i = registry.recent.length - 1; i >= 0; i--) {
    const entry = registry.recent[i];
    if (entry.kind !== "person" && entry.kind !== "anonymous" && fits(entry.words)) return use(registry, entry, alias);
  }
  for (let i = registry.orgs.length - 1; i >= 0; i--) {
    const org = registry.orgs[i];
    if (org.end > offset || !fits(org.words)) continue;
    const kind = classifyName(org.name.split(" "), null, false);
    return registerSource(registry, { name: org.name, kind, affiliation: null, scope: "global" }, alias);
  }
  // "Microsoft said ... The company said": a business description and the named business that last spoke.
  if (BUSINESS_DESCRIPTIONS.has(head)) {
    for (let i = registry.recent.length - 1; i >= 0; i--) {
      const entry = registry.recent[i];
      if (entry.kind !== "organization" || entry.scope !== "global") continue;
      if (entry.words.some((w) => PUBLIC_BODY_WORDS.has(w))) continue;
      // A bare surname ("Trump") is read as an organization when no first name stands beside it: not a business.
      const last = ` ${entry.words[entry.words.length - 1]}`;
      if (registry.mentions.some((m) => m.name.toLowerCase().endsWith(last))) continue;
      return use(registry, entry, alias);
    }
  }
  return null;
}
