import type { Metadata } from "next";
import { HistoryList } from "@/components/audit/history-list";
import { auditLog } from "@/lib/audit/record";
import { requirePageUser } from "@/lib/auth/require";
import { userNames } from "@/lib/users/data";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const day = /^\d{4}-\d{2}-\d{2}$/;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ user?: string; from?: string; to?: string }>;
}) {
  await requirePageUser("admin");
  const params = await searchParams;
  const filter = {
    actorId: typeof params.user === "string" && params.user ? params.user : undefined,
    from: typeof params.from === "string" && day.test(params.from) ? params.from : undefined,
    to: typeof params.to === "string" && day.test(params.to) ? params.to : undefined,
  };
  const [rows, users] = await Promise.all([auditLog(filter), userNames()]);
  return (
    <>
      <div className="page-head">
        <h1>Audit log</h1>
      </div>
      <form className="toolbar" method="get" aria-label="Filter the audit log">
        <label className="field">
          User
          <select name="user" defaultValue={filter.actorId ?? ""}>
            <option value="">Everyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          From
          <input type="date" name="from" defaultValue={filter.from} />
        </label>
        <label className="field">
          To
          <input type="date" name="to" defaultValue={filter.to} />
        </label>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <p className="muted">{rows.length === 500 ? "The newest 500 changes." : `${rows.length} changes.`}</p>
      <HistoryList rows={rows} caption="Audit log" />
    </>
  );
}
