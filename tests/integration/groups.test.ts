import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decideFlag } from "@/lib/claims/mutations";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { getGroup, groupsOfClaim } from "@/lib/groups/data";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

// Three short reports of one (invented) event at three publication times, and one at the same time as the last.
const reports = [
  {
    publishedAt: "2026-03-01T09:00:00Z",
    outlet: "Wire A",
    text: "At least 3 people were killed in an explosion at a market in Takengon on Sunday, police said. A clinic treated 50 injured people.",
  },
  {
    publishedAt: "2026-03-01T12:00:00Z",
    outlet: "Wire B",
    text: "At least 11 people were killed in the market explosion in Takengon, the Red Cross said on Sunday.",
  },
  {
    publishedAt: "2026-03-01T18:00:00Z",
    outlet: "Wire C",
    text: "Police said 24 people were killed in the market explosion in Takengon on Sunday.",
  },
];
const conflicting = {
  publishedAt: "2026-03-01T18:00:00Z",
  outlet: "Wire D",
  text: "The Red Cross said 40 people were killed in the market explosion in Takengon on Sunday.",
};

describe.each(databaseLegs())("cross-document groups on %s", (leg) => {
  let t: TestDatabase;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const r of reports) ids.push((await ingestDocument({ ...r, title: r.outlet }, t.client)).documentId);
  }, 120_000);
  afterAll(async () => t?.drop());

  async function tollGroup() {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId: ids[0], value: 3 } });
    const [group] = await groupsOfClaim(q.claimId, t.client);
    return group ? getGroup(group.id, t.client) : null;
  }

  it("a rising toll across publication times is one developing group, the clinic's injured kept apart", async () => {
    const group = await tollGroup();
    expect(group?.verdict).toBe("developing");
    expect(group?.figures.map((f) => f.value)).toEqual([3, 11, 24]);
    expect(group?.figures.map((f) => f.outlet)).toEqual(["Wire A", "Wire B", "Wire C"]);
    expect(group?.explanation).toMatch(/rising over time: at least 3 .* then 24/);
    const clinic = await t.client.quantity.findFirstOrThrow({ where: { documentId: ids[0], value: 50 } });
    const clinicGroups = await groupsOfClaim(clinic.claimId, t.client);
    expect(clinicGroups.every((g) => g.id !== group?.id)).toBe(true);
  });

  it("a different toll at the same time is a conflict; the dismissal survives re-ingest and re-extraction", async () => {
    const d = await ingestDocument({ ...conflicting, title: conflicting.outlet }, t.client);
    const group = await tollGroup();
    expect(group?.verdict).toBe("conflict");
    expect(group?.figures).toHaveLength(4);
    expect(group?.explanation).toMatch(/24 \(Police.*\) vs 40 \(Red Cross.*\).*same time/);
    await decideFlag({ groupId: group?.id as string, decision: "dismissed", actorId: null }, t.client);
    await ingestDocument({ ...conflicting, title: "again" }, t.client);
    await reextractDocument(d.documentId, t.client);
    await reextractDocument(ids[0], t.client);
    const after = await tollGroup();
    expect(after?.id).toBe(group?.id);
    expect(after?.decision).toBe("dismissed");
    expect(after?.figures).toHaveLength(4);
  });

  it("counts independent sources: Police twice is one origin", async () => {
    const group = await tollGroup();
    const c = group?.figures.find((f) => f.value === 24);
    // Police (24) vs: Police at 09:00 is the same origin; Red Cross said 11 (developing: agrees) and 40 (conflict).
    expect(c?.corroboration).toMatchObject({ origin: "police", disagree: 1 });
    expect(c?.corroboration.suggestedStatus).toBe("disputed");
  });
});
