/**
 * Attribution of one sentence: who says it (source) and the words that say so (cue).
 *
 * In order of preference:
 * 1. a trailing attribution, which covers the whole sentence ("Officers found a shotgun in the car, Pickell said.");
 * 2. the first cue left to right outside quotation marks (see attribution/cue.ts): "according to X", a reporting
 *    verb with its subject ("independent sources confirm", "Barak Seener, a research fellow, warns", "She
 *    describes"), a participle taking the clause subject ("Brian Carter ..., noting that"), a passive agent
 *    ("described by Time as");
 * 3. a hearsay adverb ("they reportedly gathered"), which carries the previous sentence's source in the paragraph.
 * A sentence with no cue returns null: the claim is the document's own ({@link DOCUMENT_SOURCE}).
 */

import {
  CONDITIONAL_FORMS,
  HEARSAY_ADVERBS,
  HEARSAY_PASSIVES,
  PASSIVE_AUXILIARIES,
  QUOTE_OPENING_FORMS,
  QUOTING_FORMS,
  REPORTING_FORMS,
} from "../lexicon/attribution.ts";
import type { SourceKind } from "../schema.ts";
import type { SentenceSegment, Token } from "../tokens/segment.ts";
import type { SentenceAttribution } from "./attribution.ts";
import { type CueMatch, cueAt } from "./cue.ts";
import { intentCue } from "./intent.ts";
import { lower } from "./names.ts";
import { CLOSING_MARKS, type QuoteState, quoteState } from "./quotes.ts";
import { subjectBefore } from "./runs.ts";
import {
  enclosingParenthesis,
  found,
  openingCue,
  parenthesisAttribution,
  RELAYING_KINDS,
  relayedSpeaker,
  reportAfterTrailing,
  SAID_WHEN,
  UNATTRIBUTED,
} from "./scopes.ts";
import { resolveSubject } from "./source.ts";
import { isUnnamedSpeaker, registerSource, type SourceRef, type SourceRegistry } from "./sources.ts";

const HEARSAY_SOURCE: SourceRef = { name: "Unnamed reports", kind: "anonymous", affiliation: null, scope: "document" };
/** How far from the end a trailing "..., X said." may start, in tokens. */
const TRAILING_WINDOW = 14;

function trailingCue(text: string, tokens: Token[], quoted: boolean[], registry: SourceRegistry): CueMatch | null {
  for (let i = tokens.length - 1; i > 0 && i >= tokens.length - TRAILING_WINDOW; i--) {
    const t = tokens[i];
    if (quoted[i]) continue;
    const reporting = REPORTING_FORMS.has(t.text) || CONDITIONAL_FORMS.has(t.text);
    if (t.pos === "VERB" && !reporting) return null;
    if (!reporting) continue;
    const match = cueAt(text, tokens, i, registry);
    return match?.trailing ? match : null;
  }
  return null;
}

/** "it was reported that", "it has been reported": a passive report nobody is named for, like "reportedly". */
function passiveReport(tokens: Token[], i: number): boolean {
  if (!HEARSAY_PASSIVES.has(lower(tokens[i]))) return false;
  let j = i - 1;
  while (j > 0 && PASSIVE_AUXILIARIES.has(lower(tokens[j]))) j--;
  return j < i - 1 && lower(tokens[j]) === "it";
}

/**
 * Finds the attribution of one sentence, or null when the document speaks for itself.
 * `previous` is the attribution of the sentence before, when it is in the same paragraph.
 * @example attributeSentence(text, sentence, registry, null)?.source.name // "Independent sources"
 */
