/**
 * Next.js server hooks: the environment is checked once at start (a bad variable stops the server with a message
 * naming it), and every server error is logged as one JSON line — route, method, digest and message, never the
 * request's headers, which carry session cookies and API tokens.
 */
import type { Instrumentation } from "next";
import { EnvError, parseEnv } from "@/lib/env";
import { requestErrorLine } from "@/lib/observability/request-error";

export function register(): void {
  try {
    parseEnv();
  } catch (error) {
    // Next logs a throwing register() and serves anyway; a server that would fail on every request should not start.
    if (!(error instanceof EnvError) || process.env.NEXT_RUNTIME !== "nodejs") throw error;
    console.error(error.message);
    process.exit(1);
  }
}

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(requestErrorLine(error, request, context, new Date()));
};
