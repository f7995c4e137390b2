import { formatDate } from "@/components/ui/format-date";
import type { Correction } from "@/lib/claims/schema";

/**
 * "Corrected by Ada Editor, 3 Dec 2026 06:12 UTC" — the one wording of a correction mark (exports write the same
 * facts as columns).
 *
 * @example correctionText({ byId: "u1", by: "Ada", at: "2026-12-03T06:12:00.000Z" }) // "Corrected by Ada, 3 Dec 2026 06:12 UTC"
 */
export function correctionText(corrected: Correction): string {
  const who = corrected.by ?? "a former user";
  return `Corrected by ${who}, ${formatDate(corrected.at)} ${corrected.at.slice(11, 16)} UTC`;
}

/**
 * The mark of a figure an editor corrected: a pencil and a word (not colour alone); the full "who and when" as the
 * tooltip and the accessible name in compact places, written out in full ones.
 *
 * @example <CorrectionMark corrected={figure.corrected} compact />
 */
export function CorrectionMark({ corrected, compact = false }: { corrected: Correction | null; compact?: boolean }) {
  if (!corrected) return null;
  const text = correctionText(corrected);
  return (
    <span className="corrected-mark" title={text} data-testid="corrected-mark">
      <span aria-hidden="true">✎ </span>
      {compact ? (
        <>
          corrected<span className="visually-hidden"> ({text.slice("Corrected ".length)})</span>
        </>
      ) : (
        text
      )}
    </span>
  );
}
