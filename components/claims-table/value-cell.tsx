import { CorrectionMark } from "@/components/claims/correction-mark";
import { formatQuantity } from "@/lib/claims/format";
import type { ClaimRow } from "@/lib/claims/schema";

/**
 * The Value column: the headline figure (its <data> value is what sorting and the tests read), a mark when an editor
 * corrected it, then the claim's other figures, each with its own mark — a claim with "five storeys ... at least 12
 * workers" shows both, so a correction to the second is visible in the table too.
 *
 * @example <ValueCell row={row.original} />
 */
export function ValueCell({ row }: { row: ClaimRow }) {
  const q = row.quantity;
  if (!q) return <span className="muted">—</span>;
  const others = row.figures.filter((f) => f.id !== q.id);
  return (
    <div>
      <data
        className="value-cell"
        value={String(q.value)}
        data-unit={(q.unit ?? "").toLowerCase()}
        title={`As written: ${q.text}`}
      >
        {formatQuantity(q)}
      </data>
      <CorrectionMark corrected={q.corrected} compact />
      {others.length > 0 ? (
        <ul className="other-figures" aria-label="Other figures">
          {others.map((f) => (
            <li key={f.id} title={`As written: ${f.text}`}>
              {formatQuantity(f)}
              <CorrectionMark corrected={f.corrected} compact />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
