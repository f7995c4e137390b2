import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { ingestDocument } from "@/lib/documents/mutations";
import { getGroup, groupsOfClaim } from "@/lib/groups/data";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

// Two outlets on one (invented) mountain fall, one writing metres and one feet (ADR 031).
const reports = [
  {
    publishedAt: "2026-02-07T09:00:00Z",
    outlet: "Wire A",
    text: "A climber died after falling about 150 metres from a ridge on Mount Sefton on Saturday, police said.",
  },
  {
    publishedAt: "2026-02-07T09:00:00Z",
    outlet: "Wire B",
    text: "A climber fell about 200 feet from a ridge on Mount Sefton on Saturday and died, police said.",
  },
];

describe.each(databaseLegs())("a group of figures in two units on %s", (leg) => {
  let t: TestDatabase;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const r of reports) ids.push((await ingestDocument({ ...r, title: r.outlet }, t.client)).documentId);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("is flagged with both units named, and plotted on one axis in metres", async () => {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId: ids[0], value: 150 } });
    const [link] = await groupsOfClaim(q.claimId, t.client);
    const group = link ? await getGroup(link.id, t.client) : null;
    expect(group?.verdict).toBe("conflict");
    expect(group?.explanation).toMatch(/~200 ft \(.+\) vs ~150 m \(.+\)/);
    // The table shows each figure as written; the plot puts both in metres.
    const byFigure = new Map(group?.figures.map((f) => [f.figure, f]));
    expect([...byFigure.keys()].sort()).toEqual(["~150 m", "~200 ft"]);
    expect(byFigure.get("~200 ft")?.value).toBe(200);
    expect(byFigure.get("~150 m")?.plot.value).toBe(150);
    expect(byFigure.get("~200 ft")?.plot.value).toBeCloseTo(60.96, 6);
    expect(group?.axisUnit).toBe("m");
  });

  it("the table's flag chip names both units", async () => {
    const page = await listClaims(claimsQuerySchema.parse({ pageSize: 50 }), {}, t.client);
    const flagged = page.rows.filter((r) => r.crossFlag !== null);
    expect(flagged.length).toBe(2);
    // Both at one publication time: either order.
    for (const row of flagged)
      expect(row.crossFlag?.summary).toMatch(/^Outlets disagree: (~150 m vs ~200 ft|~200 ft vs ~150 m)$/);
  });
});

// Two outlets on one (invented) prison term: one counts days, one years (spans of time convert within a scale).
const terms = [
  {
    publishedAt: "2026-02-07T09:00:00Z",
    outlet: "Wire A",
    text: "Harold Dunmore served 136 days in federal prison for perjury, his lawyer said.",
  },
  {
    publishedAt: "2026-02-07T09:00:00Z",
    outlet: "Wire B",
    text: "Harold Dunmore returned to Ohio after serving more than four years in federal prison for perjury.",
  },
];

describe.each(databaseLegs())("a group of spans in days and years on %s", (leg) => {
  let t: TestDatabase;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const r of terms) ids.push((await ingestDocument({ ...r, title: r.outlet }, t.client)).documentId);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("is flagged, each figure shown as written, and plotted in days", async () => {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId: ids[0], value: 136 } });
    const [link] = await groupsOfClaim(q.claimId, t.client);
    const group = link ? await getGroup(link.id, t.client) : null;
    expect(group?.verdict).toBe("conflict");
    expect(group?.axisUnit).toBe("days");
    const plotted = new Map(group?.figures.map((f) => [f.text, f.plot.value]));
    expect(plotted.get("136 days")).toBe(136);
    expect(plotted.get("more than four years")).toBeCloseTo(4 * 365.2425, 6);
    const page = await listClaims(claimsQuerySchema.parse({ pageSize: 50 }), {}, t.client);
    const flagged = page.rows.filter((r) => r.crossFlag !== null);
    expect(flagged.length).toBe(2);
    for (const row of flagged) expect(row.crossFlag?.summary).toMatch(/days.*years|years.*days/);
  });
});