export function attributeSentence(
  text: string,
  sentence: SentenceSegment,
  registry: SourceRegistry,
  previous: SentenceAttribution | null,
  quotes: QuoteState = quoteState(sentence.tokens, false),
): SentenceAttribution | null {
  const tokens = sentence.tokens;
  const quoted = quotes.mask;
  const trailing = trailingCue(text, tokens, quoted, registry);
  // "His daughter Joan Felt said ..., she told the Post": a trailing pronoun nobody was named for defers to the
  // speaker the sentence names before it.
  const unnamed = trailing !== null && isUnnamedSpeaker(trailing.source);
  if (trailing && !unnamed && !enclosingParenthesis(tokens, trailing)) {
    // "Authorities suspect arson caused the fire, the Associated Press reported.": the outlet relays the speaker
    // whose own verb opens the sentence.
    const relayed = RELAYING_KINDS.has(trailing.source.kind)
      ? openingCue(text, tokens, quoted, trailing, registry)
      : null;
    if (relayed) return found(text, tokens, relayed, sentence.start, true);
    const whole = found(text, tokens, trailing, sentence.start, true);
    return { ...whole, next: reportAfterTrailing(text, tokens, quoted, trailing, registry) };
  }
  const label = dashLabelledQuotation(text, tokens, quoted, registry);
  if (label) return found(text, tokens, label, sentence.start, true);
  let hearsay = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue;
    if (hearsay < 0 && (HEARSAY_ADVERBS.has(tokens[i].text.toLowerCase()) || passiveReport(tokens, i))) hearsay = i;
    const cue = cueAt(text, tokens, i, registry);
    // "According to a 1997 article in Ebony, Benjamin said she applied": the outlet relays the speaker it names.
    const match = cue && (relayedSpeaker(text, tokens, quoted, cue, registry) ?? cue);
    if (match) {
      noteGender(tokens, match, registry);
      // "The toll rose to 52 (40, according to the ministry) by Monday.": a cue inside a parenthesis attributes it.
      const paren = enclosingParenthesis(tokens, match);
      if (paren) return parenthesisAttribution(text, tokens, match, paren);
      // "The aircraft was insured at $35 million, records show, and ...": a parenthetical covers what precedes.
      const parenthetical =
        match.trailing && match.scope >= 0 && (quoteBefore(tokens, match) || endsClause(tokens, match));
      const first = found(text, tokens, match, sentence.start, parenthetical);
      if (match.until !== undefined) {
        // "Clinton, who announced a $275 billion plan, plans to ...": after the relative clause the document speaks.
        const back = tokens[match.until + 1];
        const rest = back ? { source: UNATTRIBUTED, scopeStart: back.start, frame: null, next: null } : null;
        return { ...first, next: back ? (mainAfterRelative(text, tokens, quoted, match, registry) ?? rest) : null };
      }
      // After a deferred trailing pronoun ("..., she told the Post") no second clause: that pronoun is this speaker.
      if (unnamed) return { ...first, next: null };
      const inner = parenthetical ? null : innerAccording(text, tokens, quoted, match, registry, sentence.start);
      const after = parenthetical ? reportAfterTrailing(text, tokens, quoted, match, registry) : null;
      return { ...first, next: after ?? inner ?? secondClause(text, tokens, quoted, match.last + 1, registry) };
    }
  }
  if (trailing) return found(text, tokens, trailing, sentence.start, true);
  const unquotedSentence = !quotes.startsQuoted && !quoted.includes(true) && !/[“”"]/.test(sentence.text);
  const intent = hearsay < 0 && unquotedSentence ? intentCue(text, tokens, registry) : null;
  if (intent) return { ...found(text, tokens, intent, sentence.start, false), next: clauseAfter(tokens, intent.last) };
  if (hearsay < 0) return quotationOfSubject(text, tokens, quoted, registry);
  const { name, kind, affiliation, scope } = previous?.source ?? HEARSAY_SOURCE;
  const source = registerSource(registry, { name, kind, affiliation, scope });
  const cue = tokens[hearsay];
  return {
    source: { ...source, cue: { text: cue.text, start: cue.start, end: cue.end } },
    scopeStart: sentence.start,
    frame: null,
    next: null,
  };
}

/**
 * "Barkley, who said he typically votes democratic, said one candidate he likes is Kasich": after a relative clause
 * that reports, the main verb may report for the subject too; what follows the clause is then the subject's.
 */
function mainAfterRelative(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  relative: CueMatch,
  registry: SourceRegistry,
): SentenceAttribution | null {
  const from = (relative.until ?? tokens.length) + 1;
  for (let j = from; j < tokens.length && j - from <= 3; j++) {
    if (quoted[j]) return null;
    const main = cueAt(text, tokens, j, registry);
    if (main) return { ...found(text, tokens, main, tokens[from].start, true), next: null };
    if (tokens[j].pos !== "ADV" && tokens[j].pos !== "AUX") return null;
  }
  return null;
}

/** Kinds of source whose quoted words a quotation inside their own clause is. */
const QUOTING_KINDS: ReadonlySet<SourceKind> = new Set(["person", "official", "organization", "outlet", "anonymous"]);

/**
 * "Sanders promised to end “the excessively wasteful $18 million deportation regime.”", "Politico reveals a few
 * relevant facts: “Of its 76,981 registered voters ...”": with no reporting cue, a quotation inside a clause is the
 * words of that clause's subject when the subject is someone who speaks. Only the quotation is attributed (what
 * follows it is the document's again); a short quotation without a figure is a scare quote, not someone's words.
 */
