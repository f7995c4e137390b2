import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getGroup } from "@/app/api/groups/[id]/route";
import { GET as listGroups } from "@/app/api/groups/route";
import { GET as getQuantity } from "@/app/api/quantities/[id]/route";
import { GET as listQuantities } from "@/app/api/quantities/route";
import { GET as getSource } from "@/app/api/sources/[id]/route";
import { GET as listSources } from "@/app/api/sources/route";
import { groupSchema, groupSummarySchema } from "@/lib/api/endpoints/groups";
import { quantityDetailSchema, quantitySchema } from "@/lib/api/endpoints/quantities";
import { sourceSchema, sourceSummarySchema } from "@/lib/api/endpoints/sources";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, ingestDocument, insertExtractedDocument } from "@/lib/documents/mutations";
import { encodeCursor } from "@/lib/pagination/cursor";
import { call, expectError, walk } from "./api-rest-client";
import { signedInUser } from "./support/auth";
import { type ClaimSpec, makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const fighters = { name: "fighters crossing", verdict: "conflict" as const };
const docA: ClaimSpec[] = [
  {
    sentence: "Over 800 fighters crossed, sources said.",
    source: "Independent sources",
    kind: "anonymous",
    quantity: { text: "Over 800 fighters", value: 800, modifier: "moreThan", unit: "fighter" },
    group: fighters,
  },
  { sentence: "The regime is signalling intent.", source: "Lisa Daftari" },
  {
    sentence: "At least 38 people died.",
    source: "Human rights organizations",
    kind: "organization",
    quantity: { text: "At least 38 people", value: 38, modifier: "atLeast", unit: "person" },
  },
  {
    sentence: "Approximately 850 fighters crossed.",
    source: "Independent sources",
    kind: "anonymous",
    quantity: { text: "Approximately 850 fighters", value: 850, modifier: "approximately", unit: "fighter" },
    group: fighters,
  },
  {
    sentence: "Some 1,200,000 people voted.",
    source: "Electoral board",
    kind: "official",
    quantity: { text: "1,200,000 people", value: 1_200_000, unit: "person" },
  },
];
const docB: ClaimSpec[] = [
  {
    sentence: "About 800 fighters crossed, Iran International said.",
    source: "Iran International",
    kind: "outlet",
    quantity: { text: "About 800 fighters", value: 800, modifier: "approximately", unit: "fighter" },
  },
  {
    sentence: "Zero arrests were reported.",
    source: "Police",
    kind: "official",
    quantity: { text: "Zero arrests", value: 0, unit: "arrest" },
  },
  {
    sentence: "Nine sites were hit.",
    source: "lisa  daftari",
    quantity: { text: "Nine sites", value: 9, unit: "site" },
  },
];
// Constructed reports (ours): tolls of one event from three outlets, grouped across documents by the real pipeline.
const reports = [
  ["a", "2026-03-01T09:00:00Z", "At least 3 people were killed in an explosion at a market in Takengon, police said."],
  [
    "b",
    "2026-03-01T12:00:00Z",
    "At least 11 people were killed in the market explosion in Takengon, the Red Cross said.",
  ],
  ["c", "2026-03-01T15:00:00Z", "Doctors in Takengon counted 14 bodies after the market explosion, officials said."],
] as const;

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

describe.each(databaseLegs())("REST reads (sources, quantities, groups) on %s", (leg) => {
  let t: TestDatabase;
  let cookie = "";
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    for (const [title, specs] of [
      ["Alpha report", docA],
      ["Beta report", docB],
    ] as const) {
      const id = newId();
      const { text, extraction } = makeExtraction(id, specs);
      await insertExtractedDocument({ id, text, sha256: contentHash(text), title }, extraction);
    }
    for (const [title, publishedAt, text] of reports) await ingestDocument({ text, title, publishedAt });
    cookie = (await signedInUser(db(), "researcher")).headers.get("cookie") ?? "";
  });
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  describe("sources", () => {
    it("walks every source exactly once by name, then id", async () => {
      const { items, pages } = await walk(listSources, "/api/sources", 2, cookie);
      const expected = await t.client.source.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
      expect(pages).toBeGreaterThan(2);
      expect(ids(items as Array<{ id: string }>)).toEqual(ids(expected));
      for (const item of items) sourceSummarySchema.parse(item);
    });

    it("filters by kind and by part of the name in any case", async () => {
      const officials = await walk<{ kind: string; name: string }>(
        listSources,
        "/api/sources?kind=official",
        1,
        cookie,
      );
      expect(officials.items.length).toBe(await t.client.source.count({ where: { kind: "official" } }));
      expect(officials.items.map((s) => s.kind)).toEqual(officials.items.map(() => "official"));
      expect(officials.items.map((s) => s.name)).toEqual(expect.arrayContaining(["Electoral board", "Police"]));
      const daftari = await walk<{ name: string }>(listSources, "/api/sources?q=DAFTARI", 5, cookie);
      expect(daftari.items.map((s) => s.name)).toEqual(["Lisa Daftari"]);
    });

    it("answers one source with its claim counts by status; an unknown id is a 404 envelope", async () => {
      const row = await t.client.source.findFirstOrThrow({ where: { name: "Lisa Daftari" } });
      await t.client.claim.updateMany({
        where: { sourceId: row.id, text: { contains: "Nine" } },
        data: { status: "disputed" },
      });
      const res = await call(getSource, "GET", `/api/sources/${row.id}`, { cookie, params: { id: row.id } });
      expect(res.status).toBe(200);
      const source = sourceSchema.parse(await res.json());
      expect(source).toMatchObject({ id: row.id, name: "Lisa Daftari", claimCount: 2 });
      expect(source.claimsByStatus).toEqual({ disputed: 1, unverified: 1 });
      await expectError(
        await call(getSource, "GET", "/api/sources/nope", { cookie, params: { id: "nope" } }),
        404,
        "not_found",
      );
    });
  });

  describe("quantities", () => {
    it("walks every quantity exactly once by id, and in document order", async () => {
      const byId = await walk<{ id: string }>(listQuantities, "/api/quantities", 3, cookie);
      expect(ids(byId.items)).toEqual(ids(await t.client.quantity.findMany({ orderBy: { id: "asc" } })));
      for (const item of byId.items) quantitySchema.parse(item);
      const byDoc = await walk<{ id: string }>(listQuantities, "/api/quantities?order=document", 3, cookie);
      const expected = await t.client.quantity.findMany({
        orderBy: [{ documentId: "asc" }, { start: "asc" }, { id: "asc" }],
      });
      expect(ids(byDoc.items)).toEqual(ids(expected));
    });

    it("narrows by document, claim, unit and value range", async () => {
      const q = await t.client.quantity.findFirstOrThrow({ where: { value: 850 } });
      const inDoc = await walk<{ documentId: string }>(
        listQuantities,
        `/api/quantities?documentId=${q.documentId}`,
        2,
        cookie,
      );
      expect(inDoc.items.length).toBe(4);
      expect(new Set(inDoc.items.map((i) => i.documentId))).toEqual(new Set([q.documentId]));
      const ofClaim = await walk<{ id: string }>(listQuantities, `/api/quantities?claimId=${q.claimId}`, 2, cookie);
      expect(ids(ofClaim.items)).toEqual([q.id]);
      const fighters = await walk<{ value: number }>(
        listQuantities,
        "/api/quantities?unit=fighter&min=800&max=849",
        1,
        cookie,
      );
      expect(fighters.items.map((i) => i.value).sort()).toEqual([800, 800]);
      for (const bad of ["min=", "max=abc", "min=1e999", "min=0x10"]) {
        await expectError(await call(listQuantities, "GET", `/api/quantities?${bad}`, { cookie }), 422, "invalid");
      }
    });

    it("answers one quantity with its claim, source and group verdict; an unknown id is a 404", async () => {
      const q = await t.client.quantity.findFirstOrThrow({ where: { value: 850 } });
      const res = await call(getQuantity, "GET", `/api/quantities/${q.id}`, { cookie, params: { id: q.id } });
      expect(res.status).toBe(200);
      const detail = quantityDetailSchema.parse(await res.json());
      expect(detail).toMatchObject({ id: q.id, claimId: q.claimId, modifier: "approximately", unit: "fighter" });
      expect(detail.source).toMatchObject({ name: "Independent sources", kind: "anonymous" });
      expect(detail.groups.find((g) => !g.crossDocument)).toMatchObject({ verdict: "conflict" });
      await expectError(
        await call(getQuantity, "GET", "/api/quantities/x", { cookie, params: { id: "x" } }),
        404,
        "not_found",
      );
    });

    it("refuses a cursor made for the other order", async () => {
      const first = await (await call(listQuantities, "GET", "/api/quantities?limit=1", { cookie })).json();
      const res = await call(listQuantities, "GET", `/api/quantities?order=document&cursor=${first.nextCursor}`, {
        cookie,
      });
      await expectError(res, 422, "invalid_cursor");
    });
  });

  describe("groups", () => {
    it("walks every group exactly once by id, and filters by verdict, scope and decision", async () => {
      const all = await walk<{ id: string }>(listGroups, "/api/groups", 2, cookie);
      expect(ids(all.items)).toEqual(ids(await t.client.quantityGroup.findMany({ orderBy: { id: "asc" } })));
      for (const item of all.items) groupSummarySchema.parse(item);
      const conflicts = await walk<{ verdict: string }>(listGroups, "/api/groups?verdict=conflict", 1, cookie);
      expect(conflicts.items.length).toBe(await t.client.quantityGroup.count({ where: { verdict: "conflict" } }));
      expect(conflicts.items.every((g) => g.verdict === "conflict")).toBe(true);
      const cross = await walk<{ documentId: string | null }>(listGroups, "/api/groups?scope=cross", 5, cookie);
      expect(cross.items.length).toBeGreaterThan(0);
      expect(cross.items.every((g) => g.documentId === null)).toBe(true);
      const undecided = await walk(listGroups, "/api/groups?decision=none&scope=document", 5, cookie);
      expect(undecided.items.length).toBe(all.items.length - cross.items.length);
    });

    it("answers one group with every figure and its source; an unknown id is a 404", async () => {
      const row = await t.client.quantityGroup.findFirstOrThrow({
        where: { documentId: null },
        orderBy: { members: { _count: "desc" } },
        include: { _count: { select: { members: true } } },
      });
      const res = await call(getGroup, "GET", `/api/groups/${row.id}`, { cookie, params: { id: row.id } });
      expect(res.status).toBe(200);
      const group = groupSchema.parse(await res.json());
      expect(group.figures.length).toBe(row._count.members);
      expect(group.figures.length).toBeGreaterThan(1);
      expect(group.figures.every((f) => f.sourceName.length > 0 && f.documentTitle.length > 0)).toBe(true);
      await expectError(
        await call(getGroup, "GET", "/api/groups/none", { cookie, params: { id: "none" } }),
        404,
        "not_found",
      );
    });
  });

  it.each([
    ["/api/sources", listSources],
    ["/api/quantities", listQuantities],
    ["/api/groups", listGroups],
  ] as const)("%s refuses a bad cursor, limit 0 and limit 501 with a 422 envelope", async (path, handler) => {
    await expectError(await call(handler, "GET", `${path}?cursor=garbage`, { cookie }), 422, "invalid_cursor");
    await expectError(await call(handler, "GET", `${path}?limit=0`, { cookie }), 422, "invalid");
    await expectError(await call(handler, "GET", `${path}?limit=501`, { cookie }), 422, "invalid");
    const other = (await (await call(listSources, "GET", "/api/sources?limit=1", { cookie })).json()).nextCursor;
    if (path !== "/api/sources")
      await expectError(await call(handler, "GET", `${path}?cursor=${other}`, { cookie }), 422, "invalid_cursor");
  });

  it.each([
    ["/api/quantities?order=document&", listQuantities, "quantity-document", [1, "x", "y"]],
    ["/api/quantities?", listQuantities, "quantity-id", [5]],
    ["/api/sources?", listSources, "source-name", [5, 6]],
    ["/api/groups?", listGroups, "group-id", ["g", "extra"]],
  ] as const)(
    "%s refuses a forged cursor with the right order name but wrong key types (422, not 500)",
    async (path, handler, order, key) => {
      const res = await call(handler, "GET", `${path}cursor=${encodeCursor(order, [...key])}`, { cookie });
      await expectError(res, 422, "invalid_cursor");
    },
  );

  it("refuses a request without a session with 401", async () => {
    await expectError(await call(listSources, "GET", "/api/sources"), 401, "unauthenticated");
  });
});
