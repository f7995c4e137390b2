/**
 * One document analysed: the pure extraction (lib/extract: sentences, claims, figures, dates, sources), then the
 * pure comparison of its figures (lib/compare: in-document groups and discrepancies). lib/extract never imports
 * lib/compare (biome.json); what needs both — ingest's worker threads, the CLI, benchmarks, gold tests — calls this.
 */
import { groupQuantities } from "../compare/group.ts";
import { extract } from "../extract/extract.ts";
import type { Claim, ExtractInput, Extraction } from "../extract/schema.ts";

/**
 * Extracts one document and groups its figures: the extraction and its in-document groups and discrepancies.
 *
 * @example
 * const out = analyze({ id: "doc", text: "Officials said over 800 fighters crossed. Others said approximately 850 crossed." });
 * out.discrepancies[0].explanation // "… vs …"
 */
export function analyze(input: ExtractInput): Extraction {
  const extraction = extract(input);
  const byId = new Map(extraction.claims.map((c) => [c.id, c]));
  const { groups, discrepancies } = groupQuantities(
    extraction.quantities.map((quantity) => ({
      key: quantity.id,
      quantity,
      claim: byId.get(quantity.claimId) as Claim,
      documentId: input.id,
      publishedAt: input.publishedAt ?? null,
    })),
  );
  return { ...extraction, groups, discrepancies };
}
