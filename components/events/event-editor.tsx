"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { mergeEventsAction, moveDocumentAction } from "@/lib/events/actions";

export interface EventChoice {
  id: string;
  label: string;
}

/**
 * Moves one document of this event into another event (or a new one of its own), with a reason. The server's answer
 * is announced in a live region.
 * @example <MoveDocumentForm documentId={d.id} title={d.title} choices={choices} />
 */
export function MoveDocumentForm({
  documentId,
  title,
  choices,
}: {
  documentId: string;
  title: string;
  choices: EventChoice[];
}) {
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const [target, setTarget] = useState("new");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  return (
    <form
      className="event-move"
      aria-label={`Move “${title}” to another event`}
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await moveDocumentAction({ documentId, eventId: target === "new" ? null : target, reason });
          setMessage(result.ok ? "Moved." : result.message);
          if (result.ok) router.push(`/events/${result.eventId}`);
        });
      }}
    >
      <label htmlFor={`${id}-to`}>Move to</label>
      <select id={`${id}-to`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="new">A new event of its own</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>Reason</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
      <button type="submit" className="button" disabled={pending}>
        Move
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </form>
  );
}

/**
 * Merges another event into this one, with a reason.
 * @example <MergeEventsForm eventId={event.id} choices={choices} />
 */
export function MergeEventsForm({ eventId, choices }: { eventId: string; choices: EventChoice[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [other, setOther] = useState(choices[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  return (
    <section className="card" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge another event into this one</h2>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await mergeEventsAction({ intoId: eventId, fromId: other, reason });
            setMessage(result.ok ? "Events merged." : result.message);
            if (result.ok) router.refresh();
          });
        }}
      >
        <label className="field">
          Event
          <select value={other} onChange={(e) => setOther(e.target.value)} required>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Reason
          <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
        </label>
        <button type="submit" className="button" disabled={pending || choices.length === 0}>
          Merge into this event
        </button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
