/**
 * The reading under which a verb of action or stance could be a cue of a figure ("Sanders named five people to the
 * committee"): a finite active verb whose named subject acts, read as a verb of intent is (intent.ts). Used by
 * scripts/derive-cue-verbs-polnear.ts to learn which lemmas PolNeAR's annotators treat as cues; no lemma passed its
 * cross-validated thresholds (docs/dev-report-attribution-polnear.md, nineteenth session), so the grammar does not
 * call it.
 */

import type { Token } from "../tokens/segment.ts";
import { type CueMatch, verbCue } from "./cue.ts";
import { INTENDING_KINDS } from "./intent.ts";
import { lower } from "./names.ts";
import { subjectsFor } from "./readings.ts";
import { resolveSubject } from "./source.ts";
import type { SourceRegistry } from "./sources.ts";
import { isPassive, looksLikeNoun } from "./verb-reading.ts";

/** Words before the verb that make it a noun, a modifier or a condition: "the planned cut", "If they win 40 seats". */
const BLOCKING_POS = new Set(["DET", "ADP", "ADJ"]);
const CONDITIONS = new Set(["if", "unless", "whether", "when", "would", "could", "might", "may"]);
const NEGATIONS = new Set(["not", "n't", "never"]);

/**
 * Whether the verb at `i` (any verb; the caller checks the lemma) is an action cue for a named subject who acts:
 * finite, active, not negated, its subject before it a name that resolves to a person, an official body, an
 * organization or an unnamed official, with no figure inside the subject.
 * @example actionCueAt(text, tokens, 1, registry) // "Sanders named five people ..." -> { source: Sanders, ... }
 */
export function actionCueAt(text: string, tokens: Token[], i: number, registry: SourceRegistry): CueMatch | null {
  const t = tokens[i];
  if (i < 1 || t.pos !== "VERB" || t.text !== t.text.toLowerCase() || t.text.endsWith("ing")) return null;
  if (BLOCKING_POS.has(tokens[i - 1].pos) || looksLikeNoun(tokens, i, t.lemma) || isPassive(tokens, i)) return null;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NEGATIONS.has(lower(tokens[j]))) return null;
  for (const located of subjectsFor(tokens, i)) {
    if (!located.before) continue;
    const opener = located.subject.start;
    if (tokens.slice(Math.max(0, opener - 3), opener).some((x) => CONDITIONS.has(lower(x)))) return null;
    if (tokens.slice(opener, i).some((x) => CONDITIONS.has(lower(x)))) return null;
    if (tokens[located.subject.name.start].pos === "PRON") return null;
    if (tokens.slice(located.subject.start, i).some((x) => x.pos === "NUM")) return null;
    const source = resolveSubject(text, tokens, located.subject, registry, false);
    return source && INTENDING_KINDS.has(source.kind) ? verbCue(tokens, i, located, source) : null;
  }
  return null;
}
