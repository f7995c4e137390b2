/**
 * Turns a subject run ("Another expert, Behnam Ben Taleblu of the Foundation for Defense of Democracies") into a
 * canonical source, resolving pronouns, surnames and "these accounts" against the document's registry. This file
 * reads the phrase (pronoun, determiners, possessive owner, head noun, attachment); source-forms.ts builds the source
 * for the form it finds.
 */
import {
  DOCUMENT_NOUNS,
  MAKING_LEMMAS,
  MEDIA_NOUNS,
  NAMED_POLL_HEADS,
  POLL_NOUNS,
  PUBLISHED_IN_NOUNS,
} from "../lexicon/attribution.ts";
import {
  ANAPHORIC_DETERMINERS,
  CARRIER_NOUNS,
  LEADING_DETERMINERS,
  NEWS_BODY_HEADS,
  NEWS_CARRIERS,
  ORG_WORDS,
  OUTLET_WORDS,
  PARTY_WORDS,
  SOURCE_NOUNS,
  TIME_NAMES,
  TITLES,
} from "../lexicon/attribution-sources.ts";
import type { Token } from "../tokens/segment.ts";
import { firstNamedBetween, lastNamedBefore } from "./document-names.ts";
import { ATTACHING, affiliationIn, isCap, lower, officeOfEnd, properEnd, slice } from "./names.ts";
import { CLOSING_MARKS, DOUBLE_OPEN } from "./quotes.ts";
import type { Run, Subject } from "./runs.ts";
import { capitalizeFirst, commonSource, mediaSource, paperSource, properSource } from "./source-forms.ts";
import { scopeOfTokens } from "./source-scope.ts";
import {
  findPerson,
  findRecent,
  findReferent,
  registerSource,
  type SourceRef,
  type SourceRegistry,
  UNNAMED_SPEAKER,
} from "./sources.ts";

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

/** Index of the head noun of a chunk: its last source noun ("Sources close" -> "Sources"), else its last word. */
function headOf(tokens: Token[], start: number, end: number): number {
  // A capitalized last word is a name ("Expert Lisa Daftari"), unless it is itself a source noun ("Police").
  if (isCap(tokens[end - 1]) && !SOURCE_NOUNS.has(lower(tokens[end - 1]))) return end - 1;
  // A poll, a document or a carrier of words heads its phrase: "Federal Election Commission records".
  const last = end - 1 === 0 ? tokens[0].text.toLowerCase() : tokens[end - 1].text;
  if (POLL_NOUNS.has(last) || DOCUMENT_NOUNS.has(last) || MEDIA_NOUNS.has(last)) return end - 1;
  for (let i = end - 1; i >= start; i--)
    if (SOURCE_NOUNS.has(lower(tokens[i])) || CARRIER_NOUNS.has(lower(tokens[i]))) return i;
  return end - 1;
}

/** The capitalized run before a possessive "'s" whose head after it is a lower-case noun, or null. */
function possessiveOwner(tokens: Token[], start: number, end: number): Run | null {
  const last = tokens[end - 1];
  if (end - start < 3 || isCap(last) || last.pos !== "NOUN") return null;
  for (let p = start + 1; p < end - 1; p++) {
    const w = lower(tokens[p]);
    if (w !== "'s" && w !== "’s") continue;
    const owner = tokens.slice(start, p);
    if (!owner.every((t) => isCap(t) || NAME_CONNECTORS_IN_OWNER.has(lower(t)))) return null;
    if (!isCap(owner[owner.length - 1]) || TIME_NAMES.has(lower(owner[owner.length - 1]))) return null;
    return { start, end: p };
  }
  return null;
}

