import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { gate } from "@/lib/auth/require";
import { correctFigure, setHeadlineFigure } from "@/lib/claims/figures";
import { decideFlag } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

describe.each(databaseLegs())("re-extraction keeps the editor's figures on %s (issue 13)", (leg) => {
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

  async function claimWith(written: string) {
    return t.client.claim.findFirstOrThrow({
      where: { documentId, quantities: { some: { text: written } } },
      include: { quantities: { orderBy: { ordinal: "asc" } } },
    });
  }

  it("a corrected second figure, the chosen headline and the flag they feed stand after re-extraction", async () => {
    const g = await gate(editor.headers, "researcher");
    let arrests = await claimWith("over 2,200 arrests");
    const second = arrests.quantities[1];
    expect(
      (
        await correctFigure(
          await actorOf(g),
          {
            claimId: arrests.id,
            version: arrests.version,
            quantityId: second.id,
            value: 2300,
            modifier: "atLeast",
          },
          t.client,
        )
      ).ok,
    ).toBe(true);
    arrests = await claimWith("over 2,200 arrests");
    expect(
      (
        await setHeadlineFigure(
          await actorOf(g),
          { claimId: arrests.id, version: arrests.version, quantityId: second.id },
          t.client,
        )
      ).ok,
    ).toBe(true);
    const provinces = await claimWith("26 of the country’s 31 provinces");
    const share = provinces.quantities.find((q) => q.text === "26 of the country’s 31 provinces");
    if (!share) throw new Error("the 26 of 31 figure is missing");
    expect(
      (
        await correctFigure(
          await actorOf(g),
          {
            claimId: provinces.id,
            version: provinces.version,
            quantityId: share.id,
            value: 20,
          },
          t.client,
        )
      ).ok,
    ).toBe(true);

    expect(await reextractDocument(documentId, t.client)).not.toBeNull();

    const after = await claimWith("over 2,200 arrests");
    expect(after.id).toBe(arrests.id);
    const [headline, other] = after.quantities;
    expect(headline.id).not.toBe(second.id); // new rows from the extractor
    expect([headline.text, headline.value, headline.modifier, headline.low, headline.high]).toEqual([
      "over 2,200 arrests",
      2300,
      "atLeast",
      2300,
      null,
    ]);
    expect(headline.correctedById).toBe(editor.id);
    expect(other.text).toBe("at least 38 fatalities");
    expect(other.correctedAt).toBeNull();
    expect(after.sortValue).toBe(2300);
    // The corrected share still disagrees with the other report of the provinces: the flag is computed from it.
    const group = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId, members: { some: { quantity: { text: "26 of the country’s 31 provinces" } } } },
      include: { members: { include: { quantity: true } } },
    });
    expect(group.members.find((m) => m.quantity.text === "26 of the country’s 31 provinces")?.quantity.value).toBe(20);
    expect(group.verdict).toBe("conflict");
  });

  it("a dismissal and its reason stand after re-extraction, on the in-document group and its cross-document twin", async () => {
    const fighters = async () => {
      const inDocument = await t.client.quantityGroup.findFirstOrThrow({
        where: { documentId, members: { some: { quantity: { text: { contains: "850" } } } } },
        include: { members: true },
      });
      const twins = await t.client.quantityGroup.findMany({
        where: { documentId: null, members: { some: { quantityId: inDocument.members[0].quantityId } } },
        include: { members: true },
      });
      return { inDocument, twin: twins.find((g) => g.members.length === inDocument.members.length) };
    };
    const before = await fighters();
    expect(before.twin).toBeTruthy();
    await decideFlag(
      {
        groupId: before.inDocument.id,
        decision: "dismissed",
        reason: "two estimates of one crossing",
        actorId: editor.id,
      },
      t.client,
    );
    expect((await fighters()).twin?.decision).toBe("dismissed");

    await reextractDocument(documentId, t.client);

    const after = await fighters();
    expect([after.inDocument.decision, after.inDocument.decisionReason]).toEqual([
      "dismissed",
      "two estimates of one crossing",
    ]);
    expect([after.twin?.decision, after.twin?.decisionReason]).toEqual(["dismissed", "two estimates of one crossing"]);
  });
});
