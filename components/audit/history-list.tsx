import type { AuditRow } from "@/lib/audit/record";

/** What happened, in words, by entity and action; unknown pairs fall back to "entity action". */
const WHAT: Record<string, string> = {
  "claim status": "Status changed",
  "claim edit": "Claim corrected",
  "claim headline": "Headline figure chosen",
  "claim assign": "Assigned",
  "quantity correct": "Figure corrected",
  "quantity edit": "Figure corrected",
  "evidence add": "Evidence added",
  "evidence evidence-removed": "Evidence removed",
  "comment comment": "Comment",
  "comment reply": "Reply",
  "comment edit": "Comment edited",
  "comment delete": "Comment deleted",
  "comment resolve": "Thread resolved",
  "comment reopen": "Thread reopened",
  "quantityGroup decision": "Flag triaged",
  "quantityGroup merge": "Groups merged",
  "quantityGroup move": "Figure moved out of a group",
  "user create": "User created",
  "user role": "Role changed",
};

/** Ids mean nothing to a reader (the row's own context says what changed); names and values do. */
function shown(key: string): boolean {
  return key !== "id" && key !== "version" && !/Ids?$/.test(key) && key !== "quantities" && key !== "sameFiguresAs";
}

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return JSON.stringify(value);
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * One audit row's change as lines a person reads: "value: 2200 → 2300", "url: https://…" for something added,
 * "body: … (removed)" for something taken away; ids are left out (names are shown where the row has them).
 *
 * @example changeLines({ value: 2200, claimId: "c1" }, { value: 2300, claimId: "c1" }) // ["value: 2200 → 2300"]
 */
export function changeLines(before: unknown, after: unknown): string[] {
  const b = record(before);
  const a = record(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(shown);
  return keys.flatMap((key) => {
    const inBefore = Object.hasOwn(b, key);
    const inAfter = Object.hasOwn(a, key);
    if (inBefore && inAfter) {
      // "figure" names the figure a correction is about; it does not change.
      if (text(b[key]) === text(a[key])) return key === "figure" ? [`“${text(a[key])}”`] : [];
      return [`${key}: ${text(b[key])} → ${text(a[key])}`];
    }
    if (inAfter) return a[key] === null || a[key] === undefined || a[key] === "" ? [] : [`${key}: ${text(a[key])}`];
    return [`${key}: ${text(b[key])} (removed)`];
  });
}

/**
 * Audit events as a table: when, who, what happened and the change (old → new), in words.
 *
 * @example <HistoryList rows={await claimAuditHistory(id)} caption="History" />
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
            <th scope="col">Change</th>
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
              <td>{WHAT[`${row.entityType} ${row.action}`] ?? `${row.entityType} ${row.action}`}</td>
              <td>
                {changeLines(row.before, row.after).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
