/**
 * Issue 14, finding 9: requests Node's HTTP parser refuses before any of our code runs (headers over 16 KB, a request
 * line that is not HTTP) are answered in the API's error envelope. A real http.Server with the listener scripts/serve.mjs
 * installs, and raw sockets (fetch cannot send a malformed request); tests/e2e/serve.spec.ts checks the served app.
 */
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientError } from "@/lib/server/client-error.mjs";

function raw(port: number, request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString("utf8");
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head, ...rest] = data.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), headers: head, body: rest.join("\r\n\r\n") });
    });
  });
}

describe("answers the HTTP parser's refusals in the error envelope", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end("ok"));
    server.on("clientError", answerClientError);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("431 for headers over Node's limit, as JSON with the code", async () => {
    const res = await raw(port, `GET /api/claims HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(res.headers).toMatch(/cache-control: no-store/i);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "request_headers_too_large" } });
  });

  it("400 for a request that is not HTTP/1.1", async () => {
    const res = await raw(port, "HELLO\r\n\r\n");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "bad_request" } });
  });

  it("leaves ordinary requests to the server", async () => {
    const res = await raw(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(res.status).toBe(200);
    expect(res.body).toBe("ok");
  });
});