function quotationOfSubject(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  registry: SourceRegistry,
): SentenceAttribution | null {
  const open = quoted.indexOf(true);
  if (open <= 1) return null;
  let close = open;
  while (close < tokens.length && quoted[close]) close++;
  const inside = tokens.slice(open, close).filter((t) => t.pos !== "PUNCT");
  if (inside.length < 3 && !inside.some((t) => t.pos === "NUM")) return null;
  let verb = -1;
  for (let i = 1; i < open; i++)
    if ((QUOTING_FORMS.has(tokens[i].text) || opensQuotation(tokens, i, open)) && tokens[i - 1].pos !== "DET") {
      verb = i;
      break;
    }
  if (verb < 0) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject || (subject.start > 0 && tokens[subject.start - 1].pos !== "PUNCT")) return null;
  const source = resolveSubject(text, tokens, subject, registry, false, false);
  if (!source || !QUOTING_KINDS.has(source.kind)) return null;
  const cue = tokens[verb];
  const rest = tokens[close];
  return {
    source: { ...source, cue: { text: cue.text, start: cue.start, end: cue.end } },
    scopeStart: tokens[open].start,
    frame: null,
    next: rest ? { source: UNATTRIBUTED, scopeStart: rest.start, frame: null, next: null } : null,
  };
}

/**
 * "Pollsters agree - Carl Bialik: “...”": a name and a colon after a dash open a quotation the whole sentence belongs
 * to; a cue in the label before the dash ("agree") does not speak it.
 */
function dashLabelledQuotation(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  registry: SourceRegistry,
): CueMatch | null {
  for (let i = 5; i < tokens.length - 1; i++) {
    if (quoted[i] || tokens[i].text !== ":" || !/^[“"]/u.test(tokens[i + 1].text)) continue;
    const match = cueAt(text, tokens, i, registry);
    const before = match?.frame ? tokens[match.frame.start - 1]?.text : undefined;
    if (match && before !== undefined && /^[-–—]$|^from$/i.test(before)) return match;
  }
  return null;
}

/** "He continued, “...”": a verb that opens a quotation only when a comma or a colon is all that stands between. */
function opensQuotation(tokens: Token[], i: number, open: number): boolean {
  return QUOTE_OPENING_FORMS.has(tokens[i].text) && open === i + 2 && /^[,:]$/.test(tokens[i + 1].text);
}

/** The subject follows a closing quotation mark: "“...,” he points out". */
function quoteBefore(tokens: Token[], m: CueMatch): boolean {
  const opener = tokens[m.scope - 1];
  if (opener === undefined || !CLOSING_MARKS.has(opener.text)) return false;
  // A lone "'" is an apostrophe; two glued ones close a '' quotation ("...,'' Mr. Vander Plaats said in ...").
  if (opener.text !== "'") return true;
  const before = tokens[m.scope - 2];
  return before?.text === "'" && before.end === opener.start;
}

/** Nothing but a particle or an adverb follows the cue before a comma or the end: "..., records show, and". */
function endsClause(tokens: Token[], m: CueMatch): boolean {
  // "..., officials told reporters, were missing": whom a speaker told stands between the verb and the comma.
  const told = REPORTING_FORMS.get(lower(tokens[m.last])) === "tell";
  for (let j = m.last + 1; j < tokens.length && j <= m.last + 4; j++) {
    const t = tokens[j];
    // "(at one point as low as 19%, Gutin says)": a parenthesis closes the clause too.
    if (/^(?:[,.;)]|--|—|–)$/.test(t.text) || CLOSING_MARKS.has(t.text)) return true;
    // "..., police said after the hospital reported 40 injured": a clause on when it was said.
    if (SAID_WHEN.has(lower(t))) return true;
    if (told && /^(?:NOUN|DET|PRON)$/.test(t.pos)) continue;
    // "..., the Budget Office reported on Tuesday -- a development that": particles, adverbs and a time adjunct.
    const time =
      t.pos === "PROPN" || t.pos === "NUM" || /^(?:week|month|year|night|morning|afternoon|evening)$/.test(t.text);
    if (t.pos !== "ADP" && t.pos !== "PART" && t.pos !== "ADV" && !time) return false;
  }
  return false;
}

/**
 * "The Ledger reports that the mayor won voters earning $100,000 or more, according to the county clerk": after an
 * outlet, a poll or a document, a closing "according to" names where what they relay comes from, so the sentence is
 * its source's (a second attribution from the sentence start; the leading cue stays an attribution of its own).
 * Only a phrase after a comma that runs to the sentence's end; "Police said 12 died, according to the Ledger" is the
 * police's, the paper relaying them.
 */
function innerAccording(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  lead: CueMatch,
  registry: SourceRegistry,
  sentenceStart: number,
): SentenceAttribution | null {
  if (!RELAYING_KINDS.has(lead.source.kind)) return null;
  for (let j = lead.last + 2; j < tokens.length - 2; j++) {
    if (quoted[j] || lower(tokens[j]) !== "according" || lower(tokens[j + 1]) !== "to") continue;
    if (tokens[j - 1].text !== ",") return null;
    const match = cueAt(text, tokens, j, registry);
    if (!match?.frame || match.frame.end < tokens.length - 1) return null;
    return { ...found(text, tokens, match, sentenceStart, true), next: null };
  }
  return null;
}

/**
 * A second attributed clause after a clause boundary (", while", ", but", ", whereas", ";"): its cue must have its
 * own subject after the boundary, so "Police said 12 died and 3 were hurt" stays one claim.
 */
function secondClause(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  from: number,
  registry: SourceRegistry,
): SentenceAttribution | null {
  // "While Hurun lists his wealth at $6.5 billion, Forbes says it is $4.5 billion": the comma that closes a fronted
  // contrast clause opens the main one.
  const fronted = FRONTED_CONTRAST.has(tokens[0]?.text.toLowerCase() ?? "");
  let closed = false;
  for (let b = from; b < tokens.length - 2; b++) {
    const closes = fronted && !closed && tokens[b].text === ",";
    if (closes) closed = true;
    if (quoted[b] || !(closes || isClauseBoundary(tokens, b))) continue;
    const opens = tokens[b].text === "," && !closes ? b + 2 : b + 1;
    for (let k = opens + 1; k < tokens.length; k++) {
      if (quoted[k] || isClauseBoundary(tokens, k)) break;
      const match = cueAt(text, tokens, k, registry);
      if (!match || match.scope < opens) continue;
      return { ...found(text, tokens, match, tokens[opens].start, false), next: null };
    }
  }
  return null;
}

/** "Obama plans to send a nominee, but ... two senators ...": after a clause boundary the document speaks again. */
function clauseAfter(tokens: Token[], from: number): SentenceAttribution | null {
  for (let b = from + 1; b < tokens.length - 2; b++) {
    if (!isClauseBoundary(tokens, b)) continue;
    const opens = tokens[b].text === "," ? b + 2 : b + 1;
    return { source: UNATTRIBUTED, scopeStart: tokens[opens].start, frame: null, next: null };
  }
  return null;
}

/** Subordinators that open a sentence with a contrast clause before the main one. */
const FRONTED_CONTRAST = new Set(["while", "whereas", "although", "though"]);

/** Words after a comma that open a second clause with its own subject ("..., though subsequent rumors suggested"). */
const CLAUSE_LINKS = new Set(["while", "whereas", "but", "and", "though", "although"]);

export function isClauseBoundary(tokens: Token[], i: number): boolean {
  if (tokens[i].text === ";") return true;
  // "Early polls show him slipping: A Quinnipiac poll this month found ...": a capital after a colon opens a clause.
  if (tokens[i].text === ":") return /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "");
  const next = tokens[i + 1]?.text.toLowerCase();
  return tokens[i].text === "," && CLAUSE_LINKS.has(next ?? "");
}

