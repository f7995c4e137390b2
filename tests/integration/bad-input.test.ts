/**
 * The bad-input matrix (issue 14): every API write path, and the list endpoints' query parameters, fed what a
 * careless client or a probe sends. Each answer is a 4xx in the envelope `{ error: { code, message } }` — never a
 * 500 — and a refused write leaves the database as it was. Valid but unusual text (Persian digits, right-to-left
 * script) is accepted and stored as sent; a NUL inside ingested article text is dropped, never stored.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as putStatus } from "@/app/api/[...path]/route";
import { PUT as putFigure } from "@/app/api/claims/[id]/figures/[quantityId]/route";
import { PUT as putHeadline } from "@/app/api/claims/[id]/headline/route";
import { GET as getClaim } from "@/app/api/claims/[id]/route";
import { POST as splitClaim } from "@/app/api/claims/[id]/split/route";
import { PUT as setStatus } from "@/app/api/claims/[id]/status/route";
import { POST as bulkAssign } from "@/app/api/claims/bulk-assign/route";
import { POST as undoBulk } from "@/app/api/claims/bulk-status/[id]/undo/route";
import { POST as bulkStatus } from "@/app/api/claims/bulk-status/route";
import { POST as mergeClaims } from "@/app/api/claims/merge/route";
import { GET as listClaims } from "@/app/api/claims/route";
import { POST as reopenComment } from "@/app/api/comments/[id]/reopen/route";
import { POST as resolveComment } from "@/app/api/comments/[id]/resolve/route";
import { DELETE as deleteComment, PATCH as patchComment } from "@/app/api/comments/[id]/route";
import { GET as listComments, POST as postComment } from "@/app/api/comments/route";
import { POST as addClaim } from "@/app/api/documents/[id]/claims/route";
import { PATCH as patchDocument } from "@/app/api/documents/[id]/route";
import { GET as listDocuments, POST as postDocument } from "@/app/api/documents/route";
import { GET as exportClaims } from "@/app/api/export/route";
import { POST as decide } from "@/app/api/groups/[id]/decision/route";
import { GET as listGroups } from "@/app/api/groups/route";
import { POST as postJob } from "@/app/api/ingest-jobs/route";
import { GET as listQuantities } from "@/app/api/quantities/route";
import { POST as mergeSource } from "@/app/api/sources/[id]/merge/route";
import { PATCH as patchSource } from "@/app/api/sources/[id]/route";
import { GET as listSources } from "@/app/api/sources/route";
import { DELETE as deleteToken } from "@/app/api/tokens/[id]/route";
import { POST as postToken } from "@/app/api/tokens/route";
import { listClaims as listClaimsPage } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { stopAnnouncer } from "@/lib/jobs/queue";
import { MAX_UPLOAD_BYTES } from "@/lib/jobs/schema";
import { signedInUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface WritePath {
  name: string;
  handler: Handler;
  method: string;
  path: string;
  params?: Record<string, string>;
  /** A valid JSON body with `field` as its free-text field (set per case). */
  body: (text: unknown) => unknown;
  /** Article text: control characters are dropped rather than refused. */
  article?: boolean;
}

const huge = "x".repeat(20 * 1024 * 1024);
const deepJson = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

