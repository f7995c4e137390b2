/**
 * Which event a document reports, as far as grouping needs it: the names (places, people, organisations) it mentions
 * and those of its lead. Two documents are compared figure by figure only when their signatures say they report one
 * event (sameEvent); the publication window is the cross-document bucket's week (cross.ts). Pure and cheap (regular
 * expressions over the text, no model): the app computes it for every document of a regrouped bucket (ADR 013).
 */

export interface EventSignature {
  /** Lower-cased names mentioned anywhere in the text ("dhaka", "ashulia", "nasrin"). */
  names: string[];
  /** The names of the lead (dateline, headline and first sentence: the first 400 characters): where it happened. */
  lead: string[];
  /** Two names written next to each other ("los angeles", "lumen knitwear"): one name when counting shared ones. */
  bigrams: string[];
  /** Names written at least once on their own, next to no other name ("san" of "San Diego" is not). */
  solo?: string[];
}

const LEAD_CHARS = 400;
const SCAN_CHARS = 20_000;
// Capitalised words that name no event: days, months, titles, wire agencies, and words that start a sentence.
const STOP = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december mr mrs ms dr st jr sr president minister police officials official " +
    "reuters ap afp associated press upi cnn bbc red cross crescent the a an and or but in on at of for to by from " +
    "with as it its he she they we i you this that these those there his her their our after before when while " +
    "if about over under more most some many several at least north south east west northern southern eastern western " +
    "new year years day week month update updated breaking news report photo video am pm edt est gmt utc jan feb " +
    "general " +
    "mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
// A word starting with a capital (letters, inner apostrophes, dots and hyphens: "O'Brien", "U.S.", "Al-Sadr").
const WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})|\n+/u;

/**
 * The event signature of a document's text.
 * @example eventSignature("DHAKA — At least 12 workers were killed in Ashulia.").lead // ["dhaka", "ashulia"]
 */
