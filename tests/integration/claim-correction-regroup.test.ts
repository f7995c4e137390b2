import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { gate } from "@/lib/auth/require";
import { editClaim } from "@/lib/claims/edit";
import { decideFlag } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";
import { mergeGroups, moveOutOfGroup } from "@/lib/groups/decisions";
import { actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor (model load ~1 s) on a machine shared with other jobs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const reference = readFileSync(path.join(__dirname, "../fixtures/iran-militias.txt"), "utf8");
// Two (invented) outlets at the same time with different tolls: a cross-document conflict.
const wire = (outlet: string, text: string) => ({ title: outlet, outlet, publishedAt: "2026-04-02T10:00:00Z", text });
const wireE = wire("Wire E", "Police said 14 people were killed in the flood in Kerman province on Thursday.");
const wireF = wire(
  "Wire F",
  "The Red Crescent said 23 people were killed in the flood in Kerman province on Thursday.",
);
const wireG = wire("Wire G", "Police said 9 people were killed in the landslide in Gilan province on Thursday.");
const wireH = wire(
  "Wire H",
  "The Red Crescent said 30 people were killed in the landslide in Gilan province on Thursday.",
);

describe.each(databaseLegs())("a corrected figure updates its flags on %s", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let documentId = "";
  const previousUrl = process.env.DATABASE_URL;
  const editorGate = () => gate(editor.headers, "researcher");

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    documentId = (await ingestDocument({ title: "Militias cross into Iran", text: reference }, t.client)).documentId;
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  /** The in-document group holding the document's 850 (or corrected) figure, with its members' claims. */
  async function fightersGroup() {
    const group = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId, members: { some: { quantity: { text: { contains: "850" } } } } },
      include: { members: { include: { quantity: { include: { claim: true } } } } },
    });
    return group;
  }
  async function claimOf(documentId: string, text: string) {
    return t.client.claim.findFirstOrThrow({
      where: { documentId, quantities: { some: { text: { contains: text } } } },
    });
  }
  const flagCount = async () =>
    (await t.client.document.findUniqueOrThrow({ where: { id: documentId }, select: { flagCount: true } })).flagCount;

  it("the reference article's fighters group is a conflict: over 800 / approximately 800 vs approximately 850", async () => {
    const group = await fightersGroup();
    expect(group.verdict).toBe("conflict");
    expect(group.members.length).toBeGreaterThanOrEqual(2);
    for (const m of group.members) expect(m.quantity.claim.flagRank).toBe(2);
  });

  it("correcting 850 to 800 leaves no conflict: verdict, explanation, member flags and the document's count follow", async () => {
    const before = await fightersGroup();
    const countBefore = await flagCount();
    await decideFlag({ groupId: before.id, decision: "confirmed", actorId: editor.id }, t.client);
    const claim = await claimOf(documentId, "850");
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: claim.id,
        version: claim.version,
        value: 800,
      },
      t.client,
    );
    expect(result).toEqual({ ok: true, version: claim.version + 1 });

    const after = await fightersGroup();
    expect(after.id).toBe(before.id);
    expect(after.decision).toBe("confirmed"); // the editor's decision is kept
    expect(after.verdict).toBe("soft"); // over 800 and approximately 800 overlap
    expect(after.explanation).not.toMatch(/850/);
    expect(after.spread).toBe(0);
    const rank = { none: 0, soft: 1, conflict: 2 }[after.verdict] ?? -1;
    // Every member claim now shows the group's verdict (no other in-document group of theirs is a conflict).
    for (const m of after.members) expect(m.quantity.claim.flagRank).toBe(rank);
    expect(await flagCount()).toBe(rank > 0 ? countBefore : countBefore - after.members.length);
  });

  it("correcting it back to 850 makes it a conflict again", async () => {
    const claim = await claimOf(documentId, "850");
    const countNow = await flagCount();
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: claim.id,
        version: claim.version,
        value: 850,
      },
      t.client,
    );
    expect(result.ok).toBe(true);
    const group = await fightersGroup();
    expect(group.verdict).toBe("conflict");
    expect(group.explanation).toMatch(/850/);
    for (const m of group.members) expect(m.quantity.claim.flagRank).toBe(2);
    expect(await flagCount()).toBeGreaterThanOrEqual(countNow);
  });

  it("a stale version is refused and touches neither the figure nor the groups", async () => {
    const claim = await claimOf(documentId, "850");
    const groupBefore = await fightersGroup();
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: claim.id,
        version: claim.version - 1,
        value: 800,
      },
      t.client,
    );
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    const groupAfter = await fightersGroup();
    expect([groupAfter.verdict, groupAfter.explanation, groupAfter.spread]).toEqual([
      groupBefore.verdict,
      groupBefore.explanation,
      groupBefore.spread,
    ]);
    const q = await t.client.quantity.findFirstOrThrow({ where: { claimId: claim.id, ordinal: 0 } });
    expect(q.value).toBe(850);
  });

  it("across documents: correcting 23 dead to 14 removes the cross conflict rank of both claims, and back", async () => {
    const e = (await ingestDocument(wireE, t.client)).documentId;
    const f = (await ingestDocument(wireF, t.client)).documentId;
    const fourteen = await claimOf(e, "14");
    let twentyThree = await claimOf(f, "23");
    expect([fourteen.crossFlagRank, twentyThree.crossFlagRank]).toEqual([3, 3]);
    const groupId = twentyThree.crossGroupId as string;
    const decided = await decideFlag({ groupId, decision: "confirmed", actorId: editor.id }, t.client);
    expect(decided.ok).toBe(true);

    const g = await editorGate();
    expect(
      (
        await editClaim(
          await actorOf(g),
          { claimId: twentyThree.id, version: twentyThree.version, value: 14 },
          t.client,
        )
      ).ok,
    ).toBe(true);
    const ranks = async () =>
      (await t.client.claim.findMany({ where: { id: { in: [fourteen.id, twentyThree.id] } }, orderBy: { id: "asc" } }))
        .map((c) => c.crossFlagRank)
        .sort();
    expect(await ranks()).toEqual([0, 0]);
    const group = await t.client.quantityGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect([group.verdict, group.decision]).toEqual(["none", "confirmed"]);

    twentyThree = await t.client.claim.findUniqueOrThrow({ where: { id: twentyThree.id } });
    expect(
      (
        await editClaim(
          await actorOf(g),
          { claimId: twentyThree.id, version: twentyThree.version, value: 23 },
          t.client,
        )
      ).ok,
    ).toBe(true);
    expect(await ranks()).toEqual([3, 3]);
    const back = await t.client.quantityGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect([back.verdict, back.decision]).toEqual(["conflict", "confirmed"]);
  });

  it("a new source re-judges the group: the explanation names it", async () => {
    const claim = await claimOf(documentId, "850");
    const other = await t.client.source.findFirstOrThrow({ where: { name: { contains: "Iran International" } } });
    expect(claim.sourceId).not.toBe(other.id);
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: claim.id,
        version: claim.version,
        sourceId: other.id,
      },
      t.client,
    );
    expect(result.ok).toBe(true);
    const group = await fightersGroup();
    expect(group.explanation).toMatch(/850 \(Iran International\)/);
  });

  it("an editor-made (merged) cross group is re-judged in place, keeping its members and key", async () => {
    const g9 = (await ingestDocument(wireG, t.client)).documentId;
    const h30 = (await ingestDocument(wireH, t.client)).documentId;
    const nine = await claimOf(g9, "9 people");
    const thirty = await claimOf(h30, "30");
    const auto = nine.crossGroupId as string;
    const q30 = await t.client.quantity.findFirstOrThrow({ where: { claimId: thirty.id, ordinal: 0 } });
    const moved = await moveOutOfGroup(
      {
        groupId: auto,
        quantityId: q30.id,
        reason: "test",
        actorId: editor.id,
      },
      t.client,
    );
    if (!moved.ok) throw new Error(moved.message);
    const merged = await mergeGroups(
      {
        intoId: auto,
        fromId: moved.groupId,
        reason: "test",
        actorId: editor.id,
      },
      t.client,
    );
    expect(merged.ok).toBe(true);
    const manual = await t.client.quantityGroup.findUniqueOrThrow({ where: { id: auto } });
    expect([manual.key.startsWith("m|"), manual.verdict]).toEqual([true, "conflict"]);

    const fresh = await t.client.claim.findUniqueOrThrow({ where: { id: thirty.id } });
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: fresh.id,
        version: fresh.version,
        value: 9,
      },
      t.client,
    );
    expect(result.ok).toBe(true);
    const after = await t.client.quantityGroup.findUniqueOrThrow({ where: { id: auto }, include: { members: true } });
    expect([after.key, after.verdict, after.members.length]).toEqual([manual.key, "none", 2]);
    const ranks = await t.client.claim.findMany({ where: { id: { in: [nine.id, thirty.id] } } });
    expect(ranks.map((c) => c.crossFlagRank)).toEqual([0, 0]);
  });
});
