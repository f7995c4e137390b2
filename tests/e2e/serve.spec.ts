import { connect } from "node:net";
import { expect, test } from "@playwright/test";

// Issue 14, finding 9, on the served app (npm run serve = scripts/serve.mjs): a request whose headers overflow Node's
// 16 KB limit is refused by the HTTP parser before Next runs. `next start` answered it with a bare status line and
// no body; our server answers in the API's envelope.
test("an API request with 20 KB of headers gets a 431 in the error envelope", async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL ?? "");
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET /api/claims HTTP/1.1\r\nHost: ${hostname}\r\nCookie: x=${"a".repeat(20_000)}\r\n\r\n`),
    );
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString("utf8");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(data));
  });
  const [head, body] = answer.split("\r\n\r\n");
  expect(head).toMatch(/^HTTP\/1\.1 431 /);
  expect(head).toMatch(/content-type: application\/json/i);
  expect(JSON.parse(body)).toMatchObject({ error: { code: "request_headers_too_large", message: expect.any(String) } });
});
