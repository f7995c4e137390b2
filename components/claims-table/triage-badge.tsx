import { triageLabel, triageOf } from "@/lib/claims/flag-words";

const GLYPH = { unreviewed: "?", confirmed: "✓", dismissed: "✕" } as const;

/**
 * A flag's triage state, worded and shaped the same wherever the flag appears (table, claim page, group page):
 * unreviewed, confirmed, or dismissed with the editor's reason. Glyph and word, not colour alone.
 *
 * @example <TriageBadge decision={flag.decision} reason={flag.reason} />
 */
export function TriageBadge({
  decision,
  reason,
  testId = "triage",
}: {
  decision: string | null;
  reason?: string | null;
  testId?: string;
}) {
  const triage = triageOf(decision);
  return (
    <span className={`triage triage-${triage}`} data-testid={testId}>
      <span aria-hidden="true">{GLYPH[triage]} </span>
      {triageLabel(triage, reason)}
    </span>
  );
}
