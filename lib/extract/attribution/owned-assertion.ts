/**
 * "Despite Mr. Trump's claims that his net worth exceeds $10 billion, ...", "Clinton's assertion that 90 to 95
 * percent of the e-mails were in the system": an assertion noun owned by a name, then a content clause; and a report
 * named for its owner ("a New York Times report that Donald Trump had a net loss of ..."). The owner is the source of
 * the clause only; what follows its comma is the document's again.
 */

import { ASSERTION_NOUNS, OWNED_REPORT_NOUNS } from "../lexicon/attribution.ts";
import type { Token } from "../tokens/segment.ts";
import type { CueMatch } from "./cue.ts";
import { isCap, lower } from "./names.ts";
import { resolveSubject } from "./source.ts";
import type { SourceRegistry } from "./sources.ts";

const POSSESSIVE = new Set(["'s", "’s"]);
/** Words between the possessive and the noun: "recent", "evidence-free", "earlier", "repeated". */
const MODIFIER_POS = new Set(["ADJ", "ADV"]);
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ"]);

function isNamePart(t: Token): boolean {
  return isCap(t) && NAME_POS.has(t.pos);
}

/** The cue at the assertion noun `i`, or null. */
export function ownedAssertionCue(text: string, tokens: Token[], i: number, registry: SourceRegistry): CueMatch | null {
  const word = lower(tokens[i]);
  const report = OWNED_REPORT_NOUNS.has(word);
  if ((!ASSERTION_NOUNS.has(word) && !report) || lower(tokens[i + 1]) !== "that") return null;
  // "a Times report that was published Sunday": "that" opens a relative clause, not what the report says.
  if (report && /^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? "")) return null;
  let p = i - 1;
  // "recent evidence-free": adjectives, adverbs and hyphenated compounds.
  while (p > 0 && (MODIFIER_POS.has(tokens[p].pos) || tokens[p].text === "-" || tokens[p + 1].text === "-")) p--;
  let start = p;
  let end = p;
  if (POSSESSIVE.has(lower(tokens[p]))) {
    // The owner: a capitalized name ("Mr. Trump", "Hillary Clinton"), or "the" and a noun ("the campaign's").
    while (start > 0 && p - start < 6 && isNamePart(tokens[start - 1])) start--;
    if (start === p && tokens[p - 1]?.pos === "NOUN" && lower(tokens[p - 2]) === "the") start = p - 1;
  } else if (report) {
    // "a New York Times report that ...": the name before a report noun owns it, after an article.
    end = p + 1;
    start = end;
    while (start > 0 && end - start < 6 && isNamePart(tokens[start - 1])) start--;
    if (!/^(?:a|an|the)$/.test(lower(tokens[start - 1]))) return null;
  }
  if (start === end) return null;
  const subject = { name: { start, end }, appositive: null, start };
  const source = resolveSubject(text, tokens, subject, registry, false);
  if (!source) return null;
  let until: number | undefined;
  for (let j = i + 2; j < tokens.length; j++)
    if (tokens[j].text === "," || tokens[j].text === ";") {
      until = j;
      break;
    }
  return { source, first: i, last: i, scope: i + 2, trailing: false, frame: { start, end: i + 1 }, until };
}
