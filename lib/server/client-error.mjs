// Requests Node's HTTP parser refuses before any application code runs — headers over --max-http-header-size (16 KB
// by default), a malformed request line — are answered here in the API's error envelope instead of Node's bare
// status line (issue 14: "every /api answer, 431 included, in the envelope"). Plain JavaScript: scripts/serve.mjs
// loads it with node alone, before Next.

/** @type {Record<string, [number, string, string]>} */
const REFUSALS = {
  HPE_HEADER_OVERFLOW: [
    431,
    "request_headers_too_large",
    "The request's headers are larger than this server accepts (16 KB by default). Send fewer or smaller cookies or headers.",
  ],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, "payload_too_large", "The request's chunk extensions are too large."],
};

/**
 * The raw HTTP answer for a parser error: status line, JSON headers, and `{ error: { code, message } }`.
 *
 * @example
 * clientErrorResponse({ code: "HPE_HEADER_OVERFLOW" }).startsWith("HTTP/1.1 431 ") // true
 * @param {{ code?: string }} error
 * @returns {string}
 */
export function clientErrorResponse(error) {
  const [status, code, message] = REFUSALS[error.code ?? ""] ?? [
    400,
    "bad_request",
    "The request could not be read as HTTP/1.1.",
  ];
  const body = JSON.stringify({ error: { code, message } });
  const reason =
    status === 431 ? "Request Header Fields Too Large" : status === 413 ? "Payload Too Large" : "Bad Request";
  return [
    `HTTP/1.1 ${status} ${reason}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "X-Content-Type-Options: nosniff",
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/**
 * A `clientError` listener for an http.Server: answers in the envelope when the socket can still be written, else
 * closes it (a reset or timed-out connection has nobody to answer).
 *
 * @example
 * server.on("clientError", answerClientError);
 * @param {Error & { code?: string }} error
 * @param {import("node:stream").Duplex} socket
 */
export function answerClientError(error, socket) {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(error));
}
