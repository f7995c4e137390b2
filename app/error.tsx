"use client";

/**
 * Last-resort page for an unexpected server error: a plain message and a retry, never the exception text (it can carry
 * internals). The digest lets an operator find the entry in the server log.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card empty" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. Try again; if it keeps failing, the server log has the details.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" className="button primary" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
