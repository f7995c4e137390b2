import { type ClaimStatus, claimStatuses } from "@/lib/claims/schema";

/**
 * The corroboration statuses as the UI shows them, defined once for the inline select, the filter and the badges.
 * Each has a glyph as well as a colour so the meaning never rests on colour alone.
 */
export const statusOptions: ReadonlyArray<{ value: ClaimStatus; label: string; glyph: string }> = claimStatuses.map(
  (value) => ({ value, label: statusLabel(value), glyph: statusGlyph(value) }),
);

/**
 * @example statusLabel("needs-review") // "Needs review"
 */
export function statusLabel(status: ClaimStatus): string {
  switch (status) {
    case "unverified":
      return "Unverified";
    case "corroborated":
      return "Corroborated";
    case "disputed":
      return "Disputed";
    case "refuted":
      return "Refuted";
    case "retracted":
      return "Retracted";
    case "needs-review":
      return "Needs review";
  }
}

function statusGlyph(status: ClaimStatus): string {
  switch (status) {
    case "unverified":
      return "○";
    case "corroborated":
      return "✓";
    case "disputed":
      return "⚑";
    case "refuted":
      return "✗";
    case "retracted":
      return "⌫";
    case "needs-review":
      return "?";
  }
}

/** The flag filter's options in plain words (one wording with the chips: lib/claims/flag-words.ts). */
export const flagOptions = [
  { value: "unreviewed", label: "Needs review (flag not triaged)", glyph: "?" },
  { value: "conflict", label: "Sources disagree (conflict in document)", glyph: "⚠" },
  { value: "soft", label: "Different measures in document", glyph: "≈" },
  { value: "none", label: "No in-document flag", glyph: "–" },
  // Cross-document (Claim.crossFlagRank): another outlet's figure for the same count.
  { value: "cross-conflict", label: "Outlets disagree", glyph: "⇄" },
  { value: "cross-soft", label: "Outlets measure differently", glyph: "⇆" },
  { value: "developing", label: "Toll rising (developing)", glyph: "↗" },
] as const;

export const sourceKindLabels: Record<string, string> = {
  person: "person",
  organization: "organization",
  outlet: "outlet",
  official: "official",
  anonymous: "anonymous",
  document: "document",
  poll: "poll",
  unattributed: "unattributed",
};
