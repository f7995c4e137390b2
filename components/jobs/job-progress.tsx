"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

export interface JobProgressView {
  id: string;
  status: string;
  total: number;
  finished: number;
  done: number;
  duplicate: number;
  failed: number;
  claims: number;
  perSecond: number | null;
  etaSeconds: number | null;
  failures: Array<{ name: string; error: string }>;
}

function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A job's live progress: polls GET /api/ingest-jobs/{id} every second until the job is done.
 *
 * @example <JobProgress initial={progress} />
 */
export function JobProgress({ initial }: { initial: JobProgressView }) {
  const [progress, setProgress] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (progress.status === "done") return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/ingest-jobs/${progress.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        setProgress(await response.json());
        setStale(false);
      } catch {
        setStale(true);
        setProgress((p) => ({ ...p }));
      }
    }, 1_000);
    return () => clearTimeout(timer);
  }, [progress]);

  const percent = progress.total === 0 ? 100 : Math.floor((progress.finished / progress.total) * 100);
  return (
    <section className="card" aria-labelledby="job-progress-heading">
      <h2 id="job-progress-heading">
        {progress.status === "done" ? "Finished" : progress.status === "queued" ? "Waiting for a worker" : "Running"}
      </h2>
      <progress max={progress.total} value={progress.finished} aria-label="Documents finished">
        {percent}%
      </progress>
      <p data-testid="job-counts" aria-live="polite">
        {progress.finished} of {progress.total} documents ({percent}%) · {progress.done} new · {progress.duplicate}{" "}
        already stored · {progress.failed} failed · {progress.claims} claims
      </p>
      {progress.status !== "done" && progress.etaSeconds !== null ? (
        <p data-testid="job-eta">
          About {formatEta(progress.etaSeconds)} left ({progress.perSecond?.toFixed(1)} documents/s)
        </p>
      ) : null}
      {stale ? <p className="hint">Progress could not be refreshed; retrying.</p> : null}
      {progress.status === "done" ? (
        <p>
          <Link href="/documents">Open the documents</Link> · <Link href="/claims">Open the claims</Link>
        </p>
      ) : null}
      {progress.failures.length > 0 ? (
        <>
          <h3>Failures</h3>
          <ul data-testid="job-failures">
            {progress.failures.map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>: {f.error}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