export function eventSignature(fullText: string): EventSignature {
  // A news report names its event long before 20,000 characters; a 2 MB upload must not cost a second here.
  const text = fullText.length > SCAN_CHARS ? fullText.slice(0, fullText.lastIndexOf(" ", SCAN_CHARS)) : fullText;
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
  const lowercase = new Set<string>();
  for (const token of text.split(/[^\p{L}\p{N}'’-]+/u)) if (/^\p{Ll}/u.test(token)) lowercase.add(normal(token));
  // A sentence's first word is capitalised anyway: a name only if written capitalised elsewhere too.
  const inner = new Set<string>();
  const first: string[][] = [];
  for (const s of sentences) {
    const words = [...s.matchAll(WORD)];
    const firstWords: string[] = [];
    // A title-case heading ("Iran's Domestic Unrest Reaches Critical Mass") capitalises every word: like first words.
    const heading = !/[.!?]["”’)]?$/.test(s) && words.length >= 0.6 * s.split(/\s+/).length;
    for (const m of words) {
      const word = normal(m[0]);
      const initial = m === words[0] && /^[\s"“‘(]*$/.test(s.slice(0, m.index));
      // An all-capitals dateline ("DHAKA —", "NAIROBI, Kenya") names the place.
      if (
        (initial || heading) &&
        !(m[0].length > 2 && m[0] === m[0].toUpperCase() && /^\s*(?:—|–|-|,|\()/.test(s.slice(m.index + m[0].length)))
      )
        firstWords.push(word);
      else inner.add(word);
    }
    first.push(firstWords);
  }
  const isName = (w: string) => w.length > 1 && !STOP.has(w) && !lowercase.has(w);
  const names = new Set<string>();
  const lead = new Set<string>();
  const bigrams = new Set<string>();
  const solo = new Set<string>();
  let offset = 0;
  sentences.forEach((s, i) => {
    const start = text.indexOf(s, offset);
    offset = start < 0 ? offset : start + s.length;
    let previous: { word: string; end: number; paired: boolean } | null = null;
    for (const m of s.matchAll(WORD)) {
      const word = normal(m[0]);
      if (!isName(word)) continue;
      if (first[i].includes(word) && !inner.has(word)) continue;
      names.add(word);
      const at = m.index ?? 0;
      const paired: boolean = previous !== null && /^\s+$/.test(s.slice(previous.end, at)) && previous.word !== word;
      if (paired && previous) {
        bigrams.add(`${previous.word} ${word}`);
        previous.paired = true;
      }
      if (previous && !previous.paired) solo.add(previous.word);
      previous = { word, end: at + m[0].length, paired };
      if (start >= 0 && start + (m.index ?? 0) < LEAD_CHARS) lead.add(word);
    }
    if (previous && !previous.paired) solo.add(previous.word);
  });
  return { names: [...names].sort(), lead: [...lead].sort(), bigrams: [...bigrams].sort(), solo: [...solo].sort() };
}

function normal(word: string): string {
  if (!/['’.-]/.test(word)) return word.toLowerCase();
  return word
    .replace(/['’]s$/u, "")
    .replace(/[.'’-]+$/u, "")
    .toLowerCase();
}

const nameSets = new WeakMap<EventSignature, Set<string>>();

function namesOf(s: EventSignature): Set<string> {
  let set = nameSets.get(s);
  if (!set) {
    set = new Set(s.names);
    nameSets.set(s, set);
  }
  return set;
}

/**
 * Whether two documents report one event: they share a name that one of them puts in its lead (where it happened,
 * who), and a second shared name (not the other half of "Los Angeles") unless one of them names almost nothing (a
 * two-line wire item). A document without
 * names is no evidence of anything and joins no other document. Undefined signatures (figures built without their
 * document's text, as in unit tests of the grouping rules) are not judged: true.
 * @example sameEvent(eventSignature(dhakaFire), eventSignature(nairobiProtest)) // false
 */
export function sameEvent(a: EventSignature | undefined, b: EventSignature | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  // Asked for every pair of figures of two documents: judged once per pair of documents.
  let row = verdicts.get(a);
  if (!row) {
    row = new WeakMap();
    verdicts.set(a, row);
  }
  let verdict = row.get(b);
  if (verdict === undefined) {
    verdict = judgeSameEvent(a, b);
    row.set(b, verdict);
  }
  return verdict;
}

const verdicts = new WeakMap<EventSignature, WeakMap<EventSignature, boolean>>();

function judgeSameEvent(a: EventSignature, b: EventSignature): boolean {
  const na = namesOf(a);
  const nb = namesOf(b);
  let shared = 0;
  let inLead = false;
  const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
  for (const n of small) {
    if (!large.has(n) || halvesOfTwoNames(n, a, b)) continue;
    shared++;
    if (!inLead && (a.lead.includes(n) || b.lead.includes(n))) inLead = true;
  }
  if (!inLead) return false;
  if (small.size < FEW_NAMES) return true;
  // "Los Angeles" is one name written as two words: a bigram both documents write counts once.
  if (shared >= 2) for (const bigram of a.bigrams) if (b.bigrams.includes(bigram)) shared--;
  return shared >= 2;
}

/**
 * A word both documents write only as one half of two different two-word names ("San Diego" / "San Angelo", "Genesee
 * County" / "Fulton County") is not a name they share.
 */
function halvesOfTwoNames(word: string, a: EventSignature, b: EventSignature): boolean {
  const pa = genericHalves(a).get(word);
  const pb = genericHalves(b).get(word);
  if (pa === undefined || pb === undefined) return false;
  for (const bigram of pa) if (pb.has(bigram)) return false;
  return true;
}

const halves = new WeakMap<EventSignature, Map<string, Set<string>>>();

/**
 * word -> its two-word names, for the words a text writes only as a name's generic half: its head in every pair
 * ("county", "hill") or a place-name prefix ("san", "fort"), never alone. "Vancouver police" and "Vancouver Sun" still
 * share Vancouver. Signatures without `solo` (built before it existed) have none.
 */
function genericHalves(s: EventSignature): Map<string, Set<string>> {
  let map = halves.get(s);
  if (map) return map;
  const pairs = new Map<string, Set<string>>();
  for (const bigram of s.bigrams) {
    for (const word of bigram.split(" ")) {
      const set = pairs.get(word) ?? new Set<string>();
      set.add(bigram);
      pairs.set(word, set);
    }
  }
  map = new Map();
  const solo = new Set(s.solo ?? [...pairs.keys()]);
  for (const [word, set] of pairs) {
    if (solo.has(word)) continue;
    const list = [...set];
    const head = list.every((x) => x.endsWith(` ${word}`));
    const prefix = NAME_PREFIXES.has(word) && list.every((x) => x.startsWith(`${word} `));
    if (head || prefix) map.set(word, set);
  }
  halves.set(s, map);
  return map;
}

/** First words of place names that name nothing alone: "San Diego" and "San Angelo" share no place. */
const NAME_PREFIXES = new Set("san santa los las el la le fort port mount lake saint st cape".split(" "));

/** A document naming fewer than this many things (a short wire item) needs one shared lead name, not two. */
const FEW_NAMES = 3;