/** The bad bodies: raw bytes or JSON text, and the content type they are sent with. */
const badBodies: Array<{ name: string; type: string; raw: (path: WritePath) => BodyInit }> = [
  { name: "empty body", type: "application/json", raw: () => "" },
  { name: "JSON array instead of an object", type: "application/json", raw: () => "[1,2,3]" },
  { name: "wrong type in the text field", type: "application/json", raw: (p) => JSON.stringify(p.body(12345)) },
  { name: "20 MB body", type: "application/json", raw: (p) => JSON.stringify(p.body(huge)) },
  { name: "binary", type: "application/json", raw: () => new Uint8Array([0, 159, 146, 150, 255, 1, 2, 3]) },
  {
    name: "invalid UTF-8",
    type: "application/json",
    raw: (p) => {
      const json = new TextEncoder().encode(JSON.stringify(p.body("ab")));
      const bytes = new Uint8Array(json.length + 2);
      bytes.set(json.subarray(0, json.length - 2));
      bytes.set([0xc3, 0x28], json.length - 2);
      bytes.set(json.subarray(json.length - 2), json.length);
      return bytes;
    },
  },
  {
    name: "100,000-character token",
    type: "application/json",
    raw: (p) => JSON.stringify(p.body("y".repeat(100_000))),
  },
  { name: "deeply nested JSON", type: "application/json", raw: () => deepJson },
  { name: "malformed multipart", type: "multipart/form-data; boundary=zzz", raw: () => "--zzz\r\nContent-Disp" },
  { name: "multipart without boundary", type: "multipart/form-data", raw: () => "text=hello" },
  { name: "1e308 as the value", type: "application/json", raw: (p) => JSON.stringify(p.body(1e308)) },
  { name: "a negative number as the value", type: "application/json", raw: (p) => JSON.stringify(p.body(-1)) },
];

