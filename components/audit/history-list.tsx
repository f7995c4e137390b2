import type { AuditRow } from "@/lib/audit/record";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== "version")
      .map(([key, v]) => `${key}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * Audit events as a table: when, who, what, before, after. Values are rendered as text.
 *
 * @example <HistoryList rows={await claimAuditHistory(db(), id)} caption="History" />
 */
export function HistoryList({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  if (rows.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={row.createdAt.toISOString()}>
                  {row.createdAt.toISOString().slice(0, 19).replace("T", " ")}
                </time>
              </td>
              <td>{row.actor?.name ?? "system"}</td>
              <td>
                {row.entityType} {row.action}
              </td>
              <td>{show(row.before)}</td>
              <td>{show(row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
