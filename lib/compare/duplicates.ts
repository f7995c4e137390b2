/**
 * Near-duplicate documents (copies of one wire text): Jaccard similarity of hashed word 5-shingles.
 */

const SHINGLE = 5;
/** Copies with a changed headline, a dateline or a trailing paragraph still share most shingles. */
export const COPY_THRESHOLD = 0.6;

/**
 * The set of hashed word 5-shingles of a text (case and punctuation ignored).
 * @example shingles("a b c d e f").size // 2
 */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(" ")));
  if (out.size === 0 && words.length > 0) out.add(fnv1a(words.join(" ")));
  return out;
}

/**
 * |A ∩ B| / |A ∪ B|, 0 for two empty sets.
 * @example jaccard(new Set([1, 2]), new Set([2, 3])) // 1/3
 */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Maps each document that copies an earlier one (in the given order) to that earlier one's id.
 * @example copiesOf([{ id: "a", text }, { id: "b", text }]).get("b") // "a"
 */
export function copiesOf(documents: Array<{ id: string; text: string }>): Map<string, string> {
  const sets = documents.map((d) => shingles(d.text));
  const copyOf = new Map<string, string>();
  for (let i = 0; i < documents.length; i++) {
    for (let j = 0; j < i; j++) {
      if (jaccard(sets[i], sets[j]) >= COPY_THRESHOLD) {
        copyOf.set(documents[i].id, copyOf.get(documents[j].id) ?? documents[j].id);
        break;
      }
    }
  }
  return copyOf;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