describe.each(databaseLegs())("bad input on %s", (leg) => {
  let t: TestDatabase;
  let cookie = "";
  let claimId = "";
  let commentId = "";
  let groupId = "";
  let documentId = "";
  let otherClaimId = "";
  let quantityId = "";
  let sourceIds: string[] = [];
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    const id = newId();
    const group = { name: "fighters", verdict: "conflict" as const };
    const { text, extraction } = makeExtraction(id, [
      {
        sentence: "Over 800 fighters crossed, sources said.",
        source: "Independent sources",
        quantity: { text: "Over 800 fighters", value: 800, modifier: "moreThan", unit: "fighter" },
        group,
      },
      {
        sentence: "Some 1,200 fighters crossed, police said.",
        source: "Police",
        kind: "official",
        quantity: { text: "1,200 fighters", value: 1200, unit: "fighter" },
        group,
      },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text), title: "Crossing" }, extraction);
    documentId = id;
    const claims = await t.client.claim.findMany({ orderBy: { position: "asc" } });
    [claimId, otherClaimId] = [claims[0].id, claims[1].id];
    quantityId = (await t.client.quantity.findFirstOrThrow({ where: { claimId } })).id;
    sourceIds = (await t.client.source.findMany({ orderBy: { name: "asc" } })).map((x) => x.id);
    groupId = (await t.client.quantityGroup.findFirstOrThrow()).id;
    cookie = (await signedInUser(db(), "editor")).headers.get("cookie") ?? "";
    const res = await postComment(
      new Request("http://localhost/api/comments", {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ claimId, body: "First look." }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(201);
    commentId = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    // POST /api/ingest-jobs on PostgreSQL started the pg-boss announcer: stop it before its database is dropped.
    await stopAnnouncer();
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const writes = (): WritePath[] => [
    {
      name: "POST /api/documents",
      handler: postDocument,
      method: "POST",
      path: "/api/documents",
      body: (text) => ({ text, title: "T" }),
      article: true,
    },
    {
      name: "POST /api/ingest-jobs",
      handler: postJob,
      method: "POST",
      path: "/api/ingest-jobs",
      body: (text) => ({ documents: [{ text }] }),
      article: true,
    },
    {
      name: "POST /api/comments",
      handler: postComment,
      method: "POST",
      path: "/api/comments",
      body: (text) => ({ claimId, body: text }),
    },
    {
      name: "PATCH /api/comments/{id}",
      handler: patchComment,
      method: "PATCH",
      path: `/api/comments/${commentId}`,
      params: { id: commentId },
      body: (text) => ({ body: text }),
    },
    {
      name: "PUT /api/claims/{id}/status",
      handler: setStatus,
      method: "PUT",
      path: `/api/claims/${claimId}/status`,
      params: { id: claimId },
      body: (status) => ({ status, version: 1 }),
    },
    {
      name: "POST /api/groups/{id}/decision",
      handler: decide,
      method: "POST",
      path: `/api/groups/${groupId}/decision`,
      params: { id: groupId },
      body: (reason) => ({ decision: "dismissed", reason }),
    },
    {
      name: "POST /api/tokens",
      handler: postToken,
      method: "POST",
      path: "/api/tokens",
      body: (name) => ({ name, expiresInDays: 30 }),
    },
    // Editors' corrections and structure, bulk changes and source edits (issue 14 asks for every write path).
    {
      name: "PATCH /api/documents/{id}",
      handler: patchDocument,
      method: "PATCH",
      path: `/api/documents/${documentId}`,
      params: { id: documentId },
      body: (title) => ({ title, outlet: null, publishedAt: null, version: 1 }),
    },
    {
      name: "PUT /api/claims/{id}/figures/{quantityId}",
      handler: putFigure,
      method: "PUT",
      path: `/api/claims/${claimId}/figures/${quantityId}`,
      params: { id: claimId, quantityId },
      body: (unit) => ({ version: 1, unit }),
    },
    {
      name: "PUT /api/claims/{id}/headline",
      handler: putHeadline,
      method: "PUT",
      path: `/api/claims/${claimId}/headline`,
      params: { id: claimId },
      body: (id) => ({ version: 1, quantityId: id }),
    },
    {
      name: "POST /api/documents/{id}/claims",
      handler: addClaim,
      method: "POST",
      path: `/api/documents/${documentId}/claims`,
      params: { id: documentId },
      body: (sourceName) => ({ start: 0, end: 5, sourceName }),
    },
    {
      name: "POST /api/claims/{id}/split",
      handler: splitClaim,
      method: "POST",
      path: `/api/claims/${claimId}/split`,
      params: { id: claimId },
      body: (at) => ({ version: 1, beforeFigure: at }),
    },
    {
      name: "POST /api/claims/merge",
      handler: mergeClaims,
      method: "POST",
      path: "/api/claims/merge",
      body: (id) => ({ firstId: id, secondId: otherClaimId }),
    },
    {
      name: "POST /api/claims/bulk-status",
      handler: bulkStatus,
      method: "POST",
      path: "/api/claims/bulk-status",
      body: (status) => ({ status, ids: [claimId, otherClaimId] }),
    },
    {
      name: "POST /api/claims/bulk-assign",
      handler: bulkAssign,
      method: "POST",
      path: "/api/claims/bulk-assign",
      body: (assigneeId) => ({ assigneeId, ids: [claimId] }),
    },
    {
      name: "PATCH /api/sources/{id}",
      handler: patchSource,
      method: "PATCH",
      path: `/api/sources/${sourceIds[0]}`,
      params: { id: sourceIds[0] },
      body: (name) => ({ name, kind: "official", affiliation: null, version: 1 }),
    },
    {
      name: "POST /api/sources/{id}/merge",
      handler: mergeSource,
      method: "POST",
      path: `/api/sources/${sourceIds[0]}/merge`,
      params: { id: sourceIds[0] },
      body: (intoId) => ({ intoId, version: 1, intoVersion: 1 }),
    },
  ];

  /** Row counts of everything a write path could change. */
  const counts = async () => ({
    documents: await t.client.document.count(),
    claims: await t.client.claim.count(),
    jobs: await t.client.ingestJob.count(),
    comments: await t.client.comment.count(),
    commentBody: (await t.client.comment.findUniqueOrThrow({ where: { id: commentId } })).body,
    tokens: await t.client.apiToken.count(),
    audit: await t.client.auditEvent.count(),
    statuses: (await t.client.claim.findMany({ select: { status: true, version: true } })).map(
      (c) => `${c.status}${c.version}`,
    ),
    decisions: (await t.client.quantityGroup.findMany({ select: { decision: true } })).map((g) => g.decision),
    documentDetails: (await t.client.document.findMany({ select: { title: true, version: true } })).map(
      (d) => `${d.title}${d.version}`,
    ),
    figures: (await t.client.quantity.findMany({ select: { claimId: true, ordinal: true, unit: true, value: true } }))
      .map((q) => `${q.claimId}:${q.ordinal}:${q.unit}:${q.value}`)
      .sort(),
    assignees: (await t.client.claim.findMany({ select: { assigneeId: true } })).map((c) => c.assigneeId),
    sources: (await t.client.source.findMany({ select: { name: true, version: true } }))
      .map((x) => `${x.name}${x.version}`)
      .sort(),
  });

  async function send(path: WritePath, type: string, body: BodyInit): Promise<Response> {
    const request = new Request(`http://localhost${path.path}`, {
      method: path.method,
      headers: { cookie, "content-type": type },
      body,
    });
    return path.handler(request, { params: Promise.resolve(path.params ?? {}) });
  }

  async function expectEnvelope(res: Response, what: string): Promise<{ code: string; message: string }> {
    expect(res.status, what).toBeGreaterThanOrEqual(400);
    expect(res.status, what).toBeLessThan(500);
    const json = (await res.json()) as { error?: { code: string; message: string } };
    expect(typeof json.error?.code, what).toBe("string");
    expect(json.error?.message.length, what).toBeGreaterThan(0);
    return json.error as { code: string; message: string };
  }

  it("refuses each bad body on each write path with a 4xx envelope and changes nothing", async () => {
    for (const path of writes()) {
      for (const bad of badBodies) {
        const before = await counts();
        const res = await send(path, bad.type, bad.raw(path));
        await expectEnvelope(res, `${path.name} x ${bad.name}`);
        expect(await counts(), `${path.name} x ${bad.name}`).toEqual(before);
      }
    }
  });

  it("refuses a NUL in API text with 422 naming the field, and drops it from article text", async () => {
    for (const path of writes()) {
      const before = await counts();
      const res = await send(path, "application/json", JSON.stringify(path.body("800 died\u0000 on Monday")));
      if (path.article) {
        expect(res.status, path.name).toBeLessThan(300);
        continue;
      }
      const error = await expectEnvelope(res, `${path.name} x NUL`);
      expect(error.message).toMatch(/U\+0000/);
      expect(await counts(), path.name).toEqual(before);
    }
    const stored = await t.client.document.findMany({ select: { text: true } });
    expect(stored.some((d) => d.text.includes("800 died on Monday"))).toBe(true);
    expect(stored.some((d) => d.text.includes("\u0000"))).toBe(false);
  });

  it("accepts right-to-left text and Persian digits as sent", async () => {
    const persian = "بیش از ۸۰۰ جنگجو وارد ایران شدند، به گفته منابع محلی.";
    const res = await send(writes()[2], "application/json", JSON.stringify({ claimId, body: persian }));
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: string }).id;
    expect((await t.client.comment.findUniqueOrThrow({ where: { id } })).body).toBe(persian);
    const doc = await send(writes()[0], "application/json", JSON.stringify({ text: persian }));
    expect(doc.status).toBe(201);
  });

  it("refuses bad list parameters (bogus cursor, 1e308, negative, NUL) with 4xx envelopes", async () => {
    const lists: Array<[string, Handler, string]> = [
      ["claims", listClaims as Handler, "/api/claims"],
      ["export", exportClaims as Handler, "/api/export"],
      ["documents", listDocuments as Handler, "/api/documents"],
      ["sources", listSources as Handler, "/api/sources"],
      ["comments", listComments as Handler, "/api/comments"],
      ["groups", listGroups as Handler, "/api/groups"],
      ["quantities", listQuantities as Handler, "/api/quantities"],
    ];
    const queries = ["cursor=not-a-cursor", "limit=1e308", "limit=-5", "q=abc%00", "cursor=%00%ff"];
    for (const [name, handler, path] of lists) {
      for (const query of queries) {
        // /api/export has no cursor or limit: there, only the NUL matters.
        const res = await handler(new Request(`http://localhost${path}?${query}`, { headers: { cookie } }), {
          params: Promise.resolve({}),
        });
        if (res.status < 400) {
          expect(name === "export" && !query.includes("%00"), `${name} ${query}`).toBe(true);
          // Read the streamed file to its end, so its database cursor is released.
          await res.text();
          continue;
        }
        await expectEnvelope(res, `${name} ${query}`);
      }
    }
  });

  it("answers a chunked 20 MB JSON body (no Content-Length) with 413 too_large on every write path, not 422", async () => {
    // Finding 9: the body used to be read whole and refused as invalid JSON (422). 1 MB chunks, as a client streams;
    // an ingest job takes JSON up to 51 MB, so it gets 53.
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    for (const path of writes()) {
      const megabytes = path.path === "/api/ingest-jobs" ? MAX_UPLOAD_BYTES / 1024 / 1024 + 3 : 20;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"text":"'));
          if (sent >= megabytes) {
            controller.enqueue(new TextEncoder().encode('"}'));
            controller.close();
            return;
          }
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const before = await counts();
      const request = new Request(`http://localhost${path.path}`, {
        method: path.method,
        headers: { cookie, "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
      expect(request.headers.get("content-length"), path.name).toBeNull();
      const res = await path.handler(request, { params: Promise.resolve(path.params ?? {}) });
      expect(res.status, path.name).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code, path.name).toBe("too_large");
      // Refused as it arrived, not after reading all 20 MB.
      expect(sent, path.name).toBeLessThan(megabytes);
      expect(await counts(), path.name).toEqual(before);
    }
  });

  it("the /claims page's search drops a NUL instead of failing the query (finding 9: q=abc%00 on /claims)", async () => {
    // The page parses its URL with claimsQuerySchema and lists with listClaims; the API refuses the NUL (above).
    const list = async (q?: string) =>
      (await listClaimsPage(claimsQuerySchema.parse({ q }), {}, t.client)).rows.map((r) => r.id);
    const fighters = await list("800");
    expect(fighters.length).toBeGreaterThan(0);
    expect(await list("800\u0000")).toEqual(fighters);
    expect(await list("\u0000")).toEqual(await list());
  });

  it("the write paths without a body refuse bogus ids (unknown, NUL, 100,000 characters, a body they do not take) with 4xx envelopes", async () => {
    const paths: Array<[string, Handler, string, string]> = [
      ["POST /api/comments/{id}/resolve", resolveComment as Handler, "POST", "/api/comments/{id}/resolve"],
      ["POST /api/comments/{id}/reopen", reopenComment as Handler, "POST", "/api/comments/{id}/reopen"],
      ["DELETE /api/comments/{id}", deleteComment as Handler, "DELETE", "/api/comments/{id}"],
      ["DELETE /api/tokens/{id}", deleteToken as Handler, "DELETE", "/api/tokens/{id}"],
      ["POST /api/claims/bulk-status/{id}/undo", undoBulk as Handler, "POST", "/api/claims/bulk-status/{id}/undo"],
    ];
    for (const [name, handler, method, template] of paths) {
      for (const id of ["nope", "a\u0000b", "y".repeat(100_000), "%00", "../../etc/passwd"]) {
        for (const body of [undefined, deepJson]) {
          const before = await counts();
          const res = await handler(
            new Request(`http://localhost${template.replace("{id}", encodeURIComponent(id))}`, {
              method,
              headers: { cookie, "content-type": "application/json" },
              body,
            }),
            { params: Promise.resolve({ id }) },
          );
          await expectEnvelope(res, `${name} id=${id.slice(0, 20)}${body ? " with a body" : ""}`);
          expect(await counts(), name).toEqual(before);
        }
      }
    }
    // A NUL in a path id is refused before the database sees it, on reads too (PostgreSQL answered 500).
    const read = await getClaim(new Request("http://localhost/api/claims/a%00b", { headers: { cookie } }), {
      params: Promise.resolve({ id: "a\u0000b" }),
    });
    expect(read.status).toBe(422);
    expect(((await read.json()) as { error: { message: string } }).error.message).toMatch(/path id: .*U\+0000/);
  });

  it("answers an unknown /api path with a 404 envelope", async () => {
    const res = await putStatus(new Request("http://localhost/api/nothing/here", { method: "PUT" }));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
