/**
 * The cursor pages behind /documents and /sources (the same cursors as GET /api/documents): walking page after page
 * gives every row once in the list's order, search narrows and counts agree, and an old or foreign link's cursor
 * falls back to the first page instead of failing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { countDocuments, DOCUMENT_ORDER, documentsAfter } from "@/lib/documents/data";
import { type KeyColumn, keyOfRow, pageOf } from "@/lib/pagination/cursor";
import { cursorParam, textParam } from "@/lib/pagination/page-params";
import { countSources, SOURCE_CITED_ORDER, sourcesAfter } from "@/lib/sources/data";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function walk<T extends Record<string, unknown>>(
  fetchPage: (after: ReturnType<typeof cursorParam>["after"], take: number) => Promise<T[]>,
  order: KeyColumn[],
  name: string,
  types: Array<"string" | "number">,
  size: number,
): Promise<T[]> {
  const seen: T[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const { after, stale } = cursorParam(cursor ? { cursor } : {}, name, types);
    expect(stale).toBe(false);
    const page = pageOf(await fetchPage(after, size + 1), size, name, (r) => keyOfRow(order, r));
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error("the walk did not end");
}

describe.each(databaseLegs())("list pages on %s", (leg) => {
  let t: TestDatabase;
  let database: Db;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    database = t.client;
    // 23 documents, several created in the same millisecond (ties broken by id), two from "Reuters".
    const base = Date.UTC(2026, 0, 10);
    await database.document.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        id: `doc-${String(i).padStart(2, "0")}`,
        title:
          i === 4
            ? "Quake toll rises (REUTERS)"
            : i === 7
              ? "Turnout 50% higher"
              : i === 8
                ? "The snake_case report"
                : `Article ${i}`,
        outlet: i === 9 ? "Reuters" : "Wire",
        text: `text ${i}`,
        sha256: `sha-${i}`,
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      })),
    });
    await database.source.createMany({
      data: Array.from({ length: 17 }, (_, i) => ({
        id: `src-${String(i).padStart(2, "0")}`,
        name: i % 5 === 0 ? "Police" : i === 3 ? "Desk 100% sure" : `Source ${String.fromCharCode(90 - i)}`,
        normalizedName: `n-${i}`,
        kind: "official",
        claimCount: i % 4,
      })),
    });
  }, 300_000);
  afterAll(async () => t?.drop());

  it("walks /documents newest first, each document once, ties by id", async () => {
    const rows = await walk(
      (after, take) => documentsAfter({}, after, take, database),
      DOCUMENT_ORDER,
      "documents:newest",
      ["string", "string"],
      5,
    );
    const expected = await database.document.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(rows.map((r) => r.id)).toEqual(expected.map((d) => d.id));
    expect(await countDocuments({}, database)).toBe(23);
  });

  it("searches title and outlet in any case, and counts the matches", async () => {
    const rows = await documentsAfter({ q: "reuters" }, null, 50, database);
    expect(rows.map((r) => r.id).sort()).toEqual(["doc-04", "doc-09"]);
    expect(await countDocuments({ q: "reuters" }, database)).toBe(2);
  });

  it("takes % and _ literally in the /documents and /sources search (Prisma's contains would not)", async () => {
    const ids = async (q: string) => (await documentsAfter({ q }, null, 50, database)).map((r) => r.id).sort();
    expect(await ids("50%")).toEqual(["doc-07"]);
    expect(await ids("%")).toEqual(["doc-07"]);
    expect(await ids("_")).toEqual(["doc-08"]);
    expect(await ids("E_C")).toEqual(["doc-08"]);
    expect(await countDocuments({ q: "%" }, database)).toBe(1);
    const sources = async (q: string) =>
      (await sourcesAfter({ q }, null, 50, SOURCE_CITED_ORDER, database)).map((r) => r.id);
    expect(await sources("100%")).toEqual(["src-03"]);
    expect(await sources("_")).toEqual([]);
    expect(await countSources({ q: "%" }, database)).toBe(1);
  });

  it("walks /sources most cited first, then by name and id", async () => {
    const rows = await walk(
      (after, take) => sourcesAfter({}, after, take, SOURCE_CITED_ORDER, database),
      SOURCE_CITED_ORDER,
      "sources:cited",
      ["number", "string", "string"],
      4,
    );
    const expected = await database.source.findMany({
      orderBy: [{ claimCount: "desc" }, { name: "asc" }, { id: "asc" }],
    });
    expect(rows.map((r) => r.id)).toEqual(expected.map((s) => s.id));
    expect(await countSources({ q: "police" }, database)).toBe(4);
  });

  it("reads a stale or foreign cursor as the first page, and trims text parameters", () => {
    expect(cursorParam({ cursor: "garbage" }, "documents:newest", ["string", "string"])).toEqual({
      after: null,
      stale: true,
    });
    const sourcesCursor = pageOf([{ claimCount: 3, name: "A", id: "s" }, {}], 1, "sources:cited", (r) =>
      keyOfRow(SOURCE_CITED_ORDER, r),
    ).nextCursor;
    expect(cursorParam({ cursor: sourcesCursor ?? "" }, "documents:newest", ["string", "string"]).stale).toBe(true);
    expect(textParam({ q: ["  quake ", "x"] }, "q")).toBe("quake");
    expect(textParam({ q: "   " }, "q")).toBeUndefined();
  });
});
