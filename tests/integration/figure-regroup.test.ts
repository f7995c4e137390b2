import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { gate } from "@/lib/auth/require";
import { regroupWithinDocument } from "@/lib/claims/figure-groups";
import { correctFigure } from "@/lib/claims/figures";
import { decideFlag } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

describe.each(databaseLegs())("a corrected unit or concept regroups the article's figures on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let documentId = "";
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    documentId = (await ingestDocument({ title: "Militias", text: referenceArticle }, t.client)).documentId;
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const snapshot = async () =>
    (
      await t.client.quantityGroup.findMany({
        where: { documentId },
        include: { members: { orderBy: { quantityId: "asc" } } },
        orderBy: { key: "asc" },
      })
    ).map((g) => [g.id, g.key, g.verdict, g.explanation, g.members.map((m) => m.quantityId)]);
  const fighters = () =>
    t.client.quantityGroup.findFirstOrThrow({
      where: { documentId, key: { startsWith: "fighters crossed into iran|fighter#" } },
      include: { members: { include: { quantity: true } } },
    });

  it("regrouping unchanged figures reproduces extraction's groups, ids and verdicts", async () => {
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(2);
    await t.client.$transaction((tx) => regroupWithinDocument(tx, documentId));
    expect(await snapshot()).toEqual(before);
  });

  it("850 fighters re-counted as soldiers leaves the fighters group (no conflict left); back again, it rejoins with the decision", async () => {
    const group = await fighters();
    expect(group.verdict).toBe("conflict");
    await decideFlag({ groupId: group.id, decision: "confirmed", actorId: editor.id }, t.client);
    const q850 = group.members.find((m) => m.quantity.text.includes("850"))?.quantity;
    if (!q850) throw new Error("the 850 figure is missing");
    const claim = await t.client.claim.findUniqueOrThrow({ where: { id: q850.claimId } });
    const g = await gate(editor.headers, "researcher");
    const moved = await correctFigure(
      await actorOf(g),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: q850.id,
        unit: "soldier",
        concept: "soldiers posted to the border",
      },
      t.client,
    );
    expect(moved.ok).toBe(true);
    const without = await fighters();
    expect(without.id).toBe(group.id);
    expect(without.members.map((m) => m.quantity.text)).not.toContain(q850.text);
    expect(without.verdict).not.toBe("conflict");
    expect((await t.client.claim.findUniqueOrThrow({ where: { id: claim.id } })).flagRank).toBe(0);

    const back = await correctFigure(
      await actorOf(g),
      {
        claimId: claim.id,
        version: claim.version + 1,
        quantityId: q850.id,
        unit: q850.unit,
        concept: q850.concept,
      },
      t.client,
    );
    expect(back.ok).toBe(true);
    const again = await fighters();
    expect(again.id).toBe(group.id);
    expect([again.verdict, again.decision]).toEqual(["conflict", "confirmed"]);
    expect(again.members.map((m) => m.quantity.text)).toContain(q850.text);
    expect((await t.client.claim.findUniqueOrThrow({ where: { id: claim.id } })).flagRank).toBe(2);
  });
});
