import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/claims-table/status-badge";
import { FiguresPlot } from "@/components/groups/figures-plot";
import { GroupDecisions, MoveOutButton } from "@/components/groups/group-decisions";
import { formatDate } from "@/components/ui/format-date";
import { formatNumber } from "@/lib/claims/format";
import { groupForPage } from "@/lib/groups/data";

type Props = { params: Promise<{ id: string }> };

const VERDICT_WORDS: Record<string, string> = {
  conflict: "⚠ Conflict: outlets disagree",
  developing: "↗ Developing: toll rising",
  soft: "≈ Different measures",
  none: "✓ Agree",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await groupForPage((await params).id);
  return { title: group ? `Group: ${group.concept}` : "Group not found" };
}

export default async function GroupPage({ params }: Props) {
  const group = await groupForPage((await params).id);
  if (!group) notFound();
  const bound = (n: number | null, open: string) => (n === null ? open : formatNumber(n));
  const bounds = (f: (typeof group.figures)[number]) =>
    f.low === null && f.high === null ? "—" : `${bound(f.low, "−∞")} … ${bound(f.high, "∞")}`;
  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/claims">Claims</Link> / Group /
          </div>
          <h1>{group.concept}</h1>
          <p>
            <span className="badge" data-testid="group-verdict">
              {VERDICT_WORDS[group.verdict] ?? group.verdict}
            </span>{" "}
            <span data-testid="group-explanation">{group.explanation}</span>
            {group.manual ? <span className="muted"> · arranged by an editor</span> : null}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures ({group.figures.length})</h2>
        <div className="table-wrap">
          <table data-testid="group-figures">
            <caption className="visually-hidden">Every reported figure in this group, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Bounds</th>
                <th scope="col">Source</th>
                <th scope="col">Outlet</th>
                <th scope="col">Document</th>
                <th scope="col">Published</th>
                <th scope="col">Status</th>
                <th scope="col">Independent sources</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.figures.map((f) => (
                <tr key={f.quantityId}>
                  <td>
                    <Link href={`/claims/${f.claimId}`}>{f.figure}</Link>
                    <div className="muted">“{f.text}”</div>
                  </td>
                  <td>{bounds(f)}</td>
                  <td>
                    {f.sourceName} <span className="source-kind">{f.sourceKind}</span>
                  </td>
                  <td>{f.outlet ?? "—"}</td>
                  <td>
                    <Link href={`/documents/${f.documentId}`}>{f.documentTitle}</Link>
                  </td>
                  <td>
                    <time dateTime={f.publishedAt}>
                      {formatDate(f.publishedAt)} {f.publishedAt.slice(11, 16)} UTC
                    </time>
                  </td>
                  <td>
                    <StatusBadge status={f.status} />
                  </td>
                  <td>
                    {f.corroboration.agree} agree · {f.corroboration.disagree} disagree
                    <div className="muted">suggested: {f.corroboration.suggestedStatus}</div>
                  </td>
                  <td>
                    {group.figures.length > 1 ? (
                      <MoveOutButton groupId={group.id} quantityId={f.quantityId} label={f.figure} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="plot-heading">
        <h2 id="plot-heading">Reported values over time</h2>
        {group.axisUnit && <p>Figures written in different units are plotted in {group.axisUnit}.</p>}
        <FiguresPlot
          figures={group.figures.map((f) => ({ ...f, ...f.plot }))}
          title={`Reported values of ${group.concept}${group.axisUnit ? ` (in ${group.axisUnit})` : ""} over publication time`}
        />
      </section>
      <GroupDecisions groupId={group.id} decision={group.decision} reason={group.decisionReason} />
    </>
  );
}
