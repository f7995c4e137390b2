import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as splitRoute } from "@/app/api/claims/[id]/split/route";
import { POST as mergeRoute } from "@/app/api/claims/merge/route";
import { POST as addRoute } from "@/app/api/documents/[id]/claims/route";
import { gate } from "@/lib/auth/require";
import { addClaimFromSpan } from "@/lib/claims/claim-add";
import { mergeClaims } from "@/lib/claims/claim-merge";
import { splitClaim } from "@/lib/claims/claim-split";
import { editClaim } from "@/lib/claims/edit";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { call } from "./api-rest-client";
import { act, actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const text = [
  "Fire kills workers at Dhaka market",
  "Police said at least 12 workers died when fire swept through the five-storey market on Monday. Hospital officials put the toll at 15 dead and 40 injured, while firefighters said 300 stalls burned.",
  "The fire spread quickly through the upper floors. Residents said the blaze burned for six hours.",
].join("\n");

const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return { start, end: start + phrase.length };
};

describe.each(databaseLegs())("editors add, split and merge claims on %s (issue 13 item 2)", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let reviewer: TestUser;
  let documentId = "";
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    reviewer = await signedInUser(db(), "reviewer");
    documentId = (await ingestDocument({ title: "Dhaka market fire", text }, t.client)).documentId;
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const claims = () =>
    t.client.claim.findMany({
      where: { documentId },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      include: { quantities: { orderBy: { ordinal: "asc" } }, comments: true, evidence: true },
    });
  const editorGate = () => gate(editor.headers, "researcher");

  it("refuses reviewers (403) and spans that are empty, outside the text or cross an editor's claim", async () => {
    const asReviewer = await act(gate(reviewer.headers, "researcher"), "editor", (user) =>
      addClaimFromSpan(user, { documentId, ...at("The fire spread") }, t.client),
    );
    expect(asReviewer).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "This needs the editor role.",
    });
    const anyClaim = (await claims())[0];
    expect(
      await act(gate(reviewer.headers, "researcher"), "editor", (user) =>
        splitClaim(user, { claimId: anyClaim.id, version: 1, beforeFigure: 2 }, t.client),
      ),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await act(gate(reviewer.headers, "researcher"), "editor", (user) =>
        mergeClaims(user, { firstId: "a", secondId: "b" }, t.client),
      ),
    ).toMatchObject({ ok: false, code: "forbidden" });

    const g = await editorGate();
    const space = text.indexOf(" ");
    expect(await addClaimFromSpan(await actorOf(g), { documentId, start: space, end: space + 1 }, t.client)).toEqual({
      ok: false,
      code: "invalid",
      message: "The selection is empty: select the words of the claim.",
    });
    expect(await addClaimFromSpan(await actorOf(g), { documentId, start: 10, end: text.length + 5 }, t.client)).toEqual(
      {
        ok: false,
        code: "invalid",
        message: `The selection (10–${text.length + 5}) is outside the document's text (0–${text.length}).`,
      },
    );
    const count = await t.client.claim.count({ where: { documentId } });
    expect(count).toBeGreaterThan(0);
    expect(await t.client.auditEvent.count({ where: { action: "add" } })).toBe(0);
  });

  it("adds a claim from a span: its figures and source as the extractor reads them, audited, flagged after regroup; re-extraction keeps it", async () => {
    const before = await claims();
    const span = at("Hospital officials put the toll at 15 dead");
    const result = await addClaimFromSpan(await actorOf(editorGate()), { documentId, ...span }, t.client);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [id] = result.claimIds;
    const added = await t.client.claim.findUniqueOrThrow({ where: { id }, include: { quantities: true } });
    expect([added.text, added.start, added.end, added.origin, added.editedById, added.status]).toEqual([
      "Hospital officials put the toll at 15 dead",
      span.start,
      span.end,
      "editor",
      editor.id,
      "unverified",
    ]);
    expect(added.editedAt).toBeInstanceOf(Date);
    expect(added.sourceName).toBe("Hospital officials");
    expect(added.quantities.map((q) => [q.text, q.value, q.modifier])).toEqual([["15", 15, "exact"]]);
    const audit = await t.client.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "add" } });
    expect(audit.actorId).toBe(editor.id);
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ figures: ["15"], source: "Hospital officials" });
    // Regrouped: the editor's 15 is compared with the police's "at least 12 workers" like the extracted one.
    expect(added.flagRank).toBeGreaterThan(0);
    const group = await t.client.quantityGroup.findUniqueOrThrow({
      where: { id: added.groupId ?? "" },
      include: { members: { include: { quantity: true } } },
    });
    expect(group.members.map((m) => m.quantity.text)).toEqual(expect.arrayContaining(["at least 12 workers", "15"]));
    expect(await t.client.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({
      claimCount: before.length + 1,
      regroupPending: false,
    });

    // A typed source, on a sentence the extractor made no claim of.
    const typed = await addClaimFromSpan(
      await actorOf(editorGate()),
      { documentId, ...at("The fire spread quickly through the upper floors."), sourceName: "Dhaka Fire Service" },
      t.client,
    );
    expect(typed.ok).toBe(true);
    const crossing = await addClaimFromSpan(
      await actorOf(editorGate()),
      { documentId, start: span.start + 5, end: span.end + 5 },
      t.client,
    );
    expect(crossing).toEqual({
      ok: false,
      code: "invalid",
      message: `The selection crosses the editor's claim "${added.label}". Select text outside it.`,
    });

    // A span holding a whole extracted claim replaces it (no editor work on it): one claim, the editor's.
    const residents = before.find((c) => c.text.includes("six hours"));
    expect(residents?.origin).toBe("extracted");
    const whole = await addClaimFromSpan(
      await actorOf(editorGate()),
      { documentId, ...at("Residents said the blaze burned for six hours.") },
      t.client,
    );
    expect(whole.ok).toBe(true);
    const now = await claims();
    expect(
      now.filter((c) => c.text.includes("six hours")).map((c) => [c.origin, c.sourceName, c.quantities[0]?.text]),
    ).toEqual([["editor", "Residents", "six hours"]]);
    expect(now.some((c) => c.id === residents?.id)).toBe(false);
    const replaced = await t.client.auditEvent.findFirstOrThrow({
      where: { entityId: whole.ok ? whole.claimIds[0] : "", action: "add" },
    });
    expect(JSON.parse(replaced.after ?? "{}").replaced).toEqual([{ id: residents?.id, label: residents?.label }]);

    await reextractDocument(documentId, t.client);
    const after = await claims();
    expect(after.filter((c) => c.text.includes("six hours")).map((c) => c.origin)).toEqual(["editor"]);
    const kept = after.find((c) => c.id === id);
    expect(kept?.quantities.map((q) => q.text)).toEqual(["15"]);
    expect([kept?.text, kept?.origin, kept?.flagRank]).toEqual([added.text, "editor", added.flagRank]);
    expect(after.find((c) => c.text.startsWith("The fire spread"))?.sourceName).toBe("Dhaka Fire Service");
    // The extracted claims that stood beside it are refreshed, not duplicated.
    expect(after.length).toBe(before.length + 2);
  });

  it("splits a claim before a figure; re-extraction keeps both parts and adds no duplicate", async () => {
    const police = (await claims()).find((c) => c.text.startsWith("Police said"));
    expect(police?.quantities.length).toBe(2);
    if (!police) return;
    const g = await editorGate();
    expect(
      await splitClaim(await actorOf(g), { claimId: police.id, version: police.version, beforeFigure: 3 }, t.client),
    ).toEqual({
      ok: false,
      code: "invalid",
      message: "This claim has 2 figures.",
    });
    const result = await splitClaim(
      await actorOf(g),
      { claimId: police.id, version: police.version, beforeFigure: 2 },
      t.client,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const count = (await claims()).length;
    const parts = async () =>
      (await claims())
        .filter((c) => result.claimIds.includes(c.id))
        .map((c) => [c.text, c.quantities.map((q) => q.text)]);
    expect(await parts()).toEqual([
      ["Police said at least 12 workers died when fire swept through the", ["at least 12 workers"]],
      ["five-storey market on Monday.", ["five-storey"]],
    ]);
    expect(await t.client.auditEvent.count({ where: { entityId: police.id, action: "split" } })).toBe(1);
    // The stale version is refused.
    expect(
      (await splitClaim(await actorOf(g), { claimId: police.id, version: police.version, beforeFigure: 2 }, t.client))
        .ok,
    ).toBe(false);

    await reextractDocument(documentId, t.client);
    expect(await parts()).toEqual([
      ["Police said at least 12 workers died when fire swept through the", ["at least 12 workers"]],
      ["five-storey market on Monday.", ["five-storey"]],
    ]);
    expect((await claims()).length).toBe(count);
    // Numbered in text order, editors' claims among the extractor's (the document table's order).
    expect((await claims()).map((c) => c.position)).toEqual([...Array(count).keys()]);
  });

  it("merges two adjacent claims: spans and figures joined, one source, comments and evidence moved; re-extraction keeps it", async () => {
    const all = await claims();
    const first = all.find((c) => c.text.startsWith("Police said"));
    const second = all.find((c) => c.text === "five-storey market on Monday.");
    if (!first || !second) throw new Error("split parts missing");
    const comment = await t.client.comment.create({
      data: { id: newId(), claimId: second.id, authorId: editor.id, body: "Check the floor count" },
    });
    const evidence = await t.client.evidence.create({
      data: { id: newId(), claimId: second.id, url: "https://example.org/fire", stance: "supports" },
    });
    const g = await editorGate();
    const result = await mergeClaims(await actorOf(g), { firstId: second.id, secondId: first.id }, t.client);
    expect(result).toEqual({ ok: true, claimIds: [first.id], documentId });
    const merged = await t.client.claim.findUniqueOrThrow({
      where: { id: first.id },
      include: { quantities: { orderBy: { ordinal: "asc" } }, comments: true, evidence: true },
    });
    expect(merged.text).toBe(
      "Police said at least 12 workers died when fire swept through the five-storey market on Monday.",
    );
    expect(merged.quantities.map((q) => q.text)).toEqual(["at least 12 workers", "five-storey"]);
    expect(merged.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(merged.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect(await t.client.claim.findUnique({ where: { id: second.id } })).toBeNull();
    expect(await t.client.auditEvent.count({ where: { entityId: first.id, action: "merge" } })).toBe(1);

    // Claims with different sources: the editor picks one; claims with one between them are refused.
    const now = await claims();
    const toll = now.find((c) => c.text === "Hospital officials put the toll at 15 dead");
    const stalls = now.find((c) => c.text.includes("300 stalls") && c.origin === "extracted");
    const hospital = now.find((c) => c.origin === "extracted" && c.text.startsWith("Hospital officials"));
    if (!toll || !stalls || !hospital) throw new Error("claims missing");
    expect(await mergeClaims(await actorOf(g), { firstId: merged.id, secondId: stalls.id }, t.client)).toMatchObject({
      ok: false,
      message: "Only adjacent claims can be merged: another claim lies between these two.",
    });
    expect(await mergeClaims(await actorOf(g), { firstId: hospital.id, secondId: stalls.id }, t.client)).toEqual({
      ok: false,
      code: "invalid",
      message: "These claims name different sources: choose which source the merged claim keeps.",
    });
    const count = now.length;

    await reextractDocument(documentId, t.client);
    const after = await t.client.claim.findUniqueOrThrow({
      where: { id: first.id },
      include: { quantities: { orderBy: { ordinal: "asc" } }, comments: true, evidence: true },
    });
    expect([after.text, after.origin, after.comments.length, after.evidence.length]).toEqual([
      merged.text,
      "editor",
      1,
      1,
    ]);
    expect(after.quantities.map((q) => q.text)).toEqual(["at least 12 workers", "five-storey"]);
    expect((await claims()).length).toBe(count);
    expect(
      (await claims()).filter((c) => c.text.startsWith("Police said at least 12 workers died")).map((c) => c.id),
    ).toEqual([first.id]);
  });

  it("REST: POST /api/documents/{id}/claims, /api/claims/{id}/split and /api/claims/merge (403 below editor, 422 says why)", async () => {
    const cookie = (u: TestUser) => u.headers.get("cookie") ?? "";
    const addPath = `/api/documents/${documentId}/claims`;
    const asReviewer = await call(addRoute, "POST", addPath, {
      cookie: cookie(reviewer),
      params: { id: documentId },
      body: at("300 stalls burned"),
    });
    expect(asReviewer.status).toBe(403);
    const empty = await call(addRoute, "POST", addPath, {
      cookie: cookie(editor),
      params: { id: documentId },
      body: { start: 3, end: 3 },
    });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toBe(
      "The selection is empty: select the words of the claim.",
    );
    const added = await call(addRoute, "POST", addPath, {
      cookie: cookie(editor),
      params: { id: documentId },
      body: at("while firefighters said 300 stalls burned."),
    });
    expect(added.status).toBe(201);
    expect(((await added.json()) as { claimIds: string[] }).claimIds).toHaveLength(1);

    const police = (await claims()).find((c) => c.text.startsWith("Police said") && c.quantities.length === 2);
    if (!police) throw new Error("merged police claim missing");
    const split = await call(splitRoute, "POST", `/api/claims/${police.id}/split`, {
      cookie: cookie(editor),
      params: { id: police.id },
      body: { version: police.version, beforeFigure: 2 },
    });
    expect(split.status).toBe(200);
    const { claimIds } = (await split.json()) as { claimIds: string[] };
    expect(claimIds).toHaveLength(2);
    const stale = await call(splitRoute, "POST", `/api/claims/${police.id}/split`, {
      cookie: cookie(editor),
      params: { id: police.id },
      body: { version: police.version, beforeFigure: 2 },
    });
    expect(stale.status).toBe(409);
    const merged = await call(mergeRoute, "POST", "/api/claims/merge", {
      cookie: cookie(editor),
      body: { firstId: claimIds[0], secondId: claimIds[1] },
    });
    expect(merged.status).toBe(200);
    expect((await claims()).find((c) => c.id === police.id)?.text).toBe(police.text);
  });

  it("a claim corrected with the correction form (span, source, value) stands after re-extraction", async () => {
    const hospital = (await claims()).find((c) => c.origin === "extracted" && c.text.startsWith("Hospital officials"));
    const fire = await t.client.source.findFirstOrThrow({ where: { name: "Dhaka Fire Service" } });
    if (!hospital) throw new Error("hospital claim missing");
    const span = at("Hospital officials put the toll at 15 dead and 40 injured");
    const result = await editClaim(
      await actorOf(editorGate()),
      {
        claimId: hospital.id,
        version: hospital.version,
        ...span,
        sourceId: fire.id,
        value: 16,
      },
      t.client,
    );
    expect(result.ok).toBe(true);

    await reextractDocument(documentId, t.client);
    const after = await t.client.claim.findUniqueOrThrow({
      where: { id: hospital.id },
      include: { quantities: { orderBy: { ordinal: "asc" } } },
    });
    expect([after.start, after.end, after.sourceName, after.origin, after.editedById]).toEqual([
      span.start,
      span.end,
      "Dhaka Fire Service",
      "editor",
      editor.id,
    ]);
    expect(after.quantities.map((q) => [q.text, q.value, q.correctedById])).toEqual([
      ["15", 16, editor.id],
      ["40", 40, null],
    ]);
    expect((await claims()).filter((c) => c.text.startsWith("Hospital officials put the toll")).length).toBe(2);
  });
});
