/**
 * Independent corroboration: for each figure, how many independent origins agree and how many disagree. The same
 * source repeated, a document quoting another outlet ("officials were quoted by AP"), and copies of one wire text
 * (near-duplicate documents) are one origin, counted once.
 */

import type { CompareItem } from "./item.ts";
import { normalizeName } from "./names.ts";
import { crossPair } from "./timeline.ts";

export interface Corroboration {
  /** Independent origins, other than this figure's own, whose figure is compatible with it (or a rising toll). */
  agree: number;
  /** Independent origins whose figure conflicts with it. */
  disagree: number;
  /** This figure's origin: "ap", "reuters", "ministry of health"... */
  origin: string;
  suggestedStatus: "corroborated" | "disputed" | "unverified";
}

// "quoted by AP", "told Reuters", "according to the Associated Press", "reported by CNN".
const RELAYED =
  /\b(?:quoted by|told|according to|reported by|cited by|in an interview with|speaking to)\s+((?:the\s+)?(?:[A-Z][\w&.'-]*\s?){1,4})/u;

/**
 * The origin of a figure: the outlet it was relayed through when the claim says so, else its source; unattributed
 * figures belong to their document, and documents that copy each other share the earliest one's origin.
 * @example originOf(item, new Map()) // "associated press" for "...officials were quoted by the Associated Press"
 */
export function originOf(item: CompareItem, copyOf: ReadonlyMap<string, string>): string {
  const relayed = RELAYED.exec(item.claim.text);
  if (relayed) return normalizeName(relayed[1]);
  const source = item.claim.source;
  if (source.kind === "unattributed" || source.kind === "anonymous") {
    return `document:${copyOf.get(item.documentId) ?? item.documentId}`;
  }
  return normalizeName(source.name);
}

/**
 * Counts independent agreement and disagreement for each member of a group. A suggestion only: callers show it
 * next to the editor's status and never write it over one.
 * @example corroborate(group, copies).get("b.txt#q1") // { agree: 2, disagree: 1, suggestedStatus: "disputed", ... }
 */
export function corroborate(
  members: CompareItem[],
  copyOf: ReadonlyMap<string, string> = new Map(),
): Map<string, Corroboration> {
  const origins = members.map((m) => originOf(m, copyOf));
  const result = new Map<string, Corroboration>();
  members.forEach((m, i) => {
    const agreeing = new Set<string>();
    const disagreeing = new Set<string>();
    members.forEach((other, j) => {
      if (origins[j] === origins[i]) return;
      const verdict = crossPair(m, other);
      if (verdict === "conflict") disagreeing.add(origins[j]);
      else agreeing.add(origins[j]);
    });
    // An origin that said both (a revised figure) is not counted on either side.
    for (const o of disagreeing) if (agreeing.has(o)) agreeing.delete(o);
    const agree = agreeing.size;
    const disagree = disagreeing.size;
    const suggestedStatus = disagree > 0 ? "disputed" : agree > 0 ? "corroborated" : "unverified";
    result.set(m.key, { agree, disagree, origin: origins[i], suggestedStatus });
  });
  return result;
}
