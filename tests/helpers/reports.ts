/**
 * Test helper: compares invented reports the way `claimtrack compare` does (each text analysed, undated) and reads the
 * result back as figure texts, so a test states its expectations as an editor would read them.
 */
import { analyze } from "@/lib/analysis/analyze";
import { compareDocuments } from "@/lib/compare/across.ts";

export function compareReports(reports: readonly (readonly [string, string])[]) {
  const out = compareDocuments(reports.map(([id, text]) => ({ extraction: analyze({ id, text }), publishedAt: null })));
  const text = (key: string) => out.figures.find((f) => f.key === key)?.text ?? "";
  const texts = (members: readonly string[]) => members.map(text).sort();
  return {
    out,
    text,
    /** Every group's figure texts, sorted. */
    groups: out.groups.map((g) => texts(g.members)),
    /** Every discrepancy's figure texts (conflicts and softer ones), sorted. */
    discrepancies: out.discrepancies.map((d) => texts(d.members)),
    /** The conflicts' figure texts, sorted. */
    conflicts: out.discrepancies.filter((d) => d.verdict === "conflict").map((d) => texts(d.members)),
  };
}

/**
 * Two invented reports of one event, "a" and "b", compared.
 * @example compareTwo("Police said 10 people died.", "Officials said nine people died.").conflicts
 */
export function compareTwo(a: string, b: string) {
  return compareReports([
    ["a", a],
    ["b", b],
  ]);
}
