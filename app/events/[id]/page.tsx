import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type EventChoice, MergeEventsForm, MoveDocumentForm } from "@/components/events/event-editor";
import { FiguresPlot } from "@/components/groups/figures-plot";
import { formatDate } from "@/components/ui/format-date";
import { currentUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { eventChoicesForPage, eventForPage } from "@/lib/events/data";

type Props = { params: Promise<{ id: string }> };

const CONCEPT_WORDS: Record<string, string> = {
  dead: "Dead",
  injured: "Injured",
  arrested: "Arrested",
  displaced: "Displaced",
};
const VERDICT_WORDS: Record<string, string> = {
  conflict: "⚠ Sources disagree",
  developing: "↗ Toll rising",
  soft: "≈ Compatible, different precision",
  none: "✓ Agree",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await eventForPage((await params).id);
  return { title: event ? `Event: ${event.title}` : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const [event, user] = await Promise.all([eventForPage(id), currentUser()]);
  if (!event) notFound();
  // Moving and merging are editors' decisions: other roles do not see the controls (the server refuses them anyway).
  const canEdit = hasRole(user?.role, "editor");
  const choices: EventChoice[] = (canEdit ? await eventChoicesForPage(id) : []).map((e) => ({
    id: e.id,
    label: `${e.title}${e.startAt ? ` (${formatDate(e.startAt)})` : ""}`,
  }));
  const when = (iso: string | null) => (iso ? `${formatDate(iso)} ${iso.slice(11, 16)} UTC` : "undated");
  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/events">Events</Link> /
          </div>
          <h1>{event.title}</h1>
          <p data-testid="event-summary">
            {event.place ? (
              <span className="place">{event.place.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}</span>
            ) : null}
            {event.place ? " · " : ""}
            {event.startAt ? `${when(event.startAt)} – ${when(event.endAt)}` : "undated"} ·{" "}
            {event.documentCount === 1 ? "1 document" : `${event.documentCount} documents`}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="tracker-heading" data-testid="toll-tracker">
        <h2 id="tracker-heading">Toll tracker</h2>
        {event.tracker.length === 0 ? (
          <p className="muted">No casualty, arrest or displacement figures in this event&apos;s documents.</p>
        ) : null}
        {event.tracker.map((series) => {
          const dated = series.points.filter((p) => p.publishedAt !== null);
          const headingId = `tracker-${series.concept}`;
          return (
            <div key={series.concept} className="tracker-series" data-concept={series.concept}>
              <h3 id={headingId}>{CONCEPT_WORDS[series.concept]}</h3>
              <div className="table-wrap">
                <table className="data stack" aria-labelledby={headingId}>
                  <thead>
                    <tr>
                      <th scope="col">Figure</th>
                      <th scope="col">Source</th>
                      <th scope="col">Outlet</th>
                      <th scope="col">Published</th>
                    </tr>
                  </thead>
                  <tbody>
                    {series.points.map((p) => (
                      <tr key={p.key}>
                        <td data-col="claim">
                          <Link href={`/claims/${p.claimId}`}>{p.figure}</Link>
                        </td>
                        <td data-label="Source">{p.source}</td>
                        <td data-label="Outlet">
                          <Link href={`/documents/${p.documentId}`}>{series.outlets[p.documentId] ?? "—"}</Link>
                        </td>
                        <td data-label="Published">{when(p.publishedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {dated.length > 0 ? (
                <FiguresPlot
                  plotId={`plot-${series.concept}`}
                  title={`${CONCEPT_WORDS[series.concept]}: reported figures by source over publication time`}
                  figures={dated.map((p) => ({
                    quantityId: p.key,
                    figure: p.figure,
                    value: p.value,
                    low: p.low,
                    high: p.high,
                    modifier: p.modifier,
                    sourceName: `${p.source}, ${series.outlets[p.documentId] ?? ""}`,
                    publishedAt: p.publishedAt as string,
                  }))}
                />
              ) : null}
            </div>
          );
        })}
      </section>
      <section className="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">Figures compared across outlets</h2>
        {event.groups.length === 0 ? <p className="muted">No figure is reported by two documents yet.</p> : null}
        <ul className="event-groups">
          {event.groups.map((g) => (
            <li key={g.id} data-verdict={g.verdict}>
              <Link href={`/groups/${g.id}`}>{g.concept || "figures"}</Link>{" "}
              <span className="badge">{VERDICT_WORDS[g.verdict] ?? g.verdict}</span>
              {g.decision ? <span className="muted"> · {g.decision}</span> : null}
              <div className="muted">{g.explanation}</div>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents ({event.documents.length})</h2>
        <div className="table-wrap">
          <table className="data stack" data-testid="event-documents">
            <caption className="visually-hidden">Documents reporting this event, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                {canEdit ? <th scope="col">Move</th> : null}
              </tr>
            </thead>
            <tbody>
              {event.documents.map((d) => (
                <tr key={d.id}>
                  <td data-col="claim">
                    <Link href={`/documents/${d.id}`}>{d.title}</Link>
                    {d.pinned ? <div className="muted">placed by an editor</div> : null}
                  </td>
                  <td data-label="Outlet">{d.outlet ?? "—"}</td>
                  <td data-label="Published">
                    {when(d.publishedAt)}
                    {d.datedFrom === "dateline" ? <div className="muted">from the dateline</div> : null}
                  </td>
                  {canEdit ? (
                    <td data-label="Move">
                      <MoveDocumentForm documentId={d.id} title={d.title} choices={choices} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canEdit ? <MergeEventsForm eventId={event.id} choices={choices} /> : null}
    </>
  );
}
