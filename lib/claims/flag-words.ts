/**
 * What a flag is, in words (issue 11 item 4), and its triage state: one wording for the table's chips, the claim
 * page, the group page and the exports. Isomorphic.
 */

export type FlagScope = "document" | "cross";
export type FlagVerdict = "conflict" | "soft" | "developing";
export type Triage = "unreviewed" | "confirmed" | "dismissed";

const LEADS: Record<FlagScope, Record<FlagVerdict, string>> = {
  document: { conflict: "Sources disagree", soft: "Different measures", developing: "Toll rising" },
  cross: { conflict: "Outlets disagree", soft: "Outlets measure differently", developing: "Toll rising" },
};

/** At most this many figures in a chip; the rest are behind "…" (the panel and the group page list them all). */
const SHOWN = 3;

/**
 * The flag's one-line name: what kind of discrepancy and between which figures, in the order given (document order
 * inside an article, publication order across outlets).
 *
 * @example flagSummary("document", "conflict", ["> 800", "~800", "~850"]) // "Sources disagree: > 800 vs ~800 vs ~850"
 * @example flagSummary("cross", "developing", ["12", "15", "17"]) // "Toll rising: 12 → 15 → 17"
 */
export function flagSummary(scope: FlagScope, verdict: FlagVerdict, figures: readonly string[]): string {
  const distinct = [...new Set(figures)];
  const lead = LEADS[scope][verdict];
  if (distinct.length < 2) return lead;
  const shown = distinct.length > SHOWN ? [...distinct.slice(0, SHOWN - 1), "…", distinct.at(-1)] : distinct;
  return `${lead}: ${shown.join(verdict === "developing" ? " → " : " vs ")}`;
}

/**
 * A stored decision as a triage state: no decision is "unreviewed".
 *
 * @example triageOf(null) // "unreviewed"
 */
export function triageOf(decision: string | null | undefined): Triage {
  return decision === "confirmed" || decision === "dismissed" ? decision : "unreviewed";
}

/**
 * @example triageLabel("dismissed", "background figure") // "Dismissed: background figure"
 */
export function triageLabel(triage: Triage, reason?: string | null): string {
  switch (triage) {
    case "unreviewed":
      return "Unreviewed";
    case "confirmed":
      return "Confirmed";
    case "dismissed":
      return reason ? `Dismissed: ${reason}` : "Dismissed";
  }
}
