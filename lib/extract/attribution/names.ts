/**
 * Proper names inside a subject run: where a capitalized name starts and ends, titles and descriptors before it,
 * and the organization it is affiliated with ("of the Foundation for ...", "at the American Enterprise Institute").
 */

import {
  AFFILIATION_ABBREVIATIONS,
  NAME_CONNECTORS,
  ORG_WORDS,
  PARTY_WORDS,
  TIME_NAMES,
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { SourceKind } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";
import type { Run } from "./runs.ts";
import { classifyName } from "./sources.ts";

/** Prepositions that attach a phrase to a head: "spokesman for the ministry", "Taleblu of the Foundation". */
export const ATTACHING: ReadonlySet<string> = new Set(["of", "at", "from", "with", "for", "in", "on", "to", "by"]);
const AFFILIATING = new Set(["of", "at", "from", "with"]);
const HYPHEN_MODIFIER = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
const UPPER = /^\p{Lu}/u;
const CAMEL_BRAND = /^[a-z]{1,3}[A-Z][a-z]/;

/**
 * Lower-cased token text; "" past either end of the token array, so callers can peek at `tokens[i - 1]` unchecked.
 * @example lower(token) // "said"
 */
export function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : "";
}

/**
 * True when the token starts with a capital letter (any script with case: "Émile", "Ørsted").
 * @example isCap({ text: "Reuters", ... }) // true
 */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // ASCII first: the Unicode test only runs for letters outside it.
  // "eMarketer", "comScore": a brand written with a lower-case prefix is a name too.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && CAMEL_BRAND.test(t.text));
  return UPPER.test(t.text);
}

/**
 * The document text covered by tokens [start, end).
 * @example slice(text, tokens, 0, 2) // "Lisa Daftari"
 */
export function slice(text: string, tokens: Token[], start: number, end: number): string {
  return text.slice(tokens[start].start, tokens[end - 1].end);
}

/**
 * Reads a capitalized name starting at `i` ("Foundation for Defense of Democracies"); returns its end index.
 * @example properEnd(tokens, 3, tokens.length) // tokens "... the Foundation for Defense of Democracies ," -> 8
 */