/** Lower-case words allowed inside a possessive owner's name: "Bank of America's". */
const NAME_CONNECTORS_IN_OWNER = new Set(["of", "for", "and", "&", "-", "the"]);
/** Relative pronouns right before "he"/"she": "the plan, which he said ..." (the pronoun is in a relative clause). */
const RELATIVE_BEFORE_PRONOUN = new Set(["which", "that", "whom", "who"]);

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
  speech = true,
): SourceRef | null {
  const { name, appositive } = subject;
  const first = tokens[name.start];
  const surface = slice(text, tokens, name.start, name.end);
  // "I couldn ’ t say anything" (a contraction spaced apart): a lone lower-case letter is no speaker.
  if (name.end - name.start === 1 && /^\p{Ll}$/u.test(first.text)) return null;
  if (name.end - name.start === 1 && first.pos === "PRON") {
    const w = lower(first);
    if (w === "he" || w === "she") {
      // "Sen. Claire McCaskill scolded him: “...,” she said": after a quotation, the person the sentence named before
      // it, not the last source of the sentences before.
      const closing = CLOSING_MARKS.has(tokens[name.start - 1]?.text ?? "");
      const quoteOpen = closing ? tokens.findIndex((t) => DOUBLE_OPEN.has(t.text) || t.text === '"') : -1;
      // "Trump has blasted the delegate system, which he said ...": inside a relative clause, the person the sentence
      // named before it (was the last source of the sentences before, another candidate).
      const relative = RELATIVE_BEFORE_PRONOUN.has(lower(tokens[name.start - 1] ?? first));
      const until = quoteOpen > 0 ? tokens[quoteOpen].start : relative ? first.start : -1;
      const own = until > 0 ? firstNamedBetween(registry, tokens[0].start, until) : null;
      return (
        pronounPerson(registry, first.text, first.start, own) ?? registerSource(registry, UNNAMED_SPEAKER, first.text)
      );
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
  // "Kantar Media's political ad tracker", "the Labor Department's latest report": a named owner of a common-noun
  // head is the source. A capitalized head keeps the possessive inside a name ("Moody's Analytics").
  const owner = possessiveOwner(tokens, start, name.end);
  if (owner) {
    const source = properSource(text, tokens, owner, appositive, registry, news);
    if (source) return source;
  }
  const attach = attachmentAt(tokens, { start, end: name.end });
  const headAt = headOf(tokens, start, attach);
  const head = lower(tokens[headAt]);
  // A role noun names an unnamed speaker: "the coach said", "a nurse told".
  let headKind = SOURCE_NOUNS.get(head) ?? (isCap(tokens[headAt]) ? undefined : TITLES.get(head));
  // "Global Witness" is a name; "Interior Ministry" and "Police" stay common-noun sources.
  if (headKind && headKind !== "official" && isCap(tokens[headAt]) && headAt > start && isCap(tokens[headAt - 1])) {
    headKind = undefined;
  }
  // "Xinhua news agency", "the state news agency": a news body is an outlet, whatever its head says alone.
  if (headKind && NEWS_BODY_HEADS.has(head) && lower(tokens[headAt - 1]) === "news") headKind = "outlet";
  // "one Republican involved in the planning", "a Democrat": an unnamed member of a party, not the party.
  const member = head.endsWith("s") ? head.slice(0, -1) : head;
  if (!headKind && start > name.start && headAt === start && PARTY_WORDS.has(member)) headKind = "anonymous";
  if (anaphoric && (headKind || CARRIER_NOUNS.has(head))) {
    const found = findRecent(registry, () => true, surface);
    if (found) return found;
  }
  const attachWord = attach < name.end ? lower(tokens[attach]) : "";
  // "Minister of Health Ana Ruiz": an office's "of" phrase, then the person who holds it.
  if (headKind && attachWord === "of" && isCap(tokens[headAt]) && officeOfEnd(tokens, headAt, name.end) > 0) {
    const person = properSource(text, tokens, { start: headAt, end: name.end }, appositive, registry, news);
    if (person) return person;
  }
  // "reports from Channel 4", "a poll from Florida Atlantic University", "polling by the A.F.L.-C.I.O.": the body
  // named after the carrier, poll or document is the source ("an analysis of census data" says what, not who).
  const paperHead = POLL_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
  // "a story by the website Politico", "an article in the Boston Globe": the publisher of a piece of media.
  const published =
    (MEDIA_NOUNS.has(head) && attachWord === "by") || (PUBLISHED_IN_NOUNS.has(head) && attachWord === "in");
  const bodyAfter =
    (CARRIER_NOUNS.has(head) && (attachWord === "from" || attachWord === "by" || attachWord === "of")) ||
    (paperHead && (attachWord === "from" || attachWord === "by")) ||
    published;
  // "A report the World Bank released Monday says", "The statement the ministry issued said": the maker a relative
  // clause right after a poll or document names is its source, as "a report by the World Bank" names it. The run
  // reader may have read the maker into the name ("statement the ministry"), so the head is looked for inside it.
  const maker = makerInside(tokens, start, name.end);
  if (maker) {
    const source = isCap(tokens[maker.start])
      ? properSource(text, tokens, maker, null, registry, false)
      : resolveSubject(text, tokens, { name: maker, appositive: null, start: maker.start }, registry, false, speech);
    if (source) return source;
  }
  if (bodyAfter && !(paperHead && placeAfterOwner(tokens, start, headAt, name.end))) {
    let j = attach + 1;
    if (j < name.end && lower(tokens[j]) === "the") j++;
    // "a story by the website Politico": a common noun describing the name before it.
    if (j + 1 < name.end && tokens[j].pos === "NOUN" && !isCap(tokens[j]) && isCap(tokens[j + 1])) j++;
    const end = properEnd(tokens, j, name.end);
    // "Exit polls from the New Hampshire primary": a name that only modifies a common noun names no body; the poll
    // itself speaks.
    const modifier = paperHead && end < name.end && /^(?:NOUN|ADJ)$/.test(tokens[end].pos) && !isCap(tokens[end]);
    if (end > j && !modifier && !TIME_NAMES.has(lower(tokens[j])) && !/^\d/.test(tokens[j].text)) {
      return properSource(text, tokens, { start: j, end }, null, registry, published || NEWS_CARRIERS.has(head));
    }
  }
  // "the U.S. Geological Survey" is a name, "a Gallup poll" a poll.
  const common = !isCap(tokens[headAt]) || headAt === 0 || NAMED_POLL_HEADS.has(tokens[headAt].text);
  // "the association said" after "The Bangladesh Garment ... Association (BGMEA)": the named one, in this document.
  const described = attach === name.end && tokens.slice(start, headAt).every((t) => !isCap(t) || t === tokens[0]);
  if (described && headAt === name.end - 1 && (lower(first) === "the" || start === name.start)) {
    const referent = findReferent(registry, head, first.start, surface);
    if (referent) return referent;
  }
  // "according to his book", "her memoir": the writer's own words, whoever the pronoun stands for.
  const writer = lower(tokens[headAt - 1]);
  if (common && MEDIA_NOUNS.has(head) && headAt - 1 === name.start && (writer === "his" || writer === "her")) {
    const person = pronounPerson(registry, writer === "his" ? "he" : "she", first.start, null);
    if (person) return person;
  }
  if (common && MEDIA_NOUNS.has(head)) return mediaSource(text, tokens, { start, end: headAt + 1 }, registry);
  // "the average of recent polls", "an analysis of census data": the of-phrase says what the source is.
  const ofObject = tokens[name.end - 1].text;
  if (common && attachWord === "of" && name.end - 1 > attach) {
    const of = POLL_NOUNS.has(ofObject) ? "poll" : DOCUMENT_NOUNS.has(ofObject) ? "document" : null;
    if (of) return paperSource(text, tokens, { start, end: name.end }, of, registry, surface);
  }
  const paper: "poll" | "document" | null = !common
    ? null
    : POLL_NOUNS.has(head)
      ? "poll"
      : DOCUMENT_NOUNS.has(head)
        ? "document"
        : null;
  if (paper) return paperSource(text, tokens, { start, end: headAt + 1 }, paper, registry, surface);
  if (headKind) {
    const attachment = attach < name.end ? { start: attach, end: name.end } : null;
    const affiliation = affiliationIn(text, tokens, attachment) ?? affiliationIn(text, tokens, appositive);
    const keepAttachment = attachment && (attachWord === "for" || attachWord === "of");
    const labelEnd = keepAttachment && headAt === attach - 1 ? name.end : headAt + 1;
    // "the nonpartisan Congressional Budget Office": a name's own words, without the adjectives before it.
    let labelStart = start;
    if (isCap(tokens[headAt])) while (labelStart < headAt && !isCap(tokens[labelStart])) labelStart++;
    const label = slice(text, tokens, labelStart, labelEnd);
    // "Police", "officials", "the coach": a description, one per document; "Gazipur police" names its force.
    const scope = scopeOfTokens(tokens, labelStart, labelEnd);
    return registerSource(registry, { name: capitalizeFirst(label), kind: headKind, affiliation, scope }, surface);
  }
  const proper = properSource(text, tokens, { start, end: name.end }, appositive, registry, news);
  if (proper || !speech) return proper;
  return commonSource(text, tokens, { start, end: headAt + 1 }, registry, surface);
}

/**
 * The person "he" or "she" at `offset` stands for: `own` when the sentence named them, else the last person source
 * that fits the pronoun, else the person the text named last ("Yvonne Hiller ... She said"); null when none.
 */
function pronounPerson(
  registry: SourceRegistry,
  pronoun: string,
  offset: number,
  own: string | null,
): SourceRef | null {
  const person = own === null ? findPerson(registry, pronoun) : null;
  if (person) return person;
  const named = own ?? lastNamedBefore(registry, offset);
  return named
    ? registerSource(registry, { name: named, kind: "person", affiliation: null, scope: "global" }, pronoun)
    : null;
}

/**
 * "SurveyMonkey data from Iowa", "a Gallup poll from Ohio": a poll or document whose owner is named before it, and
 * after "from" a name that is no body's (no organization or outlet word) — where the figures come from, not who
 * gives them ("Census data from the Labor Department" is the department's).
 */
function placeAfterOwner(tokens: Token[], start: number, headAt: number, end: number): boolean {
  const owned = headAt > start && isCap(tokens[headAt - 1]) && tokens[headAt - 1].pos === "PROPN";
  if (!owned || lower(tokens[headAt + 1]) !== "from") return false;
  return !tokens.slice(headAt + 2, end).some((t) => ORG_WORDS.has(lower(t)) || OUTLET_WORDS.has(lower(t)));
}

/** A poll, document or report noun inside `[start, end)` with a maker's relative clause after it (makerAfter). */
function makerInside(tokens: Token[], start: number, end: number): { start: number; end: number } | null {
  for (let k = start; k < end; k++) {
    const word = lower(tokens[k]);
    if (tokens[k].pos !== "NOUN" || isCap(tokens[k])) continue;
    if (!POLL_NOUNS.has(word) && !DOCUMENT_NOUNS.has(word) && !MEDIA_NOUNS.has(word) && !CARRIER_NOUNS.has(word))
      continue;
    const maker = makerAfter(tokens, k + 1);
    if (maker) return maker;
  }
  return null;
}

/**
 * The proper name a relative clause right after token `from` names as the maker of what came before it: "[A report]
 * (that) the World Bank released", "[a poll] the Times conducted last week" -> the name's range; else null. The name
 * must be followed at once by a past form of a making verb (MAKING_LEMMAS): "a report the senator called flawed" names
 * no maker.
 * @example makerAfter(tokens("A report the World Bank released says"), 2) // the range of "World Bank"
 */
export function makerAfter(tokens: Token[], from: number): { start: number; end: number } | null {
  let j = from;
  if (lower(tokens[j]) === "that" || lower(tokens[j]) === "which") j++;
  const the = lower(tokens[j]) === "the";
  if (the) j++;
  let end = properEnd(tokens, j, tokens.length);
  // "the statement the ministry issued", "a fact sheet lawmakers released": a common noun naming a speaker.
  // A bare singular noun right after the head is a compound ("the editorial board wrote"), not a new clause's subject.
  if (end === j && SOURCE_NOUNS.has(lower(tokens[j])) && (the || j > from || lower(tokens[j]).endsWith("s")))
    end = j + 1;
  if (end === j || end - j > 6 || TIME_NAMES.has(lower(tokens[j]))) return null;
  const verb = tokens[end];
  if (verb === undefined || verb.pos !== "VERB" || !MAKING_LEMMAS.has(verb.lemma)) return null;
  // A past form: "released", "wrote", "sent" — not "releases" (a new clause) or "to publish".
  if (verb.lemma === lower(verb) || lower(verb).endsWith("s") || lower(verb).endsWith("ing")) return null;
  return { start: j, end };
}
