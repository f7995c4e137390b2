/**
 * A database that is read-only or cannot be reached (issue 14, finding 9: "read-only database -> plain-text 500 from
 * the proxy"): every /api answer is a 503 in the envelope saying what is wrong, pages get a short 503 page, reads of a
 * read-only database still work, and nothing is written.
 */
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listClaims } from "@/app/api/claims/route";
import { POST as postDocument } from "@/app/api/documents/route";
import { db } from "@/lib/db/client";
import { proxy } from "@/proxy";
import { signedInUser, type TestUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const APP = "http://127.0.0.1:3000";
const context = { params: Promise.resolve({}) };

describe.each(databaseLegs())("a read-only database on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  const previous = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(t.client, "editor");
    if (leg === "sqlite") {
      // The app's one SQLite connection refuses writes from now on, as a read-only mount would.
      await db().$executeRawUnsafe("PRAGMA query_only = ON");
    } else {
      // Every new connection starts read-only, as on a hot standby; a new URL makes the app open new connections.
      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      await admin.query(`ALTER DATABASE "${new URL(t.url).pathname.slice(1)}" SET default_transaction_read_only = on`);
      await admin.end();
      const url = new URL(t.url);
      url.searchParams.set("application_name", "claimtrack-read-only");
      process.env.DATABASE_URL = url.toString();
    }
  });
  afterAll(async () => {
    if (leg === "sqlite") await db().$executeRawUnsafe("PRAGMA query_only = OFF");
    await db().$disconnect();
    process.env.DATABASE_URL = previous;
    await t.drop();
  });

  it("a write answers 503 database_unavailable saying the database is read-only, and stores nothing", async () => {
    const res = await postDocument(
      new Request(`${APP}/api/documents`, {
        method: "POST",
        headers: { cookie: editor.headers.get("cookie") ?? "", origin: APP, "content-type": "application/json" },
        body: JSON.stringify({ title: "Read-only", text: "At least 12 people were killed, police said." }),
      }),
      context,
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("database_unavailable");
    expect(body.error.message).toMatch(/read-only.*nothing was saved/);
    expect(await t.client.document.count()).toBe(0);
  });

  it("reads still answer 200", async () => {
    const res = await listClaims(
      new Request(`${APP}/api/claims`, { headers: { cookie: editor.headers.get("cookie") ?? "" } }),
      context,
    );
    expect(res.status).toBe(200);
  });
});

// A directory is no SQLite file (SQLITE_CANTOPEN); nothing listens on port 1 (ECONNREFUSED).
describe.each([
  ["sqlite", "file:/tmp"],
  ["postgres", "postgresql://postgres@127.0.0.1:1/claimtrack"],
])("an unreachable %s database", (_leg, url) => {
  const previous = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = url;
  });
  afterAll(() => {
    process.env.DATABASE_URL = previous;
  });

  it("the proxy answers an API call 503 in the envelope, not a plain-text 500", async () => {
    // A token-shaped bearer credential has to be looked up (a bogus session cookie is refused before any query).
    const token = `ct_${"A".repeat(43)}`;
    const res = await proxy(new NextRequest(`${APP}/api/claims`, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: "database_unavailable", message: expect.stringMatching(/cannot be reached/) });
  });

  it("the proxy answers a page 503 with a short page saying so", async () => {
    const res = await proxy(new NextRequest(`${APP}/claims`));
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("The database is unavailable");
  });
});
