/**
 * Turns a subject run ("Another expert, Behnam Ben Taleblu of the Foundation for Defense of Democracies") into a
 * canonical source, resolving pronouns, surnames and "these accounts" against the document's registry.
 */
import {
  AFFILIATION_ABBREVIATIONS,
  ANAPHORIC_DETERMINERS,
  CARRIER_NOUNS,
  LEADING_DETERMINERS,
  MONTHS,
  NAME_CONNECTORS,
  NEWS_CARRIERS,
  ORG_WORDS,
  SOURCE_NOUNS,
  TITLES,
} from "./attribution-lexicon.ts";
import type { Run, Subject } from "./attribution-runs.ts";
import type { SourceKind } from "./schema.ts";
import type { Token } from "./segment.ts";
import {
  classifyName,
  findByPartialName,
  findRecent,
  personNameFor,
  registerSource,
  type SourceRef,
  type SourceRegistry,
} from "./sources.ts";

const HYPHEN_MODIFIER = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
const UNNAMED_SPEAKER: SourceRef = { name: "Unnamed speaker", kind: "anonymous", affiliation: null };
const ATTACHING = new Set(["of", "at", "from", "with", "for", "in", "on", "to"]);
const AFFILIATING = new Set(["of", "at", "from", "with"]);

function lower(t: Token): string {
  return t.text.toLowerCase();
}

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function slice(text: string, tokens: Token[], start: number, end: number): string {
  return text.slice(tokens[start].start, tokens[end - 1].end);
}

/** Reads a capitalized name starting at `i` ("Foundation for Defense of Democracies"); returns its end index. */
function properEnd(tokens: Token[], i: number, limit: number): number {
  let end = i;
  while (end < limit) {
    const t = tokens[end];
    if (isCap(t) || (t.pos === "PROPN" && t.text !== "-")) end++;
    // "Channel 4 News": a number inside a name, never at its edges.
    else if (t.pos === "NUM" && end > i && end + 1 < limit && isCap(tokens[end + 1])) end++;
    else if (
      (NAME_CONNECTORS.has(lower(t)) || t.text === "-") &&
      end + 1 < limit &&
      isCap(tokens[end + 1]) &&
      end > i
    ) {
      end++;
    } else break;
  }
  return end;
}

/** Where a head phrase ends and its attachment ("of the Foundation ...", "for the ministry") begins. */
function attachmentAt(tokens: Token[], run: Run): number {
  for (let i = run.start + 1; i < run.end; i++) {
    const word = lower(tokens[i]);
    if (!ATTACHING.has(word)) continue;
    const next = tokens[i + 1];
    if (!next) return i;
    // "Foundation for Defense": an org word before a capitalized object keeps the connector inside the name.
    const left = tokens.slice(run.start, i).map(lower);
    const inName = isCap(next) && left.some((w) => ORG_WORDS.has(w)) && !left.some((w) => SOURCE_NOUNS.has(w));
    if (!inName) return i;
  }
  return run.end;
}

/** An affiliation named in a run: "of the Foundation for ...", "at the American Enterprise Institute", "U.N.". */
export function affiliationIn(text: string, tokens: Token[], run: Run | null): string | null {
  if (!run) return null;
  for (let i = run.start; i < run.end - 1; i++) {
    if (!AFFILIATING.has(lower(tokens[i]))) continue;
    let j = i + 1;
    if (lower(tokens[j]) === "the" && j + 1 < run.end) j++;
    const end = properEnd(tokens, j, run.end);
    if (end > j && !MONTHS.has(lower(tokens[j]))) return slice(text, tokens, j, end);
  }
  for (let i = run.start; i < run.end; i++) {
    const t = tokens[i];
    if (t.text !== t.text.toLowerCase() && AFFILIATION_ABBREVIATIONS.has(lower(t))) {
      return AFFILIATION_ABBREVIATIONS.get(lower(t)) ?? null;
    }
  }
  for (let i = run.start; i < run.end - 1; i++) {
    if (lower(tokens[i]) !== "for") continue;
    let j = i + 1;
    if (lower(tokens[j]) === "the" && j + 1 < run.end) j++;
    const end = properEnd(tokens, j, run.end);
    const words = tokens.slice(j, end).map(lower);
    if (end > j && words.some((w) => ORG_WORDS.has(w))) return slice(text, tokens, j, end);
  }
  return null;
}

