import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import { ListSearch } from "@/components/ui/list-search";
import { eventsForPage } from "@/lib/events/data";
import { type SearchParams, textParam } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Events" };
// The list reads the database on every request.
export const dynamic = "force-dynamic";

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = textParam(await searchParams, "q");
  const events = await eventsForPage(q);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Events</h1>
          <p>
            What happened, where, when: documents about one event are grouped together, and figures are compared only
            inside one event. Newest first{events.length === 200 ? " (the 200 newest)" : ""}.
          </p>
        </div>
      </div>
      <ListSearch path="/events" label="Title or place" q={q} stale={false} />
      <div className="table-wrap">
        <table className="data stack" data-testid="events-table">
          <caption className="visually-hidden">Events</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Place</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col" className="num">
                Documents
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td data-col="claim">
                  <Link href={`/events/${e.id}`}>{e.title}</Link>
                </td>
                <td data-label="Place">{e.place ? titleCase(e.place) : <span className="muted">—</span>}</td>
                <td data-label="From">{e.startAt ? formatDate(e.startAt) : <span className="muted">undated</span>}</td>
                <td data-label="To">{e.endAt ? formatDate(e.endAt) : <span className="muted">undated</span>}</td>
                <td data-label="Documents" className="num">
                  {e.documentCount}
                </td>
              </tr>
            ))}
            {events.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  {q ? `No event matches “${q}”.` : "No events yet: add a document."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
