import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestDocument } from "@/lib/documents/mutations";
import { getGroup, groupsOfClaim } from "@/lib/groups/data";
import { mergeGroups, moveOutOfGroup } from "@/lib/groups/decisions";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

// Constructed reports (ours): two tolls of one event, and a second wording the grouping does not join.
const reports = [
  ["a", "2026-03-01T09:00:00Z", "At least 3 people were killed in an explosion at a market in Takengon, police said."],
  [
    "b",
    "2026-03-01T12:00:00Z",
    "At least 11 people were killed in the market explosion in Takengon, the Red Cross said.",
  ],
  [
    "c",
    "2026-03-01T15:00:00Z",
    "Doctors at the hospital in Takengon counted 14 bodies after the market explosion, officials said.",
  ],
] as const;

describe.each(databaseLegs())("editor decisions on groups on %s", (leg) => {
  let t: TestDatabase;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const [title, publishedAt, text] of reports) {
      ids.push((await ingestDocument({ text, title, publishedAt }, t.client)).documentId);
    }
  }, 120_000);
  afterAll(async () => t?.drop());

  const groupOfValue = async (documentId: string, value: number) => {
    const q = await t.client.quantity.findFirstOrThrow({ where: { documentId, value } });
    return { quantityId: q.id, group: (await groupsOfClaim(q.claimId, t.client))[0] };
  };

  it("moves a figure out with a reason: audited, and re-ingesting a report does not pull it back", async () => {
    const { quantityId, group } = await groupOfValue(ids[1], 11);
    expect(group.size).toBeGreaterThan(1);
    const moved = await moveOutOfGroup(
      {
        groupId: group.id,
        quantityId,
        reason: "another blast",
        actorId: null,
      },
      t.client,
    );
    expect(moved.ok).toBe(true);
    await ingestDocument(
      {
        text: "At least 11 people were killed in the market explosion in Takengon, the Red Cross said on Sunday.",
        title: "b again",
        publishedAt: "2026-03-01T12:30:00Z",
      },
      t.client,
    );
    const after = await groupOfValue(ids[1], 11);
    expect(after.group.size).toBe(1);
    const audit = await t.client.auditEvent.findMany({ where: { entityType: "quantityGroup", action: "move" } });
    expect(JSON.parse(audit[0].after ?? "{}")).toMatchObject({ quantity: quantityId, reason: "another blast" });
  });

  it("merges two groups with a reason and re-judges the result", async () => {
    const a = await groupOfValue(ids[0], 3);
    const c = await groupOfValue(ids[2], 14);
    expect(a.group.id).not.toBe(c.group.id);
    const result = await mergeGroups(
      {
        intoId: a.group.id,
        fromId: c.group.id,
        reason: "same blast",
        actorId: null,
      },
      t.client,
    );
    expect(result.ok).toBe(true);
    const merged = await getGroup(a.group.id, t.client);
    expect(merged?.figures.map((f) => f.value)).toContain(14);
    expect(merged?.manual).toBe(true);
    expect(await t.client.quantityGroup.findUnique({ where: { id: c.group.id } })).toBeNull();
    const audit = await t.client.auditEvent.findFirstOrThrow({ where: { entityId: a.group.id, action: "merge" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ from: c.group.id, reason: "same blast" });
  });

  it.each([
    ["an empty reason", { reason: " " }],
    ["merging a group into itself", { same: true }],
  ])("refuses %s", async (_name, opts) => {
    const a = await groupOfValue(ids[0], 3);
    const result = await mergeGroups(
      {
        intoId: a.group.id,
        fromId: "same" in opts ? a.group.id : "missing",
        reason: "reason" in opts ? opts.reason : "x",
        actorId: null,
      },
      t.client,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid" });
  });
});
