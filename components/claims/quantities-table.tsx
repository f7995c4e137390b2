import { formatNumber, formatQuantity } from "@/lib/claims/format";
import { modifierSchema } from "@/lib/extract/schema";

interface QuantityView {
  id: string;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  modifier: string;
  of: number | null;
  unit: string | null;
  concept: string | null;
}

function bound(n: number | null, open: string): string {
  return n === null ? open : formatNumber(n);
}

/**
 * Every figure of a claim with the interval it stands for, the reading the discrepancy check rests on.
 *
 * @example <QuantitiesTable quantities={claim.quantities} />
 */
export function QuantitiesTable({ quantities }: { quantities: QuantityView[] }) {
  if (quantities.length === 0) return <p className="muted">This claim carries no figure.</p>;
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
          {quantities.map((q) => {
            const modifier = modifierSchema.catch("exact").parse(q.modifier);
            return (
              <tr key={q.id}>
                <td>“{q.text}”</td>
                <td className="value-cell">{formatQuantity({ ...q, modifier })}</td>
                <td>
                  [{bound(q.low, "−∞")}, {bound(q.high, "∞")}]
                </td>
                <td>{q.concept ?? q.unit ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
