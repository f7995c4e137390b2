import { formatNumber, formatQuantity } from "@/lib/claims/format";
import type { Figure } from "@/lib/claims/schema";
import { CorrectionMark } from "./correction-mark";

function bound(n: number | null, open: string): string {
  return n === null ? open : formatNumber(n);
}

/**
 * Every figure of a claim, headline first: as written, the reading (with an editor's correction marked, who and
 * when), the interval the discrepancy check rests on, and what it counts.
 *
 * @example <QuantitiesTable figures={claim.figures} headlineId={claim.quantity?.id ?? null} />
 */
export function QuantitiesTable({ figures, headlineId }: { figures: Figure[]; headlineId: string | null }) {
  if (figures.length === 0) return <p className="muted">This claim carries no figure.</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Figures in this claim</caption>
        <thead>
          <tr>
            <th scope="col">As written</th>
            <th scope="col">Reading</th>
            <th scope="col">Interval</th>
            <th scope="col">Counts</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((q) => (
            <tr key={q.id}>
              <td>
                “{q.text}”{q.id === headlineId && figures.length > 1 ? <span className="badge">headline</span> : null}
              </td>
              <td>
                <span className="value-cell">{formatQuantity(q)}</span>
                {q.corrected ? (
                  <div>
                    <CorrectionMark corrected={q.corrected} />
                  </div>
                ) : null}
              </td>
              <td>
                [{bound(q.low, "−∞")}, {bound(q.high, "∞")}]
              </td>
              <td>{[q.concept, q.unit].filter(Boolean).join(" · ") || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
