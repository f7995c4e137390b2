import type { Duplex } from "node:stream";

/** The raw HTTP answer, in the error envelope, for an error of Node's HTTP parser. */
export function clientErrorResponse(error: { code?: string }): string;
/** A `clientError` listener for an http.Server (scripts/serve.mjs). */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void;
