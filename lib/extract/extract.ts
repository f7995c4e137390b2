/**
 * The extraction pipeline entry: document text -> sentences, claims, quantities, dates, sources. Pure and
 * deterministic: no clock (input.publishedAt is the reference for relative dates), ids in
 * document order ("s1", "c1", "q1", "d1", "src1").
 */
import { attributeSentences, type SentenceAttribution } from "./attribution/attribution.ts";
import { createSourceRegistry, listSources, type SourceRegistry, sourceKey } from "./attribution/sources.ts";
import { assembleClaims } from "./claims/claims.ts";
import { type Figure, figureOf } from "./concept/concept.ts";
import { type DateDraft, findDates } from "./dates/dates.ts";
import { isAgeUnit, TIME_UNITS, UNIT_SCALES } from "./lexicon/units.ts";
import { type CountedThread, readElided } from "./quantities/ellipsis.ts";
import { findQuantities, type QuantityMention } from "./quantities/quantities.ts";
import type { Claim, DateMention, ExtractInput, Quantity, Sentence, Source, TextExtraction } from "./schema.ts";
import { maskLongTokens } from "./tokens/long-tokens.ts";
import { segment } from "./tokens/segment.ts";

/**
 * Reads the publication date as the reference for relative dates; anything unparseable means "no reference".
 * @example referenceDate("2026-01-12") // Date 2026-01-12T00:00:00Z
 */
