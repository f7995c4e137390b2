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
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { Source, SourceKind, SourceScope } from "../schema.ts";

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

/** "she said" with nobody named before it. */
export const UNNAMED_SPEAKER: SourceRef = {
  name: "Unnamed speaker",
  kind: "anonymous",
  affiliation: null,
  scope: "document",
};

/**
 * Whether a source is the unnamed speaker. Registered refs are copies (and "they" may find the entry again through
 * {@link findRecent}), so the name is what identifies it.
 * @example isUnnamedSpeaker(match.source) // true for "..., she told the Post" with nobody named before
 */
export function isUnnamedSpeaker(ref: SourceRef): boolean {
  return ref.name === UNNAMED_SPEAKER.name;
}

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

/** One mention of a personal name; `words` is the name lower-cased and split once, for the per-cue word tests. */
export interface PersonMention {
  end: number;
  name: string;
  words: string[];
}

export interface SourceRegistry {
  entries: Map<string, SourceEntry>;
  /** Surname (lower case) -> full personal name seen anywhere in the document ("feig" -> "Paul Feig"). */
  names: Map<string, string>;
  /** Lone words a title or role noun stands before somewhere in the document ("President Obama" -> "obama": official). */
  titled: Map<string, SourceKind>;
  /** Personal names in document order with the offset where each mention ends, for pronouns with no named source. */
  mentions: PersonMention[];
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
  return { entries: new Map(), recent: [], names: new Map(), titled: new Map(), mentions: [], orgs: [] };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
}

const INITIALS = /^(?:[A-Z]\.){2,}$/;
const initials = (w: string) => INITIALS.test(w);

/**
 * An acronym or initialism among a name's words ("FBI", "NYPD", "U.S. Geological Survey") — but initials before a
 * surname are a person's ("A.J. Smith", "J.R. Martinez").
 * @example hasAcronym(["A.J.", "Smith"]) // false
 */
export function hasAcronym(words: string[]): boolean {
  if (words.length >= 2 && initials(words[0]) && /^[A-Z][a-z]/.test(words[words.length - 1])) return false;
  return words.some((w) => initials(w) || /^[A-Z]{2,6}$/.test(w));
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
  // "The Santa Rosa Press Democrat", "Orange County Press-Telegram": a newspaper named "Press" and a word after it.
  const press = lower.indexOf("press");
  if (!title && press > 0 && press < lower.length - 1) return "outlet";
  if (hasAcronym(words)) return news ? "outlet" : "organization";
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
export function registerSource(registry: SourceRegistry, given: SourceRef, alias?: string): SourceRef {
  // "Bank of America" is no member of "America": a part of a body's name is not its affiliation ("Spokesman for the
  // Interior Ministry" is a person's label that names the ministry).
  const own =
    given.affiliation !== null &&
    BODY_KINDS.has(given.kind) &&
    ` ${normalize(given.name)} `.includes(` ${normalize(given.affiliation)} `);
  const ref = own ? { ...given, affiliation: null } : given;
  const key = normalize(ref.name);
  let entry = registry.entries.get(key);
  if (!entry) {
    entry = { ...ref, key, words: key.split(" "), aliases: new Set() };
    registry.entries.set(key, entry);
  } else {
    if (entry.affiliation === null && ref.affiliation !== null) entry.affiliation = ref.affiliation;
    // A name read once as a proper name is one ("Police" as a description and as a name: the name).
    if (ref.scope === "global") entry.scope = "global";
    // "Obama said" alone reads as an organization (a lone word's default); "President Obama", "Obama says that he"
    // later in the document say who it is. extract() gives every claim of the source its final kind.
    if (isLoneWordDefault(entry) && (ref.kind === "person" || ref.kind === "official")) entry.kind = ref.kind;
  }
  if (alias && normalize(alias) !== key) entry.aliases.add(alias.trim());
  touch(registry, entry);
  return refOf(entry);
}

const BODY_KINDS: ReadonlySet<SourceKind> = new Set(["organization", "outlet", "poll", "document"]);

/** An organization only because a lone capitalised word defaults to one (classifyName), not by any word in it. */
function isLoneWordDefault(entry: SourceEntry): boolean {
  return (
    entry.kind === "organization" &&
    entry.words.length === 1 &&
    classifyName([entry.name], null, false) === "organization" &&
    !hasAcronym([entry.name]) &&
    !ORG_WORDS.has(entry.key) &&
    !KNOWN_ORGANIZATIONS.has(entry.key)
  );
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
    if (isUnnamedSpeaker(entry) || !canBeHeOrShe(entry.words)) continue;
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

/**
 * The named organization a generic description refers back to ("the association" -> "Bangladesh Garment
 * Manufacturers and Exporters Association", "the union" -> "... Workers Federation", "police" -> "Gazipur police"),
 * named before `offset` in the same document; null when there is none.
 * @example findReferent(registry, "association", 240) // { name: "Bangladesh Garment ...", kind: "organization", ... }
 */
export function findReferent(registry: SourceRegistry, head: string, offset: number, alias: string): SourceRef | null {
  const outlet = SOURCE_NOUNS.get(head) === "outlet";
  const wanted =
    GENERIC_REFERENTS.get(head) ?? (BUSINESS_DESCRIPTIONS.has(head) || outlet ? new Set<string>() : undefined);
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
  // "The Santa Rosa Press Democrat reported ... The newspaper said": a description of an outlet and the named outlet
  // that last spoke.
  if (outlet) {
    for (let i = registry.recent.length - 1; i >= 0; i--) {
      const entry = registry.recent[i];
      if (entry.kind === "outlet" && entry.scope === "global") return use(registry, entry, alias);
    }
  }
  // "Microsoft said ... The company said": a business description and the named business that last spoke.
  if (BUSINESS_DESCRIPTIONS.has(head)) {
    for (let i = registry.recent.length - 1; i >= 0; i--) {
      const entry = registry.recent[i];
      if (entry.kind !== "organization" || entry.scope !== "global") continue;
      if (entry.words.some((w) => PUBLIC_BODY_WORDS.has(w))) continue;
      // A bare surname ("Trump") is read as an organization when no first name stands beside it: not a business.
      const last = entry.words[entry.words.length - 1];
      if (registry.mentions.some((m) => m.words.length > 1 && m.words[m.words.length - 1] === last)) continue;
      return use(registry, entry, alias);
    }
  }
  return null;
}
