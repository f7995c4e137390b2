/**
 * The names a document writes, indexed before attribution reads it: personal names by surname and in order of mention
 * (so "Feig stated" finds "Paul Feig" and "she said" the person named last), and organization names carrying an
 * organization word (so "the association" finds the BGMEA). The registry holds them (sources.ts).
 */

import { ORG_WORDS, OUTLET_WORDS, SOURCE_NOUNS, TIME_NAMES, TITLES } from "../lexicon/attribution-sources.ts";
import type { SentenceSegment } from "../tokens/segment.ts";
import { quotedMask } from "./quotes.ts";
import { classifyName, type PersonMention, type SourceRegistry } from "./sources.ts";

const NO_QUOTES: readonly boolean[] = [];

/** Prepositions after which a capitalized name is a place ("in Santa Rosa", "near Cedar Rapids"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "around"]);

const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*$/u;

function isNameWord(text: string, pos: string): boolean {
  if (pos !== "PROPN" || !startsUpper(text) || !NAME_SHAPE.test(text)) return false;
  const lower = text.toLowerCase();
  return (
    !TITLES.has(lower) &&
    !TIME_NAMES.has(lower) &&
    !ORG_WORDS.has(lower) &&
    !OUTLET_WORDS.has(lower) &&
    !SOURCE_NOUNS.has(lower)
  );
}

/**
 * Which tokens of a sentence are name words. A name word that is also an English verb is often tagged a verb: as a
 * first name before a proper noun ("quarterback Drew Brees", not at the head of the sentence: "Choosing DeGeneres"),
 * and as a surname after one ("Peyton Manning", "Phil Ford", "Mark Felt") when the document also writes it alone
 * (`alone`: "Manning said"; "Microsoft Update" never writes "Update" alone), it is a name word all the same. A
 * headline written in title case ("Obama Signs Bill") capitalizes every word and is left as tagged.
 * @example nameWords(tokens("Peyton Manning completed 29 passes."), new Set(["manning"])) // [true, true, false, ...]
 */
export function nameWords(tokens: SentenceSegment["tokens"], alone: ReadonlySet<string>): boolean[] {
  const proper = tokens.map((t) => isNameWord(t.text, t.pos));
  if (titleCase(tokens)) return proper;
  return tokens.map((t, i) => {
    if (proper[i] || t.pos !== "VERB" || i === 0 || !isNameWord(t.text, "PROPN")) return proper[i];
    const first = proper[i + 1] === true && tokens[i - 1].pos !== "PUNCT";
    return first || (proper[i - 1] === true && alone.has(t.text.toLowerCase()));
  });
}

/**
 * A headline in title case ("Obama Signs Bill to Cut Costs"): every word of four letters or more is capitalized, and
 * there are three at least (a fragment cut off after an abbreviation, "Const. Tim Fanning.", is no headline).
 */
function titleCase(tokens: SentenceSegment["tokens"]): boolean {
  // A loop rather than filter/every: it runs over every sentence of every document.
  let long = 0;
  for (const t of tokens) {
    if (t.text.length < 4) continue;
    const c = t.text.charCodeAt(0);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c < 65 || c > 90) continue;
    } else if (/^\p{Ll}/u.test(t.text)) return false;
    else if (!/^\p{L}/u.test(t.text)) continue;
    long++;
  }
  return long >= 3;
}

/**
 * The capitalized words a document writes alone, with no capitalized word beside them ("Manning said", "told Ford
 * that"): the lower-cased words a lone surname may be.
 * @example aloneWords(segment("Peyton Manning won. Manning said so.")) // Set { "manning" }
 */
export function aloneWords(sentences: SentenceSegment[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of sentences) {
    if (titleCase(tokens)) continue;
    let before = false;
    let here = tokens.length > 0 && startsUpper(tokens[0].text);
    for (let i = 0; i < tokens.length; i++) {
      const next = i + 1 < tokens.length && startsUpper(tokens[i + 1].text);
      if (here && !before && !next) found.add(tokens[i].text.toLowerCase());
      before = here;
      here = next;
    }
  }
  return found;
}

/**
 * Indexes the personal names of a document by surname, so that a later "Feig stated" resolves to "Paul Feig" even
 * when the full name appeared outside any attribution. A surname shared by two names is left out (ambiguous).
 * @example collectPersonNames(segment("Director Paul Feig arrived. Feig said..."), registry) // names: feig -> Paul Feig
 */
export function collectPersonNames(sentences: SentenceSegment[], registry: SourceRegistry): void {
  const ambiguous = new Set<string>();
  const alone = aloneWords(sentences);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // A title in quotation marks ("directing “The Golden Compass.”") names no person. (Most sentences hold no double
    // quotation mark: they skip the mask.)
    const quoted = /["“”«»]|``|''/.test(sentence.text) ? quotedMask(tokens) : NO_QUOTES;
    const named = nameWords(tokens, alone);
    let i = 0;
    while (i < tokens.length) {
      if (!named[i] || quoted[i]) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < tokens.length && named[end]) end++;
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
        registry.mentions.push(mention(tokens[end - 1].end, full));
      } else if (words.length === 1) {
        // "Weitz has not helmed ..." after "Chris Weitz": a later surname alone mentions the same person.
        const known = registry.names.get(words[0].toLowerCase());
        if (known !== undefined) registry.mentions.push(mention(tokens[i].end, known));
        // "President Obama", "quarterback Manning": a title or role noun before a lone name says it is a person's.
        const title = i > 0 ? TITLES.get(tokens[i - 1].text.toLowerCase()) : undefined;
        if (title !== undefined && !followedByOrg) registry.titled.set(words[0].toLowerCase(), title);
      }
      i = end;
    }
  }
  for (const surname of ambiguous) registry.names.delete(surname);
}

function mention(end: number, name: string): PersonMention {
  return { end, name, words: name.toLowerCase().split(" ") };
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
 * The first personal name whose mention ends between `from` and `to` (offsets), or null: "Sen. Claire McCaskill
 * scolded him: “...,” she said" names the speaker of its own quotation before it.
 * @example firstNamedBetween(registry, sentence.start, pronoun.start) // "Claire McCaskill"
 */
export function firstNamedBetween(registry: SourceRegistry, from: number, to: number): string | null {
  for (const m of registry.mentions) {
    if (m.end > to) return null;
    if (m.end > from) return m.name;
  }
  return null;
}

/**
 * Whether `word` is one of the words of a personal name the document writes in full ("Felt" of "Mark Felt" and "Joan
 * Felt", "Doug" of "Doug McDermott").
 * @example isPartOfPersonName(registry, "Felt") // true after "Mark Felt died"
 */
export function isPartOfPersonName(registry: SourceRegistry, word: string): boolean {
  const lower = word.toLowerCase();
  return registry.mentions.some((m) => m.words.includes(lower));
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
