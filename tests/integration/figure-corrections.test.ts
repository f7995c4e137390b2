import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as putFigure } from "@/app/api/claims/[id]/figures/[quantityId]/route";
import { PUT as putHeadline } from "@/app/api/claims/[id]/headline/route";
import { GET as getClaimRoute } from "@/app/api/claims/[id]/route";
import { gate } from "@/lib/auth/require";
import { getClaim, listClaims } from "@/lib/claims/data";
import { correctFigure, setHeadlineFigure } from "@/lib/claims/figures";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { serialize } from "@/lib/export/formats";
import type { ExportRow } from "@/lib/export/row";
import { streamClaimRows } from "@/lib/export/stream";
import { call, expectError } from "./api-rest-client";
import { act, actorOf } from "./support/act";
import { signedInUser, type TestUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

// Ingest runs the real extractor; correcting a figure regroups the document's cross-document buckets.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe.each(databaseLegs())("figures as editable rows on %s (issue 13 item 1)", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let reviewer: TestUser;
  let documentId = "";
  const previousUrl = process.env.DATABASE_URL;
  const as = (user: TestUser) => gate(user.headers, "researcher");

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    reviewer = await signedInUser(db(), "reviewer");
    documentId = (await ingestDocument({ title: "Militias cross into Iran", text: referenceArticle }, t.client))
      .documentId;
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  /** The claim holding a figure written as `written`, with its figures in ordinal order. */
  async function claimWith(written: string) {
    return t.client.claim.findFirstOrThrow({
      where: { documentId, quantities: { some: { text: written } } },
      include: { quantities: { orderBy: { ordinal: "asc" } } },
    });
  }
  const editorName = async () => (await t.client.user.findUniqueOrThrow({ where: { id: editor.id } })).name;

  it("corrects the second figure (value, qualifier, unit): as written stays, marked with who and when, audited", async () => {
    const claim = await claimWith("over 2,200 arrests");
    expect(claim.quantities.map((q) => q.text)).toEqual(["at least 38 fatalities", "over 2,200 arrests"]);
    const second = claim.quantities[1];
    const result = await correctFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: second.id,
        value: 2300,
        modifier: "atLeast",
        unit: "detention",
      },
      t.client,
    );
    expect(result).toEqual({ ok: true, version: claim.version + 1 });

    const q = await t.client.quantity.findUniqueOrThrow({ where: { id: second.id } });
    expect([q.text, q.value, q.modifier, q.unit, q.low, q.high]).toEqual([
      "over 2,200 arrests",
      2300,
      "atLeast",
      "detention",
      2300,
      null,
    ]);
    expect(q.correctedById).toBe(editor.id);
    expect(q.correctedAt).toBeInstanceOf(Date);
    // The headline (first figure) and the claim's sort value are untouched.
    const after = await claimWith("over 2,200 arrests");
    expect(after.sortValue).toBe(38);
    expect(after.quantities[0].correctedAt).toBeNull();

    const audit = await t.client.auditEvent.findFirstOrThrow({ where: { entityType: "quantity", entityId: q.id } });
    expect(audit.action).toBe("correct");
    expect(audit.actorId).toBe(editor.id);
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ value: 2200, modifier: "moreThan", unit: "arrest" });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ value: 2300, modifier: "atLeast", unit: "detention" });
  });

  it("the table row, the claim page, the API row and every export carry the correction mark", async () => {
    const claim = await claimWith("over 2,200 arrests");
    const name = await editorName();
    const page = await listClaims(claimsQuerySchema.parse({ pageSize: 200 }), { documentId }, t.client);
    const row = page.rows.find((r) => r.id === claim.id);
    expect(row?.quantity?.corrected).toBeNull();
    expect(row?.figures.map((f) => [f.text, f.value, f.modifier, f.unit, f.corrected?.by ?? null])).toEqual([
      ["at least 38 fatalities", 38, "atLeast", "fatality", null],
      ["over 2,200 arrests", 2300, "atLeast", "detention", name],
    ]);
    const detail = await getClaim(claim.id, t.client);
    expect(detail?.figures[1].corrected).toMatchObject({ byId: editor.id, by: name });

    const query = claimsQuerySchema.parse({});
    const target = resolveDatabase(t.url);
    const json = JSON.parse(await text(serialize("json", streamClaimRows(query, { target })))) as ExportRow[];
    const exported = json.find((r) => r.id === claim.id);
    expect(exported?.quantities[1]).toMatchObject({
      value: 2300,
      modifier: "atLeast",
      unit: "detention",
      text: "over 2,200 arrests",
      correctedById: editor.id,
      correctedBy: name,
    });
    expect(exported?.quantities[1].correctedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const csv = parse(await text(serialize("csv", streamClaimRows(query, { target }))), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    const record = csv.find((r) => r.claim_id === claim.id);
    expect(record?.figures).toMatch(new RegExp(`^≥ 38 fatalities; ≥ 2,300 detentions \\(corrected by ${name} \\d{4}-`));
    expect(record?.value_corrected_by).toBe("");
  });

  it("a stale version is refused and changes nothing; a reviewer is refused", async () => {
    const claim = await claimWith("over 2,200 arrests");
    const second = claim.quantities[1];
    const stale = await correctFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version - 1,
        quantityId: second.id,
        value: 9,
      },
      t.client,
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const refused = await act(as(reviewer), "editor", (user) =>
      correctFigure(user, { claimId: claim.id, version: claim.version, quantityId: second.id, value: 9 }, t.client),
    );
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const bad = await correctFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: second.id,
        low: 10,
        high: 5,
      },
      t.client,
    );
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    expect((await t.client.quantity.findUniqueOrThrow({ where: { id: second.id } })).value).toBe(2300);
    expect((await claimWith("over 2,200 arrests")).version).toBe(claim.version);
  });

  it("the editor picks the headline figure: the table shows and sorts by it, the old headline moves down", async () => {
    const claim = await claimWith("over 2,200 arrests");
    const [first, second] = claim.quantities;
    const result = await setHeadlineFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: second.id,
      },
      t.client,
    );
    expect(result).toEqual({ ok: true, version: claim.version + 1 });
    const after = await claimWith("over 2,200 arrests");
    expect(after.quantities.map((q) => q.id)).toEqual([second.id, first.id]);
    expect(after.sortValue).toBe(2300);
    const page = await listClaims(claimsQuerySchema.parse({ pageSize: 200 }), { documentId }, t.client);
    const row = page.rows.find((r) => r.id === claim.id);
    expect(row?.quantity?.id).toBe(second.id);
    expect(row?.quantity?.corrected?.byId).toBe(editor.id);
    const stale = await setHeadlineFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: first.id,
      },
      t.client,
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("correcting a second figure re-flags: 26 of 31 provinces -> 20 of 31 conflicts with the other report, and back", async () => {
    const claim = await claimWith("26 of the country’s 31 provinces");
    const second = claim.quantities.find((q) => q.text === "26 of the country’s 31 provinces");
    expect(second?.ordinal).toBe(1);
    if (!second) throw new Error("the 26 of 31 figure is missing");
    const group = async () =>
      t.client.quantityGroup.findFirstOrThrow({
        where: { documentId, members: { some: { quantityId: second.id } } },
        include: { members: { include: { quantity: { include: { claim: true } } } } },
      });
    expect((await group()).verdict).toBe("none");

    const corrected = await correctFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version,
        quantityId: second.id,
        value: 20,
      },
      t.client,
    );
    expect(corrected.ok).toBe(true);
    const conflicted = await group();
    expect(conflicted.verdict).toBe("conflict");
    for (const m of conflicted.members) expect(m.quantity.claim.flagRank).toBe(2);

    const back = await correctFigure(
      await actorOf(as(editor)),
      {
        claimId: claim.id,
        version: claim.version + 1,
        quantityId: second.id,
        value: 26,
      },
      t.client,
    );
    expect(back.ok).toBe(true);
    expect((await group()).verdict).toBe("none");
  });

  it("over REST: PUT /api/claims/{id}/figures/{quantityId} and /headline, with 409 on a stale version and 403 below editor", async () => {
    const claim = await claimWith("at least 38 fatalities");
    const figure = claim.quantities.find((q) => q.text === "at least 38 fatalities");
    const put = (
      handler: typeof putFigure,
      path: string,
      params: Record<string, string>,
      user: TestUser,
      body: unknown,
    ) => call(handler, "PUT", path, { cookie: user.headers.get("cookie") ?? "", params, body });
    const params = { id: claim.id, quantityId: figure?.id as string };
    const path = `/api/claims/${claim.id}/figures/${figure?.id}`;
    const ok = await put(putFigure, path, params, editor, { version: claim.version, value: 40, modifier: "moreThan" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, version: claim.version + 1 });
    const q = await t.client.quantity.findUniqueOrThrow({ where: { id: figure?.id } });
    expect([q.value, q.modifier, q.low, q.high, q.correctedById]).toEqual([40, "moreThan", 40, null, editor.id]);
    await expectError(
      await put(putFigure, path, params, editor, { version: claim.version, value: 41 }),
      409,
      "conflict",
    );
    await expectError(
      await put(putFigure, path, params, reviewer, { version: claim.version + 1, value: 41 }),
      403,
      "forbidden",
    );
    await expectError(
      await put(putFigure, `/api/claims/${claim.id}/figures/nope`, { id: claim.id, quantityId: "nope" }, editor, {
        version: claim.version + 1,
        value: 41,
      }),
      404,
      "not_found",
    );
    const headline = await put(putHeadline, `/api/claims/${claim.id}/headline`, { id: claim.id }, editor, {
      version: claim.version + 1,
      quantityId: figure?.id,
    });
    expect(headline.status).toBe(200);
    const read = await call(getClaimRoute, "GET", `/api/claims/${claim.id}`, {
      cookie: reviewer.headers.get("cookie") ?? "",
      params: { id: claim.id },
    });
    const body = (await read.json()) as { quantity: { id: string; corrected: { by: string } | null } };
    expect(body.quantity.id).toBe(figure?.id);
    expect(body.quantity.corrected?.by).toBe(await editorName());
  });
});
