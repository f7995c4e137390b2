/**
 * Test support for the attribution table tests (attribution-*.test.ts): one case is a short document, `at` picks the
 * sentence whose attribution is checked (default: the last one). Imported by tests only.
 */
import { describe, expect, it } from "vitest";
import type { SourceKind } from "../schema.ts";
import { segment } from "../tokens/segment.ts";
import { attributeSentences, type SentenceAttribution } from "./attribution.ts";
import { createSourceRegistry } from "./sources.ts";

export interface Case {
  text: string;
  at?: number;
  /** The expected source name (case-insensitive), or null when the document speaks for itself. */
  name: string | null;
  kind?: SourceKind;
  affiliation?: string | null;
  cue?: string;
}

export function attributionOf(c: Case): SentenceAttribution | null {
  const all = attributeSentences(c.text, segment(c.text), createSourceRegistry());
  return all[c.at ?? all.length - 1];
}

/** One table: each case's source, kind, affiliation and cue, and exact offsets for every cue span. */
export function describeCases(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.text, c] as const))("%s", (_text, c) => {
      const got = attributionOf(c);
      if (c.name === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got, "attributed").not.toBeNull();
      expect(got?.source.name.toLowerCase()).toBe(c.name.toLowerCase());
      if (c.kind) expect(got?.source.kind).toBe(c.kind);
      if (c.affiliation !== undefined) expect(got?.source.affiliation).toBe(c.affiliation);
      if (c.cue) expect(got?.source.cue?.text).toBe(c.cue);
    });

    it("gives every cue span exact offsets", () => {
      for (const c of cases) {
        const cue = attributionOf(c)?.source.cue;
        if (cue) expect(c.text.slice(cue.start, cue.end)).toBe(cue.text);
      }
    });
  });
}
