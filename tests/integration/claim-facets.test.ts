/**
 * The /claims Source and Document filters at archive scale: the page loads the most cited items plus the selected
 * ones (never the whole archive, which took 1 s a request at 100,000 documents), and the filter's search box finds
 * the rest by name, in any case, bounded.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FACET_LIMIT, FACET_SEARCH_LIMIT, facetOptions, searchFacet } from "@/lib/claims/facet-data";
import type { Db } from "@/lib/db/client";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const DOCUMENTS = FACET_LIMIT + 30;

describe.each(databaseLegs())("claims facets on %s", (leg) => {
  let t: TestDatabase;
  let database: Db;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    database = t.client;
    // Document i is cited i times: the most cited are the highest numbers; the first 30 fall outside the list.
    await database.document.createMany({
      data: Array.from({ length: DOCUMENTS }, (_, i) => ({
        id: `doc-${String(i).padStart(3, "0")}`,
        title: i === 3 ? "Dhaka factory FIRE kills 12" : `Report ${String(i).padStart(3, "0")}`,
        text: `text ${i}`,
        sha256: `sha-${i}`,
        claimCount: i,
      })),
    });
    await database.source.createMany({
      data: Array.from({ length: DOCUMENTS }, (_, i) => ({
        id: `src-${String(i).padStart(3, "0")}`,
        name: i === 5 ? "Gazipur Police" : `Source ${String(i).padStart(3, "0")}`,
        normalizedName: `n-${i}`,
        kind: "official",
        claimCount: i,
      })),
    });
  }, 300_000);
  afterAll(async () => t?.drop());

  it("lists the most cited documents, then the selected ones beyond them, and counts them all", async () => {
    const facet = await facetOptions("document", ["doc-003", "doc-001", "missing"], database);
    expect(facet.total).toBe(DOCUMENTS);
    expect(facet.items).toHaveLength(FACET_LIMIT + 2);
    expect(facet.items.slice(0, 3).map((i) => [i.id, i.count])).toEqual([
      ["doc-089", 89],
      ["doc-088", 88],
      ["doc-087", 87],
    ]);
    expect(facet.items.slice(FACET_LIMIT).map((i) => i.id)).toEqual(["doc-003", "doc-001"]);
    expect(facet.items.some((i) => i.id === "doc-010")).toBe(false);
  });

  it("lists sources the same way", async () => {
    const facet = await facetOptions("source", ["src-005"], database);
    expect(facet.total).toBe(DOCUMENTS);
    expect(facet.items).toHaveLength(FACET_LIMIT + 1);
    expect(facet.items.at(-1)).toEqual({ id: "src-005", label: "Gazipur Police", count: 5 });
  });

  it("finds a document or source outside the list by name, in any case", async () => {
    expect(await searchFacet("document", "fire kills", database)).toEqual([
      { id: "doc-003", label: "Dhaka factory FIRE kills 12", count: 3 },
    ]);
    expect((await searchFacet("source", "gazipur police", database)).map((i) => i.id)).toEqual(["src-005"]);
  });

  it("bounds a broad search, most cited first, and finds nothing for an empty needle", async () => {
    const found = await searchFacet("document", "report", database);
    expect(found).toHaveLength(FACET_SEARCH_LIMIT);
    expect(found[0].id).toBe("doc-089");
    expect(await searchFacet("document", "   ", database)).toEqual([]);
    expect(await searchFacet("source", "%", database)).toEqual([]);
  });
});