function titleKindIn(tokens: Token[], run: Run | null): SourceKind | null {
  if (!run) return null;
  for (let i = run.start; i < run.end; i++) {
    const kind = TITLES.get(lower(tokens[i]));
    if (kind) return kind;
  }
  return null;
}

/** Index of the head noun of a chunk: its last source noun ("Sources close" -> "Sources"), else its last word. */
function headOf(tokens: Token[], start: number, end: number): number {
  // A capitalized last word is a name ("Expert Lisa Daftari"), unless it is itself a source noun ("Police").
  if (isCap(tokens[end - 1]) && !SOURCE_NOUNS.has(lower(tokens[end - 1]))) return end - 1;
  for (let i = end - 1; i >= start; i--)
    if (SOURCE_NOUNS.has(lower(tokens[i])) || CARRIER_NOUNS.has(lower(tokens[i]))) return i;
  return end - 1;
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Resolves a subject to a source and registers it. Returns null when the subject cannot be a source
 * ("This pressure on Hezbollah", "it").
 * @example resolveSubject(text, tokens, subject, registry, false) // { name: "Lisa Daftari", kind: "person", ... }
 */
export function resolveSubject(
  text: string,
  tokens: Token[],
  subject: Subject,
  registry: SourceRegistry,
  news: boolean,
): SourceRef | null {
  const { name, appositive } = subject;
  const first = tokens[name.start];
  const surface = slice(text, tokens, name.start, name.end);
  if (name.end - name.start === 1 && first.pos === "PRON") {
    const w = lower(first);
    if (w === "he" || w === "she") {
      const person = findRecent(registry, (s) => s.kind === "person" || s.kind === "official", first.text);
      // A speaker the text has not named yet ("“...,” he said." opening a story) is still a speaker.
      return person ?? registerSource(registry, UNNAMED_SPEAKER, first.text);
    }
    if (w === "they")
      return (
        findRecent(registry, (s) => s.kind !== "person", first.text) ?? findRecent(registry, () => true, first.text)
      );
    // "It said" in wire copy: the organization or outlet named last (the caller admits "it" only with speech verbs).
    if (w === "it") return findRecent(registry, (s) => s.kind !== "person" && s.kind !== "anonymous", first.text);
    return null;
  }
  let start = name.start;
  const anaphoric = ANAPHORIC_DETERMINERS.has(lower(first)) && lower(first) !== "the";
  while (
    start < name.end &&
    (LEADING_DETERMINERS.has(lower(tokens[start])) || ANAPHORIC_DETERMINERS.has(lower(tokens[start])))
  )
    start++;
  if (start >= name.end) return null;
  const attach = attachmentAt(tokens, { start, end: name.end });
  const headAt = headOf(tokens, start, attach);
  const head = lower(tokens[headAt]);
  // A role noun names an unnamed speaker: "the coach said", "a nurse told".
  let headKind = SOURCE_NOUNS.get(head) ?? (isCap(tokens[headAt]) ? undefined : TITLES.get(head));
  // "Global Witness" is a name; "Interior Ministry" and "Police" stay common-noun sources.
  if (headKind && headKind !== "official" && isCap(tokens[headAt]) && headAt > start && isCap(tokens[headAt - 1])) {
    headKind = undefined;
  }
  if (anaphoric && (headKind || CARRIER_NOUNS.has(head))) {
    const found = findRecent(registry, () => true, surface);
    if (found) return found;
  }
  const attachWord = attach < name.end ? lower(tokens[attach]) : "";
  if (CARRIER_NOUNS.has(head) && (attachWord === "from" || attachWord === "by" || attachWord === "of")) {
    let j = attach + 1;
    if (j < name.end && lower(tokens[j]) === "the") j++;
    const end = properEnd(tokens, j, name.end);
    if (end > j && !MONTHS.has(lower(tokens[j])) && !/^\d/.test(tokens[j].text)) {
      return properSource(text, tokens, { start: j, end }, null, registry, NEWS_CARRIERS.has(head));
    }
  }
  if (headKind) {
    const attachment = attach < name.end ? { start: attach, end: name.end } : null;
    const affiliation = affiliationIn(text, tokens, attachment) ?? affiliationIn(text, tokens, appositive);
    const keepAttachment = attachment && (attachWord === "for" || attachWord === "of");
    const label = slice(text, tokens, start, keepAttachment && headAt === attach - 1 ? name.end : headAt + 1);
    return registerSource(registry, { name: capitalizeFirst(label), kind: headKind, affiliation }, surface);
  }
  return properSource(text, tokens, { start, end: name.end }, appositive, registry, news);
}

interface NameSpan {
  start: number;
  end: number;
  title: SourceKind | null;
  /** An organization named before the name ("Bureau of Prisons spokesman Al Quintero"): an affiliation. */
  before: string | null;
}

/**
 * Finds the name in a subject run: after descriptors and titles ("state Rep. Barry Fleming", "Troy police Lt. Gerry
 * Scherlinck", "Academy Award producers Craig Zadan"), and at its head: "Israeli forces" names nobody.
 */
function nameIn(tokens: Token[], run: Run): NameSpan | null {
  let start = run.start;
  let title: SourceKind | null = null;
  let before: string | null = null;
  for (;;) {
    while (start < run.end - 1 && !isCap(tokens[start]) && tokens[start].pos !== "ADP") {
      title = TITLES.get(lower(tokens[start])) ?? title;
      start++;
    }
    for (let i = start; i < run.end - 1 && (isCap(tokens[i]) || TITLES.has(lower(tokens[i]))); i++) {
      const kind = TITLES.get(lower(tokens[i]));
      if (kind && isCap(tokens[i + 1])) {
        title = kind;
        start = i + 1;
      }
    }
    if (start >= run.end || !isCap(tokens[start])) return null;
    // "London-based Global Witness": a capitalized hyphenated modifier is not part of the name.
    if (HYPHEN_MODIFIER.test(tokens[start].text) && start + 1 < run.end) {
      start++;
      continue;
    }
    const end = properEnd(tokens, start, run.end);
    if (end >= run.end || ATTACHING.has(lower(tokens[end])) || tokens[end].text === "(") {
      return { start, end, title, before };
    }
    // Capitalized words followed by a common noun were a modifier: keep looking for the name further on.
    const words = tokens.slice(start, end).map((t) => t.text);
    if (classifyName(words, null, false) === "organization" && words.length > 1) before = words.join(" ");
    start = end;
  }
}

function properSource(
  text: string,
  tokens: Token[],
  run: Run,
  appositive: Run | null,
  registry: SourceRegistry,
  news: boolean,
): SourceRef | null {
  const found = nameIn(tokens, run);
  if (!found) return null;
  const { start, end, before } = found;
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
    return registerSource(registry, { name: full, kind: title ?? "person", affiliation }, surface);
  }
  title = title ?? titleKindIn(tokens, appositive);
  const kind = classifyName(words, title, news);
  const affiliation = affiliationIn(text, tokens, rest) ?? affiliationIn(text, tokens, appositive) ?? before;
  const name = slice(text, tokens, start, end);
  return registerSource(registry, { name, kind, affiliation: affiliation === name ? null : affiliation }, surface);
}
