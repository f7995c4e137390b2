/**
 * Where an attribution stops inside one sentence: an outlet relaying the speaker it names, a cue inside a
 * parenthesis, and what follows a trailing cue ("..., Trump said after Nabisco announced ..."). Used by sentence.ts.
 */
import { PASSIVE_CUES } from "../lexicon/attribution.ts";
import type { Attribution, SourceKind } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";
import type { SentenceAttribution } from "./attribution.ts";
import { type CueMatch, cueAt } from "./cue.ts";
import { lower } from "./names.ts";
import { DOCUMENT_SOURCE, type SourceRegistry } from "./sources.ts";

export const UNATTRIBUTED: Attribution = { ...DOCUMENT_SOURCE, cue: null };
/** Kinds of source that relay what others say: an outlet, a document, a poll. */
export const RELAYING_KINDS: ReadonlySet<SourceKind> = new Set(["outlet", "document", "poll"]);

/** The attribution a cue gives, from `m.scope` on, or from `sentenceStart` when `whole` (or the cue has no scope). */
export function found(
  text: string,
  tokens: Token[],
  m: CueMatch,
  sentenceStart: number,
  whole: boolean,
): SentenceAttribution {
  const first = tokens[m.first];
  const last = tokens[m.last];
  const cue: Attribution["cue"] = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  const { name, kind, affiliation, scope } = m.source;
  return {
    next: null,
    source: { name, kind, affiliation, scope, cue },
    scopeStart: whole || m.scope < 0 ? sentenceStart : tokens[m.scope].start,
    frame: m.frame ? { start: tokens[m.frame.start].start, end: tokens[m.frame.end - 1].end } : null,
    ...(m.words ? { speaker: { start: tokens[m.words.start].start, end: tokens[m.words.end - 1].end } } : {}),
  };
}

/**
 * "According to a 1997 article in Ebony, Benjamin said she applied to Yale": after an opening "according to" an
 * outlet, a document or a poll, a speaker with a verb of their own is who the outlet relays; the sentence is theirs.
 */
export function relayedSpeaker(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  lead: CueMatch,
  registry: SourceRegistry,
): CueMatch | null {
  if (lower(tokens[lead.first]) !== "according" || !lead.frame || !RELAYING_KINDS.has(lead.source.kind)) return null;
  const comma = lead.frame.end;
  if (tokens[comma]?.text !== ",") return null;
  for (let k = comma + 2; k < tokens.length && k - comma <= 6; k++) {
    if (quoted[k] || tokens[k].pos === "PUNCT") return null;
    const inner = cueAt(text, tokens, k, registry);
    if (inner && inner.scope > comma) return { ...inner, scope: -1 };
  }
  return null;
}

/** "..., below the 0.5% forecast by economists polled by Reuters": a passive cue with its agent after `comma`. */
export function agentAfterComma(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  comma: number,
  registry: SourceRegistry,
): SentenceAttribution | null {
  for (let m = comma + 2; m < tokens.length - 2 && m - comma <= 8; m++) {
    if (quoted[m] || tokens[m].pos === "PUNCT") return null;
    if (!PASSIVE_CUES.has(lower(tokens[m])) || lower(tokens[m + 1]) !== "by") continue;
    const agent = cueAt(text, tokens, m, registry);
    return agent
      ? { ...found(text, tokens, { ...agent, scope: comma + 1 }, tokens[0].start, false), next: null }
      : null;
  }
  return null;
}

/** A cue whose subject opens the sentence, before a trailing cue's frame ("Authorities suspect ..., AP reported"). */
export function openingCue(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  trailing: CueMatch,
  registry: SourceRegistry,
): CueMatch | null {
  const limit = Math.min(trailing.frame?.start ?? trailing.first, 12);
  for (let k = 1; k < limit; k++) {
    if (quoted[k] || tokens[k].pos === "PUNCT") return null;
    const lead = cueAt(text, tokens, k, registry);
    if (lead) return lead.scope === 0 && !lead.trailing ? lead : null;
  }
  return null;
}

/** Subordinators that may follow a trailing cue and open a clause about when or why it was said. */
export const SAID_WHEN: ReadonlySet<string> = new Set(["after", "when", "as", "since", "because", "before"]);

/**
 * "“...,” Trump said in August after Nabisco announced it was laying off 600 bakery workers.": a clause after a
 * trailing cue tells when the words were said; a report inside it is its own subject's, not the speaker's.
 */
export function reportAfterTrailing(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  trailing: CueMatch,
  registry: SourceRegistry,
): SentenceAttribution | null {
  for (let k = trailing.last + 1; k < tokens.length - 3 && k - trailing.last <= 6; k++) {
    // "..., the Office for National Statistics said on Friday, below the 0.5% forecast by economists": a figure
    // another body gave, set off by a comma.
    if (tokens[k].text === ",") return agentAfterComma(text, tokens, quoted, k, registry);
    if (quoted[k] || tokens[k].pos === "PUNCT") return null;
    if (!SAID_WHEN.has(lower(tokens[k]))) continue;
    for (let m = k + 2; m < tokens.length && m - k <= 8; m++) {
      if (quoted[m] || tokens[m].pos === "PUNCT") return null;
      const inner = cueAt(text, tokens, m, registry);
      if (inner && inner.scope > k)
        return { ...found(text, tokens, inner, tokens[inner.scope].start, false), next: null };
    }
    return null;
  }
  return null;
}

/** The parenthesis [open, close] a cue's words sit in ("(the hospital said 15)", "(40, according to the ministry)"). */
export function enclosingParenthesis(tokens: Token[], m: CueMatch): { open: number; close: number } | null {
  let open = -1;
  for (let k = m.first - 1; k >= 0 && m.first - k <= 30; k--) {
    if (tokens[k].text.startsWith(")")) return null;
    if (tokens[k].text === "(") {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  for (let k = m.last + 1; k < tokens.length && k - m.last <= 30; k++) {
    if (tokens[k].text === "(") return null;
    if (tokens[k].text.startsWith(")")) return { open, close: k };
  }
  return null;
}

/**
 * "The fire killed 12 people (the hospital said 15) and injured 40.", "The toll rose to 52 (40, according to the
 * ministry) by Monday.": an attribution inside a parenthesis holds the parenthesis; the document speaks before it and
 * again after the closing one.
 */
export function parenthesisAttribution(
  text: string,
  tokens: Token[],
  m: CueMatch,
  paren: { open: number; close: number },
): SentenceAttribution {
  // A trailing cue ("..., Gutin says)") covers the parenthesis from its start, a subject inside it from itself.
  const scope = m.trailing || m.scope < paren.open ? paren.open : m.scope;
  const inner = found(text, tokens, { ...m, scope }, tokens[0].start, false);
  const back = tokens[paren.close + 1];
  // The document speaks again only for a figure of its own after the parenthesis ("and injured 40").
  const rest = back && tokens.slice(paren.close + 1).some((t) => t.pos === "NUM");
  return { ...inner, next: rest ? { source: UNATTRIBUTED, scopeStart: back.start, frame: null, next: null } : null };
}
