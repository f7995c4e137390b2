/**
 * Two ingests creating the same new source at once (two job workers on PostgreSQL, issue 15): the second used to fail
 * its whole transaction on the unique name (23505, "8 failed: Could not store the document" in a 1,000-document
 * job). Now both get the one stored row.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureSources, type SourceDraft } from "@/lib/documents/write-rows";
import { normalizeSourceName } from "@/lib/sources/normalize";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databaseLegs())("a new source created by two transactions at once on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
  });
  afterAll(async () => t?.drop());

  it("both transactions commit and name the same row", async () => {
    const name = "Dhaka Fire Service";
    const key = normalizeSourceName(name);
    const drafts = new Map<string, SourceDraft>([[key, { name, kind: "official", affiliation: null, aliases: [] }]]);
    // The first holds its transaction open after inserting; the second inserts the same name meanwhile.
    const first = t.client.$transaction(
      async (tx) => {
        const ids = await ensureSources(tx, drafts);
        await sleep(800);
        return ids;
      },
      { maxWait: 20_000, timeout: 20_000 },
    );
    await sleep(200);
    const second = t.client.$transaction((tx) => ensureSources(tx, drafts), { maxWait: 20_000, timeout: 20_000 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.get(key)?.id).toBeTruthy();
    expect(b.get(key)?.id).toBe(a.get(key)?.id);
    expect(await t.client.source.count({ where: { normalizedName: key } })).toBe(1);
  });
});
