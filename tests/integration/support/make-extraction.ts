/**
 * Hand-built extractions with known values, for tests of storage and listing that must not depend on how well the
 * extractor reads a given sentence. Offsets are computed from the text, so every span is real.
 */
import type { Extraction, Modifier, SourceKind, SourceScope } from "@/lib/extract/schema";

export interface ClaimSpec {
  sentence: string;
  source: string;
  kind?: SourceKind;
  /** "document": a description stored once per document (ADR 019); default "global", a name. */
  scope?: SourceScope;
  quantity?: { text: string; value: number; modifier?: Modifier; unit?: string };
  /** Claims with the same group name form a quantity group with this verdict. */
  group?: { name: string; verdict: "conflict" | "soft" | null };
  /** The claim's label (default: the sentence's first 40 characters). */
  label?: string;
}

/**
 * Text (the sentences joined) plus its extraction.
 *
 * @example
 * const { text, extraction } = makeExtraction("d1", [{ sentence: "Over 800 fighters crossed.", source: "X" }]);
 */
export function makeExtraction(id: string, specs: ClaimSpec[]): { text: string; extraction: Extraction } {
  const text = specs.map((s) => s.sentence).join(" ");
  const extraction: Extraction = {
    id,
    sentences: [],
    claims: [],
    quantities: [],
    dates: [],
    sources: [],
    groups: [],
    discrepancies: [],
  };
  let offset = 0;
  const groups = new Map<string, { verdict: "conflict" | "soft" | null; members: string[]; unit: string | null }>();
  specs.forEach((s, i) => {
    const start = offset;
    const end = start + s.sentence.length;
    offset = end + 1;
    extraction.sentences.push({ id: `s${i}`, text: s.sentence, start, end });
    extraction.claims.push({
      id: `c${i}`,
      sentenceId: `s${i}`,
      text: s.sentence,
      start,
      end,
      label: s.label ?? s.sentence.slice(0, 40),
      kind: s.quantity ? "quantity" : "event",
      source: { name: s.source, kind: s.kind ?? "person", affiliation: null, scope: s.scope ?? "global", cue: null },
    });
    if (s.quantity) {
      const qStart = start + s.sentence.indexOf(s.quantity.text);
      if (qStart < start) throw new Error(`"${s.quantity.text}" is not in "${s.sentence}"`);
      const value = s.quantity.value;
      extraction.quantities.push({
        id: `q${i}`,
        claimId: `c${i}`,
        text: s.quantity.text,
        start: qStart,
        end: qStart + s.quantity.text.length,
        value,
        low: value,
        high: value,
        modifier: s.quantity.modifier ?? "exact",
        of: null,
        unit: s.quantity.unit ?? null,
        concept: null,
      });
      if (s.group) {
        const g = groups.get(s.group.name) ?? { verdict: s.group.verdict, members: [], unit: s.quantity.unit ?? null };
        g.members.push(`q${i}`);
        groups.set(s.group.name, g);
      }
    }
  });
  for (const [name, g] of groups) {
    extraction.groups.push({
      id: `g-${name}`,
      concept: name,
      unit: g.unit,
      members: g.members,
      verdict: g.verdict,
      explanation: `${name} differ`,
    });
  }
  return { text, extraction };
}
