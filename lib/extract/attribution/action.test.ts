/**
 * The candidate reading scripts/derive-cue-verbs-polnear.ts counts: a finite active verb whose named subject acts.
 * Sentences written for this test (not corpus text).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../tokens/segment.ts";
import { actionCueAt } from "./action.ts";
import { createSourceRegistry } from "./sources.ts";

/** [sentence, verb, expected source name or null] */
const cases: Array<[string, string, string | null]> = [
  ["Mayor Ana Ruiz appointed 12 new judges on Monday.", "appointed", "Ana Ruiz"],
  ["The Harbor Tenants Union sponsored 40 rallies last year.", "sponsored", "Harbor Tenants Union"],
  // A passive, a negation, a condition, a pronoun and a figure inside the subject are no candidates.
  ["Ruiz was appointed to a 12-member panel.", "appointed", null],
  ["Ruiz did not appoint 12 judges.", "appoint", null],
  ["If Ruiz appoints 12 judges, the court will grow.", "appoints", null],
  ["She appointed 12 judges on Monday.", "appointed", null],
  ["The union, which has 40,000 members, sponsored the rally.", "sponsored", null],
  // A subject that does not act (a document) is none either.
  ["The 2019 census recorded 40,000 renters in Harbor.", "recorded", null],
];

describe("action cue candidates", () => {
  it.each(cases)("%s", (text, verb, name) => {
    const [sentence] = segment(text);
    const i = sentence.tokens.findIndex((t) => t.text === verb);
    expect(i).toBeGreaterThan(0);
    const got = actionCueAt(text, sentence.tokens, i, createSourceRegistry());
    expect(got?.source.name ?? null).toBe(name);
  });
});
