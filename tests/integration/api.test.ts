import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET as getClaims } from "@/app/api/claims/route";
import { POST as postDocument } from "@/app/api/documents/route";
import { db } from "@/lib/db/client";
import { MAX_TEXT_BYTES } from "@/lib/documents/schema";
import { signedInUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Writes need a signed-in editor (issue 5); its session cookie goes on every request below.
let cookie = "";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const json = (body: unknown) =>
  new Request("http://localhost/api/documents", {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });

const multipart = (name: string, type: string, content: string) => {
  const form = new FormData();
  form.set("file", new File([content], name, { type }));
  form.set("title", "Uploaded");
  return new Request("http://localhost/api/documents", { method: "POST", body: form, headers: { cookie } });
};

const article =
  "Officials said that over 800 fighters crossed the border on Monday. Monitors counted at least 38 deaths.";

describe.each(databaseLegs())("HTTP API on %s", (leg) => {
  let t: TestDatabase;
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    cookie = (await signedInUser(db(), "editor")).headers.get("cookie") ?? "";
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it("creates a document from JSON (201), then answers the same text with the same document (200)", async () => {
    const first = await postDocument(json({ text: article, title: "Border", publishedAt: "2026-01-12" }));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ created: true });
    expect(created.claimCount).toBeGreaterThan(0);
    const again = await postDocument(json({ text: article }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ documentId: created.documentId, created: false });
  });

  it("stores an uploaded HTML file as text without its scripts", async () => {
    const res = await postDocument(
      multipart("story.html", "text/html", `<p>${article.replace("800", "900")}</p><script>alert("x")</script>`),
    );
    expect(res.status).toBe(201);
    const { documentId } = await res.json();
    const doc = await t.client.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(doc.text).toContain("over 900 fighters");
    expect(doc.text).not.toMatch(/script|alert/);
    expect(doc.title).toBe("Uploaded");
  });

  it.each([
    ["empty text", () => json({ text: "  " }), 422, "empty", /empty/],
    ["oversized text", () => json({ text: "a ".repeat(MAX_TEXT_BYTES / 2 + 1) }), 413, "too_large", /2 MB/],
    ["a PDF upload", () => multipart("report.pdf", "application/pdf", "%PDF-1.7"), 415, "unsupported_type", /\.pdf/],
    ["a bad URL", () => json({ text: article, url: "javascript:alert(1)" }), 422, "invalid", /url/],
    [
      "a date that does not exist",
      () => json({ text: article, publishedAt: "2026-02-30" }),
      422,
      "invalid",
      /real ISO date/,
    ],
    [
      "malformed JSON",
      () =>
        new Request("http://localhost/api/documents", {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: "{",
        }),
      400,
      "invalid_json",
      /JSON/,
    ],
    [
      "a text/plain body",
      () =>
        new Request("http://localhost/api/documents", {
          method: "POST",
          headers: { "content-type": "text/plain", cookie },
          body: article,
        }),
      415,
      "unsupported_type",
      /json/,
    ],
  ])("refuses %s with one error envelope", async (_name, request, status, code, message) => {
    const res = await postDocument(request());
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toEqual({ code, message: expect.stringMatching(message) });
  });

  it("serves the claims table query over GET /api/claims, one cursor page at a time", async () => {
    const res = await getClaims(
      new Request("http://localhost/api/claims?sort=value&dir=desc&limit=10", { headers: { cookie } }),
    );
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(Object.keys(page).sort()).toEqual(["items", "nextCursor"]);
    expect(page.items.length).toBeGreaterThan(0);
    const values = page.items
      .map((r: { quantity: { value: number } | null }) => r.quantity?.value)
      .filter((v: unknown) => v !== undefined);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });
});