export function referenceDate(publishedAt: string | undefined): Date | null {
  if (!publishedAt) return null;
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * Extracts claims, quantities, dates and sources from one document. Grouping its figures (in-document discrepancies)
 * is lib/compare's: lib/analysis/analyze.ts runs both.
 * @example
 * const out = extract({ id: "doc", text: "Police said over 800 people were arrested." });
 * out.claims[0].label // "over 800 people were arrested"
 * out.claims[0].source // { name: "Police", kind: "official", affiliation: null, scope: "document", cue: { ... } }
 */
export function extract(input: ExtractInput): TextExtraction {
  const text = input.text;
  const reference = referenceDate(input.publishedAt);
  const segments = segment(maskLongTokens(text));
  const registry = createSourceRegistry();
  const attributions = attributeSentences(text, segments, registry);
  // A source read first as a description and later as a name is a name in every claim (attribution/sources.ts registerSource).
  const scopes = new Map(listSources(registry).map((s) => [s.key, s.scope]));
  // ... and a lone word read first as an organization and later as a person ("Obama said", "President Obama") is a person.
  const kinds = new Map(listSources(registry).map((s) => [s.key, s.kind]));
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const counted: CountedThread = [];
  for (let i = 0; i < segments.length; i++) {
    const sentence = segments[i];
    const sentenceId = `s${i + 1}`;
    sentences.push({ id: sentenceId, text: sentence.text, start: sentence.start, end: sentence.end });
    // The output contract wants finite numbers; a reading that failed to resolve a value must not break a document.
    const mentions = findQuantities(sentence).filter(
      (m) => Number.isFinite(m.value) && !describesSpeaker(text, m, attributions[i]),
    );
    // A bare number after a counted figure counts what it counted ("20 points ... now has 2,302"; ellipsis.ts).
    readElided(counted, i, sentence.tokens, mentions);
    const found: DateDraft[] = findDates(sentence, reference);
    const drafts = assembleClaims(text, sentence, attributions[i], mentions, found);
    const own: Claim[] = [];
    for (const d of drafts) {
      const key = sourceKey(d.source);
      const scope = scopes.get(key) ?? d.source.scope;
      const kind = kinds.get(key) ?? d.source.kind;
      const claim: Claim = { id: `c${claims.length + 1}`, sentenceId, ...d, source: { ...d.source, scope, kind } };
      claims.push(claim);
      own.push(claim);
    }
    let previous: Quantity | null = null;
    for (const m of mentions) {
      const claim = containing(own, m.start, m.end) ?? own[0];
      if (!claim) continue;
      const figure = figureOf(sentence, m);
      if (previous !== null && isConversionOf(text, previous, figure)) figure.concept = previous.concept;
      previous = { id: `q${quantities.length + 1}`, ...figure, claimId: claim.id };
      quantities.push(previous);
    }
    for (const d of found) {
      const claim = containing(own, d.start, d.end);
      dates.push({ id: `d${dates.length + 1}`, ...d, claimId: claim ? claim.id : null });
    }
  }
  return { id: input.id, sentences, claims, quantities, dates, sources: sourcesOf(claims, registry) };
}

/** What stands between a figure and its conversion: an opening bracket and a hedge at most. */
const CONVERSION_BETWEEN = /^\s*\(\s*(?:about|around|some|approximately|roughly|nearly|almost|over|more than)?\s*$/i;

/**
 * "about 200ft (60m)", "55 miles (90 km)": a figure in brackets right after another of the same measure in another
 * unit is that figure converted, and counts what it counts (its own phrase is only the bracket).
 */
function isConversionOf(text: string, before: Figure, figure: Figure): boolean {
  const a = before.unit === null ? undefined : UNIT_SCALES[before.unit];
  const b = figure.unit === null ? undefined : UNIT_SCALES[figure.unit];
  if (a === undefined || b === undefined || a.dimension !== b.dimension || before.unit === figure.unit) return false;
  return CONVERSION_BETWEEN.test(text.slice(before.end, figure.start));
}

/**
 * Figures the attribution frame gives of the speaker, not of what the speaker said (crediting them to the speaker would
 * be wrong): the speaker's age, in the frame or in apposition right after it ("John Smith, 45, said", "..., said Maria
 * Petrou, a 70-year-old pensioner"; ADR 030), and a small count that opens the speaker's words ("said one former
 * executive who asked not to be named", "Six newspapers said": who speaks, ADR 032). A share of respondents ("38
 * percent of voters said") is a poll's finding and stays.
 */
function describesSpeaker(text: string, m: QuantityMention, attribution: SentenceAttribution | null): boolean {
  const age = isAgeUnit(m.unit);
  // "One Republican involved in the planning said": a bare number opening the speaker's words, its noun a name.
  const bare = m.unit === null && m.modifier === "exact" && Number.isInteger(m.value) && m.value <= SPEAKER_COUNT_MAX;
  if (!age && !bare && !isSpeakerCount(m)) return false;
  for (let a = attribution; a !== null; a = a.next) {
    if (age) {
      if (a.frame === null || m.start < a.frame.start) continue;
      if (m.end <= a.frame.end || SPEAKER_APPOSITION.test(text.slice(a.frame.end, m.start))) return true;
    } else if (a.speaker && a.source.kind !== "poll" && m.start === a.speaker.start) {
      if (bare ? m.end < a.speaker.end : m.end <= a.speaker.end) return true;
    }
  }
  return false;
}

const SPEAKER_APPOSITION = /^,\s*(?:(?:an?|the)\s+)?$/i;

/** Counts of speakers are small ("one official", "two aides", "a dozen residents") and counted by a noun. */
function isSpeakerCount(m: QuantityMention): boolean {
  if (m.modifier !== "exact" || m.of !== null || m.value > SPEAKER_COUNT_MAX || !Number.isInteger(m.value))
    return false;
  // Never by a span or a measure ("paroled after five years and detectives said").
  const unit = m.unit;
  return (
    unit !== null &&
    !TIME_UNITS.has(unit) &&
    unit !== "percent" &&
    unit !== "time" &&
    !(unit in UNIT_SCALES) &&
    !/^[A-Z]{3}$/.test(unit)
  );
}

const SPEAKER_COUNT_MAX = 12;

function containing(claims: Claim[], start: number, end: number): Claim | undefined {
  return claims.find((c) => c.start <= start && end <= c.end);
}

/** The sources the claims cite, numbered in order of first citation, with the aliases used for them. */
function sourcesOf(claims: Claim[], registry: SourceRegistry): Source[] {
  const known = new Map(listSources(registry).map((s) => [s.key, s]));
  const out = new Map<string, Source>();
  for (const claim of claims) {
    const key = sourceKey(claim.source);
    if (out.has(key)) continue;
    const entry = known.get(key);
    out.set(key, {
      id: `src${out.size + 1}`,
      name: claim.source.name,
      kind: claim.source.kind,
      affiliation: entry?.affiliation ?? claim.source.affiliation,
      scope: claim.source.scope,
      aliases: entry?.aliases ?? [],
    });
  }
  return [...out.values()];
}
