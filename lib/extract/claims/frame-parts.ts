/**
 * Where the speaker's own words hold a figure, or narration follows a trailing frame, the frame is not the source's
 * claim: a figure that counts or describes the speakers ("one former executive"), or the scene a quotation was spoken
 * in, is the narrator's. Split from claims.ts.
 */

import type { SentenceAttribution } from "../attribution/attribution.ts";
import { REPORTING_FORMS } from "../lexicon/attribution.ts";
import type { QuantityMention } from "../quantities/quantities.ts";

export const QUOTE_MARK = /["“”«»„]/;

/** Whether text[from, to) holds a letter or digit. */
function hasWordChars(text: string, from: number, to: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/**
 * "One strategist described ...", "..., said one former executive who asked not to be named", "Six newspapers said":
 * a figure among the speaker's words counts or describes the speakers; it is the narrator's, not what they said. Such
 * a frame (and what follows a trailing one, unless a quotation or a report goes on there) becomes a part of the
 * document's own (`own`); so does a description of the speaker or the scene after a trailing frame that holds a figure
 * ("..., said Ana Ruiz, who gave $1,200"). The rest of the range stays the source's; otherwise the range is one part.
 */
export function frameParts(
  text: string,
  attribution: SentenceAttribution,
  range: { start: number; end: number },
  mentions: QuantityMention[],
): Array<{ start: number; end: number; own: boolean }> {
  const whole = [{ ...range, own: false }];
  const { frame, source, speaker } = attribution;
  const cue = source.cue;
  if (!frame || !cue || !speaker || frame.start < range.start || frame.end > range.end) return whole;
  // A share of respondents ("38 percent of voters said") speaks for its poll: its figure is the poll's.
  if (source.kind === "poll") return whole;
  if (straddles(mentions, frame.start) || straddles(mentions, frame.end)) return whole;
  const inWords = mentions.some((m) => m.start >= speaker.start && m.end <= speaker.end);
  // "Sanders defended his call for $15, saying": a clause between the words and the cue holds what the source says.
  const gap =
    speaker.end <= cue.start ? { start: speaker.end, end: cue.start } : { start: cue.end, end: speaker.start };
  if (mentions.some((m) => m.start < gap.end && m.end > gap.start)) return whole;
  const after = text.slice(frame.end, range.end);
  const quoted = QUOTATION_ONLY.test(text.slice(range.start, frame.start));
  // A leading frame ("One strategist described ...", "According to one report, ..."): it and what precedes it are the
  // document's, the content follows.
  if (
    (cue.end >= frame.end && hasWordChars(text, frame.end, range.end) && !quoted) ||
    (cue.start <= frame.start && !hasWordChars(text, range.start, frame.start))
  )
    return inWords
      ? [
          { start: range.start, end: frame.end, own: true },
          { start: frame.end, end: range.end, own: false },
        ]
      : whole;
  const content = { start: range.start, end: frame.start, own: false };
  const described = SPEAKER_DESCRIPTION.test(after) || quoted;
  // "..., said one resident, “and 3 barns.”", "..., said one aide, who added that 40 ...": a quotation going on or a
  // report after the frame is the source's again.
  if (QUOTE_MARK.test(after) || (described && reports(after)))
    return inWords
      ? [content, { start: frame.start, end: frame.end, own: true }, { start: frame.end, end: range.end, own: false }]
      : whole;
  // "..., said Ana Ruiz, who owns a bakery and gave $1,200", "“...,” Rubio said in front of a crowd of about 1,000
  // people": what describes the speaker, or the scene after a closed quotation, is the narrator's.
  const narrated = described && (inWords || mentions.some((m) => m.start >= frame.end && m.end <= range.end));
  // "G4S receives, according to one report, $234 million": a frame inside the content stays in it.
  return narrated ? [content, { start: frame.start, end: range.end, own: true }] : whole;
}

/** The content before a trailing frame is one quotation and nothing else: "“We are ready,” ". */
const QUOTATION_ONLY = /^\s*(?:[“"]|'')[\s\S]*(?:[”"]|'')[\s,]*$/;
/** "..., Hedge said, referring to the two resorts": a participle of reference says what the speaker spoke about. */
const REFERENCE = /\b\w+ing\s+(?:to|about|of)\b/i;

/** A reporting verb after the frame ("..., said Ruiz, who added that 40 ...") makes what follows the speaker's again. */
function reports(after: string): boolean {
  return REFERENCE.test(after) || (after.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => REPORTING_FORMS.has(w));
}

/** What may follow a trailing frame and still describe the speaker: nothing, a relative clause, an appositive. */
const SPEAKER_DESCRIPTION = /^\s*(?:[.!?)]?\s*$|,?\s*(?:who|whose|whom)\b|,\s*(?:which|an?|the)\b)/i;

export function straddles(mentions: QuantityMention[], at: number): boolean {
  return mentions.some((m) => m.start < at && m.end > at);
}
