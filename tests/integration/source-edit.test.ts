/**
 * Editors curate sources through the REST API (issue 10 item 3), on both databases: rename / re-kind / affiliation
 * with optimistic locking, merge one source into another (claims, evidence and comments move, names become aliases),
 * every change audited, and an old or merged-away name used by a later article lands on the curated source instead of
 * re-creating the one the editor removed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as mergeRoute } from "@/app/api/sources/[id]/merge/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/sources/[id]/route";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, ingestDocument, insertExtractedDocument } from "@/lib/documents/mutations";
import { call, expectError } from "./api-rest-client";
import { signedInUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function store(specs: Array<{ sentence: string; source: string; value: number }>): Promise<string> {
  const id = newId();
  const { text, extraction } = makeExtraction(
    id,
    specs.map((s) => ({
      sentence: s.sentence,
      source: s.source,
      kind: "official" as const,
      quantity: { text: `${s.value} people`, value: s.value, unit: "person" },
    })),
  );
  await insertExtractedDocument({ id, text, sha256: contentHash(text), title: `Fire ${id}` }, extraction);
  return id;
}

describe.each(databaseLegs())("source rename and merge on %s", (leg) => {
  let t: TestDatabase;
  let editor = "";
  let reviewer = "";
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    await store([
      { sentence: "At least 12 people died, the fire service said.", source: "Fire service", value: 12 },
      { sentence: "Some 15 people died, police said.", source: "Police", value: 15 },
      { sentence: "Gazipur police counted 16 people dead.", source: "Gazipur police", value: 16 },
    ]);
    editor = (await signedInUser(db(), "editor")).headers.get("cookie") ?? "";
    reviewer = (await signedInUser(db(), "reviewer")).headers.get("cookie") ?? "";
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const source = (name: string) => t.client.source.findFirstOrThrow({ where: { name } });
  const patch = (id: string, body: unknown, cookie = editor) =>
    call(patchRoute, "PATCH", `/api/sources/${id}`, { cookie, params: { id }, body });
  const merge = (id: string, body: unknown, cookie = editor) =>
    call(mergeRoute, "POST", `/api/sources/${id}/merge`, { cookie, params: { id }, body });

  it("renames a source: its claims follow, the old name stays an alias, audited; a stale version is refused", async () => {
    const fire = await source("Fire service");
    const body = { name: "Dhaka Fire Service", kind: "organization", affiliation: "Government of Bangladesh" };
    await expectError(await patch(fire.id, { ...body, version: 1 }, reviewer), 403, "forbidden");
    const res = await patch(fire.id, { ...body, version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, id: fire.id, version: 2 });
    const claims = await t.client.claim.findMany({ where: { sourceId: fire.id } });
    expect(claims.map((c) => [c.sourceName, c.sourceKind])).toEqual([["Dhaka Fire Service", "organization"]]);
    const read = await (
      await call(getRoute, "GET", `/api/sources/${fire.id}`, { cookie: editor, params: { id: fire.id } })
    ).json();
    expect(read).toMatchObject({ ...body, aliases: ["Fire service"] });
    const audit = await t.client.auditEvent.findFirstOrThrow({ where: { entityId: fire.id, action: "edit" } });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ name: "Fire service", kind: "official" });
    // Someone else's save in between: the second editor, still holding version 1, is told.
    await expectError(await patch(fire.id, { ...body, name: "Fire brigade", version: 1 }), 409, "conflict");
    await expectError(await patch(fire.id, { ...body, name: "  ", version: 2 }), 422, "invalid");
  });

  it("refuses a rename onto another source's name, pointing at merge", async () => {
    const police = await source("Police");
    const res = await patch(police.id, { name: "gazipur  POLICE", kind: "official", affiliation: null, version: 1 });
    await expectError(res.clone(), 409, "conflict");
    expect((await res.json()).error.message).toMatch(/Merge/);
  });

  it("merges a source into another: claims, counts and names move, the merged one is gone, audited on both", async () => {
    const police = await source("Police");
    const gazipur = await source("Gazipur police");
    await expectError(await merge(police.id, { intoId: police.id, version: 1, intoVersion: 1 }), 422, "invalid");
    await expectError(await merge(police.id, { intoId: gazipur.id, version: 1, intoVersion: 9 }), 409, "conflict");
    const res = await merge(police.id, { intoId: gazipur.id, version: 1, intoVersion: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, id: gazipur.id, version: 2 });
    expect(await t.client.source.findUnique({ where: { id: police.id } })).toBeNull();
    const after = await t.client.source.findUniqueOrThrow({ where: { id: gazipur.id } });
    expect(after.claimCount).toBe(2);
    expect(JSON.parse(after.aliases)).toContain("Police");
    const claims = await t.client.claim.findMany({ where: { sourceId: gazipur.id }, orderBy: { position: "asc" } });
    expect(claims.map((c) => c.sourceName)).toEqual(["Gazipur police", "Gazipur police"]);
    expect(await t.client.auditEvent.count({ where: { entityId: police.id, action: "merge-away" } })).toBe(1);
    expect(await t.client.auditEvent.count({ where: { entityId: gazipur.id, action: "merge" } })).toBe(1);
    await expectError(await merge(police.id, { intoId: gazipur.id, version: 1, intoVersion: 2 }), 404, "not_found");
  });

  it("a later article naming the merged-away or the old name lands on the curated source", async () => {
    const gazipur = await source("Gazipur police");
    const fire = await source("Dhaka Fire Service");
    const sourcesBefore = await t.client.source.count();
    await store([
      { sentence: "Police said 17 people died.", source: "Police", value: 17 },
      { sentence: "The fire service said 18 people died.", source: "Fire service", value: 18 },
    ]);
    expect(await t.client.source.count()).toBe(sourcesBefore);
    const latest = await t.client.claim.findMany({
      where: { sentenceStart: { gte: 0 } },
      orderBy: { createdAt: "desc" },
      take: 2,
    });
    expect(new Set(latest.map((c) => c.sourceId))).toEqual(new Set([gazipur.id, fire.id]));
  });

  it("two editors merging the same source at once: one wins, the other is told, nothing is lost", async () => {
    const a = await store([{ sentence: "Officials said 3 people died.", source: "Officials", value: 3 }]);
    const officials = await t.client.source.findFirstOrThrow({ where: { name: "Officials" } });
    const fire = await source("Dhaka Fire Service");
    const gazipur = await source("Gazipur police");
    const [r1, r2] = await Promise.all([
      merge(officials.id, { intoId: fire.id, version: 1, intoVersion: fire.version }),
      merge(officials.id, { intoId: gazipur.id, version: 1, intoVersion: gazipur.version }),
    ]);
    // The loser finds the source gone (404) or changed (409), never a 500.
    expect([404, 409]).toContain(r1.status === 200 ? r2.status : r1.status);
    expect([r1.status, r2.status].filter((s) => s === 200)).toHaveLength(1);
    const claim = await t.client.claim.findFirstOrThrow({ where: { documentId: a } });
    expect([fire.id, gazipur.id]).toContain(claim.sourceId);
    const total = await t.client.source.aggregate({ _sum: { claimCount: true } });
    expect(total._sum.claimCount).toBe(await t.client.claim.count());
  });
  it("a rename or a merge rewords the flags that name the source (they were built with the old name)", async () => {
    const { documentId } = await ingestDocument(
      {
        text: "Border officials said over 800 fighters crossed on Monday. Local monitors said approximately 950 fighters crossed on Monday.",
      },
      t.client,
    );
    const explanations = async () =>
      (await t.client.quantityGroup.findMany({ where: { documentId }, select: { explanation: true } })).map(
        (g) => g.explanation,
      );
    expect((await explanations()).join()).toMatch(/\(Local monitors\).*|\(Border officials\)/);
    const monitors = await source("Local monitors");
    expect(
      (await patch(monitors.id, { name: "Kurdistan Monitors", kind: "anonymous", affiliation: null, version: 1 }))
        .status,
    ).toBe(200);
    expect((await explanations()).join()).toContain("(Kurdistan Monitors)");
    expect((await explanations()).join()).not.toContain("(Local monitors)");
    const border = await source("Border officials");
    const into = await source("Kurdistan Monitors");
    const merged = await merge(border.id, { intoId: into.id, version: border.version, intoVersion: into.version });
    expect(merged.status).toBe(200);
    expect((await explanations()).join()).not.toContain("(Border officials)");
  });
});
