/**
 * lib/db/statistics.ts: batch ingest refreshes PostgreSQL's planner statistics of its large tables only where they
 * are stale, by autovacuum's rule, and of the group tables every time. On an archive of a million claims one ANALYZE
 * of the ingest's tables took seconds and ran three times per ingest (docs/performance.md); on a fresh database it
 * must still run (the plans it fixes took 6.5 s instead of 32 ms). SQLite has nothing to refresh.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/db/ids";
import { insertRows } from "@/lib/db/insert-rows";
import { refreshPlannerStatistics } from "@/lib/db/statistics";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

const TABLES = ["Claim", "Document", "Quantity", "QuantityGroup", "QuantityGroupMember", "Source"];
const GROUP_TABLES = ["QuantityGroup", "QuantityGroupMember"];

describe.each(databaseLegs())("planner statistics on %s", (leg) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(leg);
  });
  afterAll(async () => {
    await test?.drop();
  });

  /** How many times each table was analyzed (PostgreSQL's own counter). */
  async function analyzeCounts(): Promise<Map<string, number>> {
    const rows = await test.client.$queryRawUnsafe<Array<{ relname: string; analyze_count: bigint | number }>>(
      `SELECT relname, analyze_count FROM pg_stat_user_tables WHERE relname = ANY($1::text[])`,
      TABLES,
    );
    return new Map(rows.map((r) => [r.relname, Number(r.analyze_count)]));
  }

  /** Waits until the statistics collector shows `n` changed rows of Source since its last ANALYZE. */
  async function sourceChangesVisible(n: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [row] = await test.client.$queryRawUnsafe<Array<{ n: bigint | number }>>(
        `SELECT n_mod_since_analyze AS n FROM pg_stat_user_tables WHERE relname = 'Source'`,
      );
      if (Number(row?.n ?? 0) >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the statistics collector never showed the inserted sources");
  }

  it("analyzes every table of a fresh database, then the group tables and the tables that changed by over a tenth", async () => {
    if (leg === "sqlite") {
      expect(await refreshPlannerStatistics(test.client)).toEqual([]);
      return;
    }
    // Autovacuum would analyze a table that just passed its threshold on its own, at a time of its choosing: this
    // test pins down our rule, so it is off for these tables.
    for (const table of TABLES) {
      await test.client.$executeRawUnsafe(`ALTER TABLE "${table}" SET (autovacuum_enabled = false)`);
    }
    expect((await refreshPlannerStatistics(test.client)).sort()).toEqual(TABLES);
    const analyzed = await analyzeCounts();
    expect([...analyzed.values()].every((n) => n >= 1)).toBe(true);

    // Nothing changed since: only the group tables are analyzed again.
    expect(await refreshPlannerStatistics(test.client)).toEqual(GROUP_TABLES);
    const again = await analyzeCounts();
    for (const table of TABLES) {
      expect(again.get(table)).toBe((analyzed.get(table) ?? 0) + (GROUP_TABLES.includes(table) ? 1 : 0));
    }

    // 60 new sources in an empty table are more than 50 + 10%: that table alone is analyzed.
    const now = new Date();
    const sources = Array.from({ length: 60 }, (_, i) => ({
      id: newId(),
      name: `Source ${i}`,
      normalizedName: `source ${i}`,
      kind: "organization",
      createdAt: now,
    }));
    await test.client.$transaction((tx) => insertRows(tx, "Source", sources));
    await sourceChangesVisible(60);
    expect(await refreshPlannerStatistics(test.client)).toEqual(["Source", ...GROUP_TABLES]);
    const after = await analyzeCounts();
    expect(after.get("Source")).toBe((analyzed.get("Source") ?? 0) + 1);
    expect(after.get("Claim")).toBe(analyzed.get("Claim"));

    // 10 more on 60 analyzed rows stay under the threshold.
    await test.client.$transaction((tx) =>
      insertRows(
        tx,
        "Source",
        sources.slice(0, 10).map((s, i) => ({ ...s, id: newId(), normalizedName: `more ${i}` })),
      ),
    );
    await sourceChangesVisible(10);
    expect(await refreshPlannerStatistics(test.client)).toEqual(GROUP_TABLES);
  });
});
