/**
 * Next.js server hooks: the environment is checked once at start (a bad variable stops the server with a message
 * naming it), the in-process ingest-job worker starts (lib/jobs: jobs left unfinished by a previous server resume
 * without anyone visiting a page), and every server error is logged as one JSON line — route, method, digest and
 * message, never the request's headers, which carry session cookies and API tokens.
 */
import type { Instrumentation } from "next";
import { EnvError, parseEnv } from "@/lib/env";
import { requestErrorLine } from "@/lib/observability/request-error";

export async function register(): Promise<void> {
  try {
    parseEnv();
  } catch (error) {
    // Next logs a throwing register() and serves anyway; a server that would fail on every request should not start.
    if (!(error instanceof EnvError) || process.env.NEXT_RUNTIME !== "nodejs") throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  startInProcessWorker();
  // A crash between a document's commit and its regroup left it out of the cross-document groups: finish it now.
  const { repairPendingRegroups } = await import("@/lib/groups/mutations");
  repairPendingRegroups().then(
    (n) => n > 0 && console.log(`[groups] regrouped ${n} document(s) a previous run left pending`),
    (error: Error) => console.error("[groups] repair at start:", error.message),
  );
}

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(requestErrorLine(error, request, context, new Date()));
};
