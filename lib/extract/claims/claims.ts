/**
 * Claim assembly: which sentences or sub-sentences are check-worthy, their kind, source and label.
 *
 * - A sentence with a quantity is a "quantity" claim. When the attribution starts after leading words that hold
 *   a figure of their own ("As protests engulf cities across two-thirds of the country, independent sources
 *   confirm that ..."), the leading clause is a separate claim of the document's own, so the figure is not
 *   silently given to the source named after it.
 * - A figure in the speaker's own words, or in what describes the speaker after a trailing frame ("..., said one
 *   former executive who ..."), makes the frame a claim of the document's own (frame-parts.ts).
 * - An attributed sentence without figures is a "quote" (it holds quotation marks) or an "event".
 * - An unattributed sentence with a date is a "date" claim, unless it is the page's own stamp ("Posted Dec 23,
 *   2012"). Other narration and questions without figures are not claims.
 */

import type { SentenceAttribution } from "../attribution/attribution.ts";
import { DOCUMENT_SOURCE } from "../attribution/sources.ts";
import { MONTHS, WEEKDAYS } from "../lexicon/quantities.ts";
import type { QuantityMention } from "../quantities/quantities.ts";
import type { Attribution, ClaimKind } from "../schema.ts";
import type { SentenceSegment } from "../tokens/segment.ts";
import { coordinatedParts } from "./coordination.ts";
import { frameParts, QUOTE_MARK, straddles } from "./frame-parts.ts";
import { attributedLabel, plainLabel, quantityLabel } from "./label.ts";

/**
 * A page's own time stamp ("Posted Dec 23, 2012", "18 September 2013 Last updated at 13:59 GMT"): a short line, not
 * ended like a sentence, that opens (after a date) with posted or updated. It dates the page, it states nothing to
 * check; "Published in 2001, the book sold well." is a sentence.
 */
const PAGE_STAMP =
  /^(?:(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\S*(?:\s+\S+){0,3}\s+)?(?:last\s+updated|updated|posted|published|first\s+published|last\s+modified)\b(?:\s+\S+){0,7}(?<![.!?])\s*$/i;

/** Month names and abbreviations without their stop ("jan", "sept"), weekdays in full and in three letters ("tue"). */
const CALENDAR_WORDS = [
  ...Object.keys(MONTHS).filter((m) => !m.endsWith(".")),
  ...WEEKDAYS.flatMap((d) => [d, d.slice(0, 3)]),
];

/** The words a bare date line is made of ("May 2, 2013 1:35 pm", "MAY 3, 2013 AT 1: 10PM", "05 / 02 / 2013"). */
const DATE_LINE_WORDS = new RegExp(
  `\\b(?:${CALENDAR_WORDS.join("|")}|at|[ap]\\.?\\s?m\\.?|gmt|bst|utc|e[sd]?t|p[sd]?t|aest|st|nd|rd|th)\\b`,
  "gi",
);

function isPageStamp(content: string): boolean {
  if (PAGE_STAMP.test(content)) return true;
  // A line that is a date and time and nothing else.
  const rest = content.replace(/(\d)\s?[ap]\.?\s?m\b\.?/gi, "$1").replace(DATE_LINE_WORDS, "");
  return content.length <= 40 && !/\p{L}/u.test(rest);
}

export interface ClaimDraft {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  label: string;
  source: Attribution;
}

/** A date reduced to what claim assembly needs. */
export interface DateSpan {
  start: number;
  end: number;
}

const UNATTRIBUTED: Attribution = { ...DOCUMENT_SOURCE, cue: null };

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:–—-]/.test(text[s])) s++;
  while (e > s && /[\s,;:–—(-]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function isQuestion(sentence: SentenceSegment): boolean {
  return /\?["”’']?\s*$/.test(sentence.text);
}

/**
 * Where the text before the attribution's subject holds a figure of its own, the offset to split at; else -1.
 * What precedes the speaker ("As protests spread to 40 cities, officials said ...") is the document's framing.
 */
function splitAt(sentence: SentenceSegment, attribution: SentenceAttribution, mentions: QuantityMention[]): number {
  const at = attribution.scopeStart;
  if (at <= sentence.start || !mentions.some((m) => m.start < at)) return -1;
  return mentions.some((m) => m.start < at && m.end > at) ? -1 : at;
}

function draft(
  text: string,
  sentence: SentenceSegment,
  range: { start: number; end: number },
  source: Attribution,
  frame: SentenceAttribution["frame"],
  mentions: QuantityMention[],
  dates: DateSpan[],
): ClaimDraft | null {
  const { start, end } = trimmed(text, range.start, range.end);
  if (end <= start) return null;
  const content = text.slice(start, end);
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const attributed = source.kind !== "unattributed";
  let kind: ClaimKind;
  let label: string;
  if (inside.length > 0) {
    kind = "quantity";
    label = quantityLabel(text, sentence, inside, end, start);
  } else if (attributed) {
    kind = QUOTE_MARK.test(content) ? "quote" : "event";
    label = attributedLabel(attributedContent(text, start, end, frame), source);
  } else if (dates.some((d) => d.start >= start && d.end <= end) && !isPageStamp(content)) {
    kind = "date";
    label = plainLabel(content);
  } else {
    return null;
  }
  return { start, end, text: content, kind, label, source };
}

/**
 * What the source says: the claim without its attribution frame. A frame in the first third of the claim ("Police
 * said ...") is followed by the content; a later one ("..., police said.") follows it.
 */
function attributedContent(text: string, start: number, end: number, frame: SentenceAttribution["frame"]): string {
  if (!frame || frame.start < start || frame.end > end) return text.slice(start, end);
  const before = text.slice(start, frame.start);
  const after = text.slice(frame.end, end);
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (frame.start - start > (end - start) / 3) return letters(before) >= 8 ? before : after;
  return letters(after) >= 8 ? after : before;
}

/**
 * The claims of one sentence, in text order. `attribution` null means the document speaks for itself.
 * @example assembleClaims(text, sentence, attribution, findQuantities(sentence), dates)
 * // [{ kind: "quantity", label: "over 800 fighters crossed into Iran", source: { name: "Independent sources", ... } }]
 */
export function assembleClaims(
  text: string,
  sentence: SentenceSegment,
  attribution: SentenceAttribution | null,
  mentions: QuantityMention[],
  dates: DateSpan[],
): ClaimDraft[] {
  // A question asserts nothing, unless it carries a figure (every quantity belongs to a claim).
  if (isQuestion(sentence) && mentions.length === 0) return [];
  const out: ClaimDraft[] = [];
  const add = (range: { start: number; end: number }, source: Attribution, frame: SentenceAttribution["frame"]) => {
    for (const part of coordinatedParts(sentence, range, mentions)) {
      const claim = draft(text, sentence, part, source, frame, mentions, dates);
      if (claim) out.push(claim);
    }
  };
  if (!attribution) {
    add({ start: sentence.start, end: sentence.end }, UNATTRIBUTED, null);
    return out;
  }
  const split = splitAt(sentence, attribution, mentions);
  if (split > 0) add({ start: sentence.start, end: split }, UNATTRIBUTED, null);
  const next = attribution.next && !straddles(mentions, attribution.next.scopeStart) ? attribution.next : null;
  const range = { start: split > 0 ? split : sentence.start, end: next ? next.scopeStart : sentence.end };
  for (const part of frameParts(text, attribution, range, mentions)) {
    add(part, part.own ? UNATTRIBUTED : attribution.source, part.own ? null : attribution.frame);
  }
  if (next) add({ start: next.scopeStart, end: sentence.end }, next.source, next.frame);
  return out;
}