export function properEnd(tokens: Token[], i: number, limit: number): number {
  let end = i;
  while (end < limit) {
    const t = tokens[end];
    if (isCap(t) || (t.pos === "PROPN" && t.text !== "-")) end++;
    // "Channel 4 News": a number inside a name, never at its edges.
    else if (t.pos === "NUM" && end > i && end + 1 < limit && isCap(tokens[end + 1])) end++;
    // "ABC 7", "KTLA 5": a broadcaster's channel number after its call letters ends the name.
    else if (
      t.pos === "NUM" &&
      end > i &&
      end + 1 === limit &&
      /^\d{1,2}$/.test(t.text) &&
      /^[A-Z]{2,5}$/.test(tokens[end - 1].text)
    )
      end++;
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

/**
 * An affiliation named in a run: "of the Foundation for ...", "at the American Enterprise Institute", "U.N.".
 * @example affiliationIn(text, tokens, appositive) // "American Enterprise Institute"
 */
export function affiliationIn(text: string, tokens: Token[], run: Run | null): string | null {
  if (!run) return null;
  for (let i = run.start; i < run.end - 1; i++) {
    if (!AFFILIATING.has(lower(tokens[i]))) continue;
    let j = i + 1;
    if (lower(tokens[j]) === "the" && j + 1 < run.end) j++;
    const end = properEnd(tokens, j, run.end);
    if (end > j && !TIME_NAMES.has(lower(tokens[j]))) return slice(text, tokens, j, end);
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

export interface NameSpan {
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
export function nameIn(tokens: Token[], run: Run): NameSpan | null {
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
      // "Secretary John Kerry"; "Secretary of State John Kerry": the title's office before the name.
      const name = !kind ? -1 : isCap(tokens[i + 1]) ? i + 1 : officeOfEnd(tokens, i, run.end);
      if (kind && name > 0) {
        title = kind;
        start = name;
      } else if (PARTY_WORDS.has(lower(tokens[i])) && isPersonAfter(tokens, i + 1, run.end)) start = i + 1;
    }
    start = afterDateline(tokens, start, run.end);
    if (start >= run.end || !isCap(tokens[start]) || TIME_NAMES.has(lower(tokens[start]))) return null;
    // "London-based Global Witness": a capitalized hyphenated modifier is not part of the name.
    if (HYPHEN_MODIFIER.test(tokens[start].text) && start + 1 < run.end) {
      start++;
      continue;
    }
    const end = personBeforeOf(tokens, start, properEnd(tokens, start, run.end));
    if (end >= run.end || ATTACHING.has(lower(tokens[end])) || tokens[end].text === "(") {
      return { start, end, title, before };
    }
    // Capitalized words followed by a common noun were a modifier: keep looking for the name further on.
    const words = tokens.slice(start, end).map((t) => t.text);
    if (classifyName(words, null, false) === "organization" && words.length > 1) before = words.join(" ");
    start = end;
  }
}

/**
 * "Secretary of State John Kerry", "Secretary of Homeland Security Jeh C. Johnson": a title joined by "of" to its
 * office, then a person's name — the last two capitalized words (three with a middle initial) of the run after the
 * "of". The index where the name starts, or -1.
 */
export function officeOfEnd(tokens: Token[], title: number, end: number): number {
  if (lower(tokens[title + 1]) !== "of" || !isCap(tokens[title + 2])) return -1;
  let e = title + 2;
  while (e < end && isCap(tokens[e])) e++;
  const initial = /^\p{Lu}\.$/u.test(tokens[e - 2]?.text ?? "");
  const name = e - (initial ? 3 : 2);
  return name > title + 2 ? name : -1;
}

/**
 * "Darran Whiting of Liberty Baptist Church": a person's name (two or three words) before an "of" that joins it to an
 * organization's name ends at the "of"; the organization is the affiliation. "Bank of America", "University of Texas"
 * stay whole (an organization word before the "of").
 * @example personBeforeOf(tokens, 0, 6) // tokens "Dan Lee of First Baptist Church said" -> 2
 */
function personBeforeOf(tokens: Token[], start: number, end: number): number {
  for (const at of [start + 2, start + 3]) {
    if (at >= end - 1 || lower(tokens[at]) !== "of") continue;
    const person = tokens.slice(start, at);
    if (!person.every((t) => t.pos === "PROPN" && isCap(t))) return end;
    const words = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text);
    const org = words(at + 1, end);
    return classifyName(words(start, at), null, false) === "person" && classifyName(org, null, false) === "organization"
      ? at
      : end;
  }
  return end;
}

/** "Republican Donald Trump": two or three capitalized words after `from`, to the run's end, that name a person. */
function isPersonAfter(tokens: Token[], from: number, end: number): boolean {
  const name = tokens.slice(from, end);
  const words = name.map((t) => t.text);
  return words.length >= 2 && words.length <= 3 && name.every(isCap) && classifyName(words, null, false) === "person";
}

/**
 * "CHICAGO - Rahm Emanuel said": a dateline (a place in capitals and a dash) opening the sentence is no part of the
 * name after it; the index after the dash, else `start`.
 */
function afterDateline(tokens: Token[], start: number, end: number): number {
  let k = start;
  while (k < end && /^\p{Lu}[\p{Lu}.,']+$/u.test(tokens[k].text)) k++;
  // A spaced dash: "NBC-TV" is one name.
  const spaced = k > start && k + 1 < end && tokens[k].start > tokens[k - 1].end;
  return spaced && DATELINE_DASHES.has(tokens[k].text) ? k + 1 : start;
}

const DATELINE_DASHES = new Set(["-", "—", "–", "--"]);
