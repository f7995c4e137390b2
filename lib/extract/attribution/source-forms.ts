/**
 * One builder per form a source phrase takes, each registering the source it names: a proper name ("Behnam Ben
 * Taleblu of the Foundation ..."), a poll or document ("a Gallup poll", "tax returns"), a body in front of a carrier of
 * words ("a New York Times article"), any other noun phrase that speaks ("the fire service"). Which form a subject
 * has is decided in source.ts (resolveSubject).
 */
import {
  KNOWN_ORGANIZATIONS,
  KNOWN_OUTLETS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSONAL_PRONOUNS,
  SOURCE_NOUNS,
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { SourceKind } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";
import { isPartOfPersonName, personNameFor } from "./document-names.ts";
import { affiliationIn, isCap, lower, nameIn, slice } from "./names.ts";
import type { Run } from "./runs.ts";
import { scopeOfTokens } from "./source-scope.ts";
import {
  classifyName,
  findByPartialName,
  hasAcronym,
  registerSource,
  type SourceRef,
  type SourceRegistry,
} from "./sources.ts";

/** "fire service" -> "Fire service". */
export function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleKindIn(tokens: Token[], run: Run | null): SourceKind | null {
  if (!run) return null;
  for (let i = run.start; i < run.end; i++) {
    const kind = TITLES.get(lower(tokens[i]));
    if (kind) return kind;
  }
  return null;
}

/** "Iran International, a London-based broadcaster,": an appositive headed by an outlet or organization noun. */
function bodyKindIn(tokens: Token[], run: Run | null): SourceKind | null {
  if (!run) return null;
  const kind = SOURCE_NOUNS.get(lower(tokens[run.end - 1]));
  return kind === "outlet" || kind === "organization" ? kind : null;
}

/** Adjectives of recency dropped from a document's name: "new government data" is "Government data". */
const RECENCY = new Set(["new", "latest", "recent", "newest", "fresh", "preliminary", "updated"]);

/** True when capitalized words name a body on their own: "Associated Press", "Federal Election Commission". */
function namesBody(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const full = lower.join(" ");
  if (KNOWN_OUTLETS.has(full) || KNOWN_ORGANIZATIONS.has(full)) return true;
  if (lower.some((w) => ORG_WORDS.has(w)) || (words.length > 1 && OUTLET_WORDS.has(lower[lower.length - 1])))
    return true;
  return hasAcronym(words);
}

/**
 * A document or a poll as the source: "tax returns show", "a Gallup poll found", "an Associated Press analysis"
 * (the body named in front of a document is the source: "Associated Press"; a poll keeps its name: "Gallup poll").
 * @example paperSource(text, tokens, run, "poll", registry, "a Gallup poll") // { name: "Gallup poll", ... }
 */
export function paperSource(
  text: string,
  tokens: Token[],
  run: Run,
  kind: "document" | "poll",
  registry: SourceRegistry,
  surface: string,
): SourceRef {
  let start = run.start;
  while (start < run.end - 1 && RECENCY.has(tokens[start].text)) start++;
  const head = run.end - 1;
  let capStart = start;
  while (capStart < head && !isCap(tokens[capStart])) capStart++;
  let capEnd = capStart;
  while (capEnd < head && (isCap(tokens[capEnd]) || tokens[capEnd].text === "/" || tokens[capEnd].text === "-"))
    capEnd++;
  const words = tokens.slice(capStart, capEnd).map((t) => t.text);
  if (kind === "document" && capEnd === head && capEnd > capStart && namesBody(words)) {
    const found = properSource(text, tokens, { start: capStart, end: capEnd }, null, registry, false);
    if (found) return found;
  }
  // "an early-October CBS News poll" is the "CBS News poll": the name starts at the capitalized words before the head.
  let from = capStart;
  while (from < head && tokens[from - 1]?.text === "-") from++;
  if (capEnd !== head || from >= capEnd) from = start;
  const name = capitalizeFirst(slice(text, tokens, from, run.end));
  // "Tax returns", "a poll": unnamed papers, one per document; "Gallup poll", "CBS News poll" are named.
  const scope = scopeOfTokens(tokens, from, run.end);
  return registerSource(registry, { name, kind, affiliation: null, scope }, surface);
}

/**
 * "a New York Times article": the body named in front of a carrier of words, else no source (null).
 * @example mediaSource(text, tokens, run, registry) // { name: "New York Times", kind: "outlet", ... }
 */
export function mediaSource(text: string, tokens: Token[], run: Run, registry: SourceRegistry): SourceRef | null {
  const head = run.end - 1;
  let capStart = run.start;
  while (capStart < head && !isCap(tokens[capStart])) capStart++;
  const words = tokens.slice(capStart, head).map((t) => t.text);
  if (words.length === 0 || !tokens.slice(capStart, head).every(isCap) || !namesBody(words)) return null;
  return properSource(text, tokens, { start: capStart, end: head }, null, registry, true);
}

/**
 * Any noun phrase that is the subject of a verb of saying is a source, in or out of the lexicon: "the fire service
 * said" -> "Fire service". Its kind comes from its head: an organization word, else an unnamed (anonymous) speaker.
 * @example commonSource(text, tokens, run, registry, "the fire service") // { name: "Fire service", ... }
 */
export function commonSource(
  text: string,
  tokens: Token[],
  run: Run,
  registry: SourceRegistry,
  surface: string,
): SourceRef | null {
  const headToken = tokens[run.end - 1];
  if (headToken.pos !== "NOUN" && headToken.pos !== "PROPN") return null;
  if (isCap(headToken) && run.end - 1 > 0) return null;
  const head = lower(headToken);
  const kind: SourceKind = ORG_WORDS.has(head) ? "organization" : (TITLES.get(head) ?? "anonymous");
  const name = capitalizeFirst(slice(text, tokens, run.start, run.end));
  const scope = scopeOfTokens(tokens, run.start, run.end);
  return registerSource(registry, { name, kind, affiliation: null, scope }, surface);
}

/** "King said he ...", "Obama said his plan ...": the speaker's own pronoun right after the verb is a person's. */
function personalPronounAfter(tokens: Token[], run: Run): boolean {
  const verb = tokens[run.end];
  // "King said he ...", "Obama says that he ...".
  const next = lower(tokens[run.end + 1]) === "that" ? run.end + 2 : run.end + 1;
  return verb?.pos === "VERB" && PERSONAL_PRONOUNS.has(lower(tokens[next]));
}

/**
 * The proper name in a run as the source, with its title's kind and its affiliation; a lone surname or first name
 * resolves to the person the document names in full. Null when the run holds no name.
 * @example properSource(text, tokens, run, null, registry, false) // { name: "Behnam Ben Taleblu", ... }
 */
export function properSource(
  text: string,
  tokens: Token[],
  run: Run,
  appositive: Run | null,
  registry: SourceRegistry,
  news: boolean,
): SourceRef | null {
  const found = nameIn(tokens, run);
  if (!found) return null;
  const { end, before } = found;
  const start = knownPersonStart(tokens, found.start, end, registry);
  let title = found.title;
  const rest: Run | null = end < run.end ? { start: end, end: run.end } : null;
  const words = tokens.slice(start, end).map((t) => t.text);
  const surface = slice(text, tokens, run.start, run.end);
  if (words.length <= 2) {
    const known = findByPartialName(registry, words);
    if (known) return known;
  }
  const full = words.length === 1 ? personNameFor(registry, words[0]) : null;
  if (full) {
    const affiliation = affiliationIn(text, tokens, appositive) ?? before;
    return registerSource(registry, { name: full, kind: title ?? "person", affiliation, scope: "global" }, surface);
  }
  title = title ?? titleKindIn(tokens, appositive) ?? bodyKindIn(tokens, appositive);
  let kind = classifyName(words, title, news);
  // "Felt said", "Doug added": one word that is part of a person's name written in full somewhere in the document
  // (a surname two people share, a first name) is a person, not the organization a lone word defaults to; so is one a
  // title stands before elsewhere ("President Obama", "coach Ford"), of the title's kind.
  if (kind === "organization" && words.length === 1 && !/^\p{Lu}[\p{Lu}\d.&-]+$/u.test(words[0])) {
    const titled = registry.titled.get(words[0].toLowerCase());
    if (titled !== undefined) kind = titled;
    else if (isPartOfPersonName(registry, words[0]) || personalPronounAfter(tokens, run)) kind = "person";
  }
  const affiliation = affiliationIn(text, tokens, rest) ?? affiliationIn(text, tokens, appositive) ?? before;
  const name = slice(text, tokens, start, end);
  return registerSource(
    registry,
    { name, kind, affiliation: affiliation === name ? null : affiliation, scope: "global" },
    surface,
  );
}

/**
 * "Billionaire Donald Trump", "McCain Challenger Kelli Ward" (a headline's capitals): a run of capitalized words that
 * ends with a person's full name written elsewhere in the document starts at that name.
 * @example knownPersonStart(tokens("Billionaire Donald Trump said"), 0, 3, registry) // 1 when "Donald Trump" is known
 */
function knownPersonStart(tokens: Token[], start: number, end: number, registry: SourceRegistry): number {
  // Only capitalized words before it: "Dana Ortiz and Li Wen", "Bank of America" are names of their own.
  if (!tokens.slice(start, end - 2).every(isCap)) return start;
  for (const n of [3, 2]) {
    if (end - n <= start) continue;
    const tail = tokens
      .slice(end - n, end)
      .map((t) => t.text.toLowerCase())
      .join(" ");
    if (registry.mentions.some((m) => m.words.join(" ") === tail)) return end - n;
  }
  return start;
}
