/**
 * Document-scoped generic sources (ADR 019), on both databases: "police said" in two unrelated articles is two
 * sources, each with its own claims, while a name ("Human Rights Watch") is one source for both. Re-extraction keeps
 * a document's description on its source, an editor's rename of it survives re-extraction (SourceAlias, scoped too),
 * an editor's typed "police" lands on the document's own, and the Source facet and /sources tell the two apart.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getSourceRoute } from "@/app/api/sources/[id]/route";
import { GET as listSourcesRoute } from "@/app/api/sources/route";
import { createUserWithPassword } from "@/lib/auth/users";
import { addClaimFromSpan } from "@/lib/claims/claim-add";
import { facetOptions, searchFacet } from "@/lib/claims/facet-data";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { ingestDocument } from "@/lib/documents/mutations";
import { reextractDocument } from "@/lib/documents/reextract";
import { sourcesPage } from "@/lib/sources/data";
import { editSource, sourceEditSchema } from "@/lib/sources/edit";
import { call } from "./api-rest-client";
import { actorOf } from "./support/act";
import { signedInUser } from "./support/auth";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const dhaka = [
  "Over 800 people were arrested in Dhaka, police said.",
  "Human Rights Watch said 40 protesters were hurt.",
  "The curfew covered 14 districts.",
].join(" ");
const lyon = [
  "Some 12 cars were burned in Lyon overnight, police said.",
  "Human Rights Watch said 3 people were detained.",
].join(" ");

describe.each(databaseLegs())("document-scoped sources on %s", (leg) => {
  let t: TestDatabase;
  let a = "";
  let b = "";
  let legacyId = "";
  let gate: {
    ok: true;
    user: { id: string; email: string; name: string; role: "editor" };
  };
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    // A global "Police" stored before ADR 019: it stays, and new articles no longer pool into it.
    legacyId = newId();
    await t.client.source.create({
      data: { id: legacyId, name: "Police", normalizedName: "police", kind: "official", claimCount: 0 },
    });
    a = (await ingestDocument({ text: dhaka, title: "Arrests in Dhaka" }, t.client)).documentId;
    b = (await ingestDocument({ text: lyon, title: "Riots in Lyon" }, t.client)).documentId;
    const id = await createUserWithPassword(
      { email: "scoper@example.test", name: "Scoper", password: "a long enough password", role: "editor" },
      null,
      undefined,
      t.client,
    );
    gate = { ok: true, user: { id, email: "scoper@example.test", name: "Scoper", role: "editor" } };
  }, 300_000);
  afterAll(async () => t?.drop());

  const sourceOf = async (documentId: string, pattern: RegExp) => {
    const claims = await t.client.claim.findMany({ where: { documentId }, include: { source: true } });
    const claim = claims.find((c) => pattern.test(c.text));
    if (!claim) throw new Error(`no claim ${pattern} in ${documentId}`);
    return claim.source;
  };

  it("gives each document's 'police' its own source, each with its own claim count; a name is shared", async () => {
    const [pa, pb] = [await sourceOf(a, /800 people/), await sourceOf(b, /12 cars/)];
    expect(pa.name).toBe("Police");
    expect(pb.name).toBe("Police");
    expect(pa.id).not.toBe(pb.id);
    expect(pa.normalizedName).toBe(`police#${a}`);
    expect(pb.normalizedName).toBe(`police#${b}`);
    expect([pa.claimCount, pb.claimCount]).toEqual([1, 1]);
    const [ha, hb] = [await sourceOf(a, /40 protesters/), await sourceOf(b, /3 people/)];
    expect(ha.id).toBe(hb.id);
    expect(ha.normalizedName).toBe("human rights watch");
    expect(ha.claimCount).toBe(2);
    // The document's own assertions are the document's own "the document", not one shared by every article.
    const own = await sourceOf(a, /curfew/);
    expect(own.normalizedName).toBe(`the document#${a}`);
    // The global row stored before stays as it was.
    const legacy = await t.client.source.findUniqueOrThrow({ where: { id: legacyId } });
    expect(legacy).toMatchObject({ normalizedName: "police", claimCount: 0 });
  });

  it("tells the two Police apart in the Source facet, its search and /sources; the old global row has no document", async () => {
    const [pa, pb] = [await sourceOf(a, /800 people/), await sourceOf(b, /12 cars/)];
    const facet = await facetOptions("source", [], t.client);
    const label = (id: string) => facet.items.find((i) => i.id === id)?.label;
    expect(label(pa.id)).toBe("Police — in Arrests in Dhaka");
    expect(label(pb.id)).toBe("Police — in Riots in Lyon");
    expect(label(legacyId)).toBe("Police");
    expect(label((await sourceOf(a, /40 protesters/)).id)).toBe("Human Rights Watch");
    const found = await searchFacet("source", "police", t.client);
    expect(found.map((i) => i.label).sort()).toEqual([
      "Police",
      "Police — in Arrests in Dhaka",
      "Police — in Riots in Lyon",
    ]);
    const page = await sourcesPage({ q: "Police" }, null, 51, t.client);
    expect(page.rows).toHaveLength(3);
    expect(page.scopes.get(pa.id)).toEqual({ documentId: a, title: "Arrests in Dhaka" });
    expect(page.scopes.get(pb.id)).toEqual({ documentId: b, title: "Riots in Lyon" });
    expect(page.scopes.has(legacyId)).toBe(false);
    // The REST API says which document a description belongs to, as the pages do.
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = t.url; // the route handlers use the process-wide client, as in the app
    try {
      const cookie = (await signedInUser(db(), "researcher")).headers.get("cookie") ?? "";
      const list = await call(listSourcesRoute, "GET", "/api/sources?q=police&limit=10", { cookie });
      const items = ((await list.json()) as { items: Array<{ id: string; document: unknown }> }).items;
      expect(new Map(items.map((i) => [i.id, i.document]))).toEqual(
        new Map([
          [pa.id, { id: a, title: "Arrests in Dhaka" }],
          [pb.id, { id: b, title: "Riots in Lyon" }],
          [legacyId, null],
        ]),
      );
      const one = await call(getSourceRoute, "GET", `/api/sources/${pa.id}`, { cookie, params: { id: pa.id } });
      expect(await one.json()).toMatchObject({ name: "Police", document: { id: a, title: "Arrests in Dhaka" } });
    } finally {
      process.env.DATABASE_URL = previousUrl;
    }
  });

  it("keeps a document's description on its source through re-extraction", async () => {
    const before = await sourceOf(a, /800 people/);
    expect(await reextractDocument(a, t.client)).toMatchObject({ claimCount: 3 });
    const after = await sourceOf(a, /800 people/);
    expect(after.id).toBe(before.id);
    expect(after.claimCount).toBe(1);
    expect(await t.client.source.count({ where: { name: "Police" } })).toBe(3);
  });

  it("keeps an editor's rename of a scoped source through re-extraction: a description stays scoped, a name goes global", async () => {
    const pa = await sourceOf(a, /800 people/);
    expect(
      await editSource(
        await actorOf(gate),
        pa.id,
        sourceEditSchema.parse({ name: "Riot police", kind: "official", affiliation: null, version: pa.version }),
        t.client,
      ),
    ).toMatchObject({ ok: true });
    const renamed = await t.client.source.findUniqueOrThrow({ where: { id: pa.id } });
    expect(renamed.normalizedName).toBe(`riot police#${a}`);
    const pb = await sourceOf(b, /12 cars/);
    const named = { name: "Lyon Metropolitan Police", kind: "official", affiliation: null, version: pb.version };
    expect(await editSource(await actorOf(gate), pb.id, sourceEditSchema.parse(named), t.client)).toMatchObject({
      ok: true,
    });
    expect((await t.client.source.findUniqueOrThrow({ where: { id: pb.id } })).normalizedName).toBe(
      "lyon metropolitan police",
    );

    // A name another (global) source already has: refused with the pointer to merging, as any rename onto a name.
    const hrw = await sourceOf(a, /40 protesters/);
    const onto = { name: "Human Rights Watch", kind: "official", affiliation: null, version: renamed.version };
    expect(await editSource(await actorOf(gate), pa.id, sourceEditSchema.parse(onto), t.client)).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(hrw.normalizedName).toBe("human rights watch");

    await reextractDocument(a, t.client);
    await reextractDocument(b, t.client);
    expect((await sourceOf(a, /800 people/)).id).toBe(pa.id);
    expect((await sourceOf(b, /12 cars/)).id).toBe(pb.id);
    expect(await t.client.source.count({ where: { normalizedName: { startsWith: "police#" } } })).toBe(0);
    expect((await sourceOf(a, /800 people/)).claimCount).toBe(1);
  });

  it("puts an editor's typed 'police' on the document's own source, and a typed description new to it on a new one", async () => {
    const start = dhaka.indexOf("The curfew");
    const end = dhaka.length;
    const added = await addClaimFromSpan(
      await actorOf(gate),
      { documentId: a, start, end, sourceName: "police" },
      t.client,
    );
    expect(added).toMatchObject({ ok: true });
    const riot = await sourceOf(a, /curfew/);
    expect(riot.normalizedName).toBe(`riot police#${a}`);
    expect(riot.claimCount).toBe(2);

    const at = lyon.indexOf("Some 12");
    const other = await addClaimFromSpan(
      await actorOf(gate),
      { documentId: b, start: at, end: lyon.indexOf(" Human"), sourceName: "Officials" },
      t.client,
    );
    expect(other).toMatchObject({ ok: true });
    expect((await sourceOf(b, /12 cars/)).normalizedName).toBe(`officials#${b}`);
  });
});
