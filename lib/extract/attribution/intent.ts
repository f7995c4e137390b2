/**
 * "Clinton wants to sign up 5 million people", "The group also plans to run ads during the next two debates": with no
 * reporting cue and no quotation in the sentence, a verb of intent and its "to" clause are the subject's, when the
 * subject is someone who acts (a person, an official body, an organization), never a poll or a document.
 */

import { INTENT_FORMS } from "../lexicon/attribution.ts";
import type { SourceKind } from "../schema.ts";
import type { Token } from "../tokens/segment.ts";
import { type CueMatch, verbCue } from "./cue.ts";
import { lower } from "./names.ts";
import { subjectsFor } from "./readings.ts";
import { resolveSubject } from "./source.ts";
import type { SourceRegistry } from "./sources.ts";
import { looksLikeNoun } from "./verb-reading.ts";

export const INTENDING_KINDS: ReadonlySet<SourceKind> = new Set(["person", "official", "organization", "anonymous"]);
/** Words before the verb that make it conditional or a noun: "If they want to", "government plans to cut". */
const BLOCKING_POS = new Set(["NOUN", "ADJ", "DET", "ADP"]);
const CONDITIONS = new Set(["if", "unless", "whether"]);

/**
 * The intent cue of an unquoted sentence with no other cue, or null.
 * @example intentCue(text, tokens, registry) // "Ruiz wants to build 400 homes." -> { source: Ruiz, first: 1, ... }
 */
export function intentCue(text: string, tokens: Token[], registry: SourceRegistry): CueMatch | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    const lemma = INTENT_FORMS.get(tokens[i].text);
    if (!lemma || lower(tokens[i + 1]) !== "to") continue;
    // "..., vowing to" takes the clause's subject, which need not be who vows ("The fracas erupted ..., vowing").
    if (tokens[i].text.endsWith("ing") || BLOCKING_POS.has(tokens[i - 1].pos)) continue;
    if (looksLikeNoun(tokens, i, lemma)) continue;
    for (const located of subjectsFor(tokens, i)) {
      if (!located.before) continue;
      const opener = located.subject.start;
      if (tokens.slice(Math.max(0, opener - 3), opener).some((t) => CONDITIONS.has(lower(t)))) break;
      // "He plans to ...": a pronoun resolves to the last speaker, and whose plans an article tells is often not theirs.
      if (tokens[located.subject.name.start].pos === "PRON") break;
      // "The coalition, which represents 20 million Americans, wants to": a figure describing the subject is no goal.
      if (tokens.slice(located.subject.name.end, i).some((t) => t.pos === "NUM")) break;
      const source = resolveSubject(text, tokens, located.subject, registry, false);
      if (source && INTENDING_KINDS.has(source.kind)) return verbCue(tokens, i, located, source);
      break;
    }
  }
  return null;
}
