/**
 * What the app accepts, `claimtrack import` takes back (issue 14, finding 2: "a date the API accepted fails
 * re-import"). POST /api/documents took "20000-01-01", "-000001-01-01" and "275760-09-13": SQLite stored them, the
 * export wrote "+020000-01-01T…", and import refused the line; PostgreSQL answered 500. Ingest jobs took
 * 2026-02-30 (stored as March 2) and `javascript:` URLs. SQLite and PostgreSQL, through the route handlers.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postDocument } from "@/app/api/documents/route";
import { POST as postJob } from "@/app/api/ingest-jobs/route";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { serialize } from "@/lib/export/formats";
import { importJsonl } from "@/lib/export/import";
import { streamClaimRows } from "@/lib/export/stream";
import { stopAnnouncer } from "@/lib/jobs/queue";
import { signedInUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

/** Dates the API takes, each with the instant it stores. */
const accepted: Array<[string, string]> = [
  ["2026-01-15", "2026-01-15T00:00:00.000Z"],
  ["2026-01-15T10:00:00+02:00", "2026-01-15T08:00:00.000Z"],
  ["1969-07-20", "1969-07-20T00:00:00.000Z"],
  ["9999-12-31", "9999-12-31T00:00:00.000Z"],
];
/** Dates that parse in JavaScript but are no publication date this app can store and export. */
const refused = [
  "2026-02-30",
  "20000-01-01",
  "-000001-01-01",
  "275760-09-13",
  "0999-12-31",
  "9999-12-31T23:00:00-05:00",
];

describe.each(databaseLegs())("accepted dates and URLs re-import on %s", (leg) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let cookie = "";
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(leg), createTestDatabase(leg)]);
    process.env.DATABASE_URL = source.url; // the route handlers use the process-wide client, as in the app
    cookie = (await signedInUser(db(), "editor")).headers.get("cookie") ?? "";
  });
  afterAll(async () => {
    await stopAnnouncer();
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await Promise.all([source?.drop(), target?.drop()]);
  });

  const post = (handler: typeof postDocument, path: string, body: unknown) =>
    handler(
      new Request(`http://localhost${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
  const article = (i: number) => `Officials said ${210 + i} people were evacuated from Harbor ${"abcdefghij"[i]}.`;

  it("POST /api/documents refuses a date it could not give back (422, never 500), and stores the others", async () => {
    for (const [i, date] of refused.entries()) {
      const res = await post(postDocument, "/api/documents", {
        text: article(i),
        title: `bad ${i}`,
        publishedAt: date,
      });
      expect(res.status, date).toBe(422);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/publishedAt/);
    }
    expect(await source.client.document.count()).toBe(0);
    for (const [i, [date, stored]] of accepted.entries()) {
      const res = await post(postDocument, "/api/documents", { text: article(i), title: `ok ${i}`, publishedAt: date });
      expect(res.status, date).toBe(201);
      const doc = await source.client.document.findFirstOrThrow({ where: { title: `ok ${i}` } });
      expect(doc.publishedAt?.toISOString(), date).toBe(stored);
    }
  });

  it("POST /api/ingest-jobs refuses 2026-02-30 and a javascript: URL naming the entry, creating no job", async () => {
    for (const [entry, field] of [
      [{ text: article(8), publishedAt: "2026-02-30" }, "publishedAt"],
      [{ text: article(8), publishedAt: "20000-01-01" }, "publishedAt"],
      [{ text: article(8), url: "javascript:alert(1)" }, "url"],
    ] as const) {
      const res = await post(postJob, "/api/ingest-jobs", { documents: [{ text: article(9) }, entry] });
      expect(res.status, JSON.stringify(entry)).toBe(422);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`documents[1].${field}`);
    }
    expect(await source.client.ingestJob.count()).toBe(0);
  });

  it("the export of everything the API stored imports into an empty database, dates intact", async () => {
    let out = "";
    const query = claimsQuerySchema.parse({});
    for await (const chunk of serialize("jsonl", streamClaimRows(query, { target: resolveDatabase(source.url) }))) {
      out += chunk;
    }
    const lines = out.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(accepted.length);
    async function* each() {
      for (const line of lines) yield line;
    }
    const summary = await importJsonl(() => each(), target.client);
    expect(summary.claims).toBe(lines.length);
    const dates = async (t: TestDatabase) =>
      (await t.client.document.findMany({ orderBy: { title: "asc" } })).map((d) => d.publishedAt?.toISOString());
    expect(await dates(target)).toEqual(await dates(source));
  });
});
