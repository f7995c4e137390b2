import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Gate } from "@/lib/auth/require";
import { gate } from "@/lib/auth/require";
import { listClaims } from "@/lib/claims/data";
import { decideFlag } from "@/lib/claims/mutations";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/url";
import { ingestDocument } from "@/lib/documents/mutations";
import { serialize } from "@/lib/export/formats";
import type { ExportRow } from "@/lib/export/row";
import { streamClaimRows } from "@/lib/export/stream";
import { getGroup, groupsOfClaim } from "@/lib/groups/data";
import { decisionMessage, groupDecisionSchema } from "@/lib/groups/schema";
import { signedInUser, type TestUser } from "./support/auth";
import { referenceArticle } from "./support/fixtures";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

const wire = (outlet: string, body: string) => ({
  title: outlet,
  outlet,
  publishedAt: "2026-04-02T10:00:00Z",
  text: body,
});

/** decideFlagAction's core: the editor gate, the decision's schema and its message, then decideFlag. */
function decideFlagAs(gate: Gate, raw: unknown) {
  return runAction(gate, { role: "editor", input: groupDecisionSchema, invalid: decisionMessage }, raw, (input, user) =>
    decideFlag({ ...input, actorId: user.id }),
  );
}

describe.each(databaseLegs())("one flag, one triage state on %s (issue 11 item 4)", (leg) => {
  let t: TestDatabase;
  let editor: TestUser;
  let documentId = "";
  let inDocument = "";
  let twin = "";
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url;
    editor = await signedInUser(db(), "editor");
    documentId = (await ingestDocument({ title: "Militias cross into Iran", text: referenceArticle }, t.client))
      .documentId;
    const group = await t.client.quantityGroup.findFirstOrThrow({
      where: { documentId, members: { some: { quantity: { text: { contains: "850" } } } } },
      include: { members: true },
    });
    inDocument = group.id;
    // The same three figures also form a cross-document group of this one article: the group page's group.
    const cross = await t.client.quantityGroup.findMany({
      where: { documentId: null, members: { some: { quantityId: group.members[0].quantityId } } },
      include: { members: true },
    });
    twin = cross.find((g) => g.members.length === group.members.length)?.id ?? "";
  }, 300_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  const rows = async (flag: string[] = []) =>
    (await listClaims(claimsQuerySchema.parse({ pageSize: 200, flag }), {}, t.client)).rows;
  const fighters = async () => (await rows()).filter((r) => r.flag?.groupId === inDocument);

  it("names the flag in words and starts unreviewed; 'Needs review' lists it", async () => {
    expect(twin).not.toBe("");
    const flagged = await fighters();
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const r of flagged) {
      expect(r.flag?.summary).toMatch(/^Sources disagree: .*800.* vs .*850/);
      expect(r.flag?.decision).toBeNull();
    }
    const needsReview = (await rows(["unreviewed"])).map((r) => r.id);
    for (const r of flagged) expect(needsReview).toContain(r.id);
  });

  it("confirming in the table confirms the group page's group too; claim page, table and exports agree", async () => {
    const result = await decideFlagAs(await gate(editor.headers, "researcher"), {
      groupId: inDocument,
      decision: "confirmed",
    });
    expect(result).toEqual({ ok: true });
    expect((await getGroup(twin, t.client))?.decision).toBe("confirmed");
    const [claim] = await fighters();
    expect(claim.flag?.decision).toBe("confirmed");
    const links = await groupsOfClaim(claim.id, t.client);
    expect(links.find((l) => l.id === twin)?.decision).toBe("confirmed");

    const needsReview = (await rows(["unreviewed"])).map((r) => r.id);
    expect(needsReview).not.toContain(claim.id);

    const target = resolveDatabase(t.url);
    const query = claimsQuerySchema.parse({});
    const json = JSON.parse(await text(serialize("json", streamClaimRows(query, { target })))) as ExportRow[];
    expect(json.find((r) => r.id === claim.id)?.group?.decision).toBe("confirmed");
    const csv = parse(await text(serialize("csv", streamClaimRows(query, { target }))), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(csv.find((r) => r.claim_id === claim.id)).toMatchObject({
      flag_triage: "confirmed",
      flag_decision: "confirmed",
    });
    // Unflagged claims have no triage state; the export's "Needs review" filter is the table's.
    expect(csv.filter((r) => r.flag === "").every((r) => r.flag_triage === "")).toBe(true);
    const exported = [];
    for await (const r of streamClaimRows(claimsQuerySchema.parse({ flag: "unreviewed" }), { target })) {
      exported.push(r.id);
    }
    expect(exported.sort()).toEqual([...needsReview].sort());
  });

  it("a dismissal needs a reason; decided on the group page, it shows in the table with its reason", async () => {
    const refused = await decideFlagAs(await gate(editor.headers, "researcher"), {
      groupId: inDocument,
      decision: "dismissed",
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Say why the flag is dismissed (a few words).",
    });
    expect(
      await decideFlag({ groupId: twin, decision: "dismissed", reason: "same estimate", actorId: editor.id }, t.client),
    ).toEqual({ ok: true });
    const [claim] = await fighters();
    expect([claim.flag?.decision, claim.flag?.reason]).toEqual(["dismissed", "same estimate"]);
    const audits = await t.client.auditEvent.findMany({
      where: { entityType: "quantityGroup", entityId: { in: [inDocument, twin] }, action: "decision" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => JSON.parse(a.after ?? "{}").decision)).toEqual([
      "confirmed",
      "confirmed",
      "dismissed",
      "dismissed",
    ]);
    await decideFlag({ groupId: inDocument, decision: null, actorId: editor.id }, t.client);
    expect((await getGroup(twin, t.client))?.decision).toBeNull();
  });

  it("a cross-document flag says which figures disagree and carries its own triage state", async () => {
    const e = (
      await ingestDocument(
        wire("Wire E", "Police said 14 people were killed in the flood in Kerman province on Thursday."),
        t.client,
      )
    ).documentId;
    await ingestDocument(
      wire("Wire F", "The Red Crescent said 23 people were killed in the flood in Kerman province on Thursday."),
      t.client,
    );
    const row = (await rows()).find((r) => r.documentId === e && r.crossFlag);
    expect(row?.crossFlag).toMatchObject({
      verdict: "conflict",
      decision: null,
      summary: "Outlets disagree: 14 vs 23",
    });
    expect((await rows(["unreviewed"])).map((r) => r.id)).toContain(row?.id);
    await decideFlag(
      {
        groupId: row?.crossFlag?.groupId as string,
        decision: "confirmed",
        actorId: editor.id,
      },
      t.client,
    );
    const after = (await rows()).find((r) => r.id === row?.id);
    expect(after?.crossFlag?.decision).toBe("confirmed");
    expect((await rows(["unreviewed"])).map((r) => r.id)).not.toContain(row?.id);
  });
});
