/**
 * Who was told: "told The Associated Press that", "confirmed to reporters that". The recipient belongs to the
 * attribution frame, not to what was said (the claim's content and label).
 */
import { REPORTING_FORMS, words } from "../lexicon/attribution.ts";
import type { Token } from "../tokens/segment.ts";

/** What cannot sit between "told" and the "that" of what was told: a verb, a pronoun, a clause's conjunction. */
const NOT_RECIPIENT_POS = new Set(["VERB", "AUX", "PRON", "SCONJ", "CCONJ"]);
const POSSESSIVE = new Set(["'s", "’s"]);
/** Marks inside a name ("AFL-CIO", "James R. Dabney", "AT&T") or a possessive. */
const NAME_MARKS = new Set(["-", ".", "&", "'s", "’s"]);
const OBJECT_PRONOUNS = new Set(words("him her them me us you"));

/**
 * The token after whom a "tell" form names as told, and after a "that" that follows them: the start of what was
 * said. "told The Associated Press that Lohan ...", "told members of the council on Monday that ...": up to ten
 * words before "that"; without "that" an object pronoun, or a common noun and a name ("told AFP the suspect fled",
 * "told reporters police had ...", "told host Chris Cuomo she ...", "told him 12 people died"). `i + 1` when no one is
 * named, or the name runs on into a possessive ("told ABC's ..."): what was said is then read as before.
 * @example recipientEnd(tokens("Police told AFP 12 died"), 1) // 3 (the "12")
 */
export function recipientEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j - i <= 10 && tokens[j].text.toLowerCase() !== "that") {
    const t = tokens[j];
    // A capitalised word is part of a name whatever wink tags it ("The Associated Press": "Associated" as a verb).
    if (/^\p{Lu}/u.test(t.text) && t.pos !== "PRON") {
      j++;
      continue;
    }
    // "The Post and Courier": a conjunction between two capitalised words is inside one name.
    const inName =
      t.pos === "CCONJ" && /^\p{Lu}/u.test(tokens[j - 1].text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? "");
    if (!inName && (NOT_RECIPIENT_POS.has(t.pos) || (t.pos === "PUNCT" && !NAME_MARKS.has(t.text)))) break;
    j++;
  }
  if (j > i + 1 && tokens[j]?.text.toLowerCase() === "that") return j + 1;
  const next = tokens[i + 1];
  if (!next) return i + 1;
  if (OBJECT_PRONOUNS.has(next.text.toLowerCase())) return i + 2;
  // "told The Star-Ledger of Newark last week she ...": a name opening with "The" runs on too far to cut safely.
  if (next.pos === "DET") return i + 1;
  let k = i + 1;
  if (next.pos === "NOUN") k++;
  while (
    k < tokens.length &&
    k - i <= 6 &&
    (tokens[k].pos === "PROPN" || (/^\p{Lu}/u.test(tokens[k].text) && tokens[k].pos !== "PRON"))
  )
    k++;
  return POSSESSIVE.has(tokens[k]?.text ?? "") ? i + 1 : k;
}

/**
 * The last token of a cue's frame once who was told is taken in: after "told X [that]", or "said / confirmed to X
 * that"; `i` (the cue itself) when nobody is named.
 * @example toldFrameLast(tokens("Heller told the judge that she left"), 1) // 4 (the "that")
 */
export function toldFrameLast(tokens: Token[], i: number): number {
  if (REPORTING_FORMS.get(tokens[i].text.toLowerCase()) === "tell") return recipientEnd(tokens, i) - 1;
  if (tokens[i + 1]?.text.toLowerCase() !== "to") return i;
  const end = recipientEnd(tokens, i + 1);
  return tokens[end - 1]?.text.toLowerCase() === "that" ? end - 1 : i;
}