/** "Maria Vance said she saw": a pronoun right after the cue tells which pronoun refers to the speaker later. */
function noteGender(tokens: Token[], match: CueMatch, registry: SourceRegistry): void {
  const next = tokens[match.last + 1]?.text.toLowerCase();
  const { kind } = match.source;
  if ((next === "he" || next === "she") && (kind === "person" || kind === "official")) {
    registerSource(registry, match.source, next);
  }
}

/** "On July 6, 2015, ...": a phrase opening on a preposition or an adverb, closed by the comma before `start`. */
function frontedPhraseBefore(tokens: Token[], start: number): boolean {
  return (
    tokens[start - 1]?.text === "," &&
    /^(?:ADP|ADV|SCONJ)$/.test(tokens[0].pos) &&
    !tokens.slice(0, start - 1).some((t) => t.pos === "VERB")
  );
}

/**
 * The subject of a narrating sentence when it is someone who speaks: a name or "he"/"she" before the first verb, at
 * the start of the sentence ("Groberg spoke about ...", "Howard continued his scathing remarks.") or after a fronted
 * phrase ("On July 6, 2015, Sanders made the following comment:").
 */
export function narratorOf(text: string, sentence: SentenceSegment, registry: SourceRegistry): SourceRef | null {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === "VERB");
  if (verb < 1) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject || (subject.start !== 0 && !frontedPhraseBefore(tokens, subject.start))) return null;
  const head = tokens[subject.name.start];
  if (head.pos !== "PROPN" && !/^(?:he|she)$/i.test(head.text)) return null;
  const source = resolveSubject(text, tokens, subject, registry, false, true);
  return source && QUOTING_KINDS.has(source.kind) ? source : null;
}
