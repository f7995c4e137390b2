/**
 * Reading one span of a document the way the extractor reads whole sentences (issue 13 item 2: an editor selects
 * text and makes it a claim). Pure, like the rest of lib/extract: the whole document is segmented and attributed
 * (so pronouns and "these accounts" resolve as in extract()), then only the figures wholly inside the span are kept,
 * with the concept each counts and the attribution that covers the span's start.
 */
import { attributeSentences, type SentenceAttribution } from "../attribution/attribution.ts";
import { createSourceRegistry, DOCUMENT_SOURCE } from "../attribution/sources.ts";
import { attributedLabel, plainLabel, quantityLabel } from "../claims/label.ts";
import { type Figure, figureOf } from "../concept/concept.ts";
import { findQuantities, type QuantityMention } from "../quantities/quantities.ts";
import type { Attribution, ClaimKind } from "../schema.ts";
import { maskLongTokens } from "./long-tokens.ts";
import { segment } from "./segment.ts";

export type SpanFigure = Figure;

export interface SpanReading {
  /** The sentence(s) the span lies in: from the first one's start to the last one's end. */
  sentenceStart: number;
  sentenceEnd: number;
  kind: ClaimKind;
  label: string;
  /** The attribution of the span's sentence; "the document" (unattributed) when none is written. */
  source: Attribution;
  figures: SpanFigure[];
}

const UNATTRIBUTED: Attribution = { ...DOCUMENT_SOURCE, cue: null };
const QUOTE_MARK = /["“”«»„]/;

/**
 * What the extractor finds in `text.slice(start, end)`: its figures (only those wholly inside the span), the source
 * the sentence names for it, a kind and a label. The caller checks that the span is inside the text and not empty.
 *
 * @example
 * readSpan("Police said over 800 people were arrested.", 12, 41)
 * // { kind: "quantity", source: { name: "Police", ... }, figures: [{ text: "over 800 people", value: 800, ... }], ... }
 */
export function readSpan(text: string, start: number, end: number): SpanReading {
  const sentences = segment(maskLongTokens(text));
  const attributions = attributeSentences(text, sentences, createSourceRegistry());
  const inside = sentences
    .map((sentence, i) => ({ sentence, attribution: attributions[i] }))
    .filter(({ sentence }) => sentence.start < end && sentence.end > start);
  const figures: Array<SpanFigure & { mention: QuantityMention; sentenceIndex: number }> = [];
  inside.forEach(({ sentence }, sentenceIndex) => {
    for (const m of findQuantities(sentence)) {
      if (!Number.isFinite(m.value) || m.start < start || m.end > end) continue;
      figures.push({ ...figureOf(sentence, m), mention: m, sentenceIndex });
    }
  });
  const first = inside[0];
  const source = first ? sourceAt(first.attribution, start, end) : UNATTRIBUTED;
  const content = text.slice(start, end);
  let kind: ClaimKind;
  let label: string;
  const lead = figures.filter((f) => f.sentenceIndex === figures[0]?.sentenceIndex).map((f) => f.mention);
  if (figures.length > 0) {
    kind = "quantity";
    const sentence = inside[figures[0].sentenceIndex].sentence;
    label = quantityLabel(text, sentence, lead, Math.min(end, sentence.end), Math.max(start, sentence.start));
  } else if (source.kind !== "unattributed") {
    kind = QUOTE_MARK.test(content) ? "quote" : "event";
    label = attributedLabel(content, source);
  } else {
    kind = "event";
    label = plainLabel(content);
  }
  return {
    sentenceStart: first?.sentence.start ?? start,
    sentenceEnd: inside.at(-1)?.sentence.end ?? end,
    kind,
    label: label || plainLabel(content),
    source,
    figures: figures.map(({ mention: _m, sentenceIndex: _s, ...f }) => f),
  };
}

/** The attribution covering the span: a later clause's source from its scope on; none before the speaker's scope. */
function sourceAt(attribution: SentenceAttribution | null, start: number, end: number): Attribution {
  if (!attribution) return UNATTRIBUTED;
  if (attribution.next && start >= attribution.next.scopeStart) return attribution.next.source;
  if (end <= attribution.scopeStart) return UNATTRIBUTED;
  return attribution.source;
}
